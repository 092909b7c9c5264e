import type { MediationOrgType } from '@union/shared';

/**
 * What an organization set up inside an employer is usually called: the employer's name and the
 * kind of body. Organization names are records in Chinese whatever the UI language.
 */
const suffixes: Partial<Record<MediationOrgType, string>> = {
  enterprise_committee: '劳动争议调解委员会',
  labor_relations_coordinator: '劳动关系协调员',
  group_center: '劳动争议调解中心',
};

export const suggestedName = (type: MediationOrgType | undefined, employerName: string | undefined): string | undefined =>
  type && employerName && suffixes[type] ? `${employerName}${suffixes[type]}` : undefined;
