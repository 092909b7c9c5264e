import type { Label } from '../common/i18n.js';
import type { OfficeKind } from '../offices/offices.js';

/** domain.md §3: the kinds of labor-dispute mediation organization. */
export const mediationOrgTypes = [
  'enterprise_committee',
  'labor_relations_coordinator',
  'group_center',
  'district_center',
  'city_guidance_center',
  'street_room',
  'industry_org',
  'regional_org',
] as const;
export type MediationOrgType = (typeof mediationOrgTypes)[number];

export const mediationOrgTypeLabels: Record<MediationOrgType, Label> = {
  enterprise_committee: { zh: '企业劳动争议调解委员会', en: 'Enterprise mediation committee' },
  labor_relations_coordinator: { zh: '劳动关系协调员', en: 'Labor-relations coordinator' },
  group_center: { zh: '企业集团劳动争议调解中心', en: 'Group mediation center' },
  district_center: { zh: '区县劳动争议调解中心', en: 'District mediation center' },
  city_guidance_center: { zh: '市劳动争议调解指导中心', en: 'City mediation guidance center' },
  street_room: { zh: '街道乡镇劳动争议调解室', en: 'Street mediation room' },
  industry_org: { zh: '行业性劳动争议调解组织', en: 'Industry mediation organization' },
  regional_org: { zh: '区域性劳动争议调解组织', en: 'Regional mediation organization' },
};

/** Organizations set up inside an employer, which carry its employer and its size rule. */
export const enterpriseOrgTypes: readonly MediationOrgType[] = ['enterprise_committee', 'labor_relations_coordinator', 'group_center'];

/** Organizations whose mediators count as regional or industry mediators in the coverage figures (domain.md §8). */
export const regionalOrgTypes: readonly MediationOrgType[] = ['industry_org', 'regional_org', 'street_room', 'district_center'];

/** The network's own centers and rooms: each is one office of the tree. */
export const officeOrgKinds: Partial<Record<MediationOrgType, OfficeKind>> = {
  district_center: 'district_mediation_center',
  city_guidance_center: 'city_mediation_guidance_center',
  street_room: 'street_mediation_room',
};

/** The size thresholds of domain.md §3, each a named rule. */
export const sizeRules: Partial<Record<MediationOrgType, { rule: 'filing.size_committee' | 'filing.size_coordinator' | 'filing.size_group'; fits: (employees: number) => boolean }>> = {
  enterprise_committee: { rule: 'filing.size_committee', fits: (n) => n >= 100 },
  labor_relations_coordinator: { rule: 'filing.size_coordinator', fits: (n) => n < 100 },
  group_center: { rule: 'filing.size_group', fits: (n) => n >= 5000 },
};

export function sizeProblem(type: MediationOrgType, employeeCount: number) {
  const rule = sizeRules[type];
  return rule && !rule.fits(employeeCount) ? rule.rule : null;
}

/** Where the filing goes: an office kind found by region in the network, or a named office. */
export type FilingTarget =
  | { rule: 1 | 4; kind: 'city_mediation_guidance_center' | 'city_federation' }
  | { rule: 2; officeId: string }
  | { rule: 3; kind: 'street_service_station'; regionCode: string }
  | { rule: 4; kind: 'district_mediation_center'; regionCode: string };

export interface FilingInput {
  type: MediationOrgType;
  /** The employer of an enterprise organization. */
  employer?: { regionCode: string; unionOfficeKind: OfficeKind | null; groupId: string | null } | null;
  /** The office that set up or is the organization (industry and regional unions; the network's own centers). */
  office?: { tier: string; regionCode: string } | null;
}

/**
 * The filing authority (备案机关), computed by the four rules of domain.md §3, never typed in:
 * 1. an employer whose union is affiliated directly with the city federation → city guidance center;
 * 2. an enterprise organization inside a group company's system → that group's union;
 * 3. a coordinator with no superior unit → the street service station of the employer's street;
 * 4. otherwise → the district mediation center of the employer's district; district centers and
 *    street rooms → the city guidance center (and the guidance center itself → the city federation).
 */
export function filingAuthority(input: FilingInput): FilingTarget {
  const { type, employer, office } = input;
  if (type === 'city_guidance_center') return { rule: 4, kind: 'city_federation' };
  if (type === 'district_center' || type === 'street_room') return { rule: 4, kind: 'city_mediation_guidance_center' };
  if (!employer) {
    // industry and regional organizations: by where the union that set them up sits
    if (!office || office.tier === 'city') return { rule: 4, kind: 'city_mediation_guidance_center' };
    return { rule: 4, kind: 'district_mediation_center', regionCode: office.regionCode.slice(0, 6) };
  }
  if (employer.unionOfficeKind === 'city_federation') return { rule: 1, kind: 'city_mediation_guidance_center' };
  if (employer.groupId && type !== 'group_center') return { rule: 2, officeId: employer.groupId };
  if (type === 'labor_relations_coordinator') return { rule: 3, kind: 'street_service_station', regionCode: employer.regionCode };
  return { rule: 4, kind: 'district_mediation_center', regionCode: employer.regionCode.slice(0, 6) };
}

/** domain.md §3: `submitted → filed | returned → resubmitted → filed`, then `revoked` or `dissolved`. */
export const filingStatuses = ['submitted', 'returned', 'resubmitted', 'filed', 'revoked', 'dissolved'] as const;
export type FilingStatus = (typeof filingStatuses)[number];
export const filingEventTypes = ['file', 'return', 'resubmit', 'revoke', 'dissolve'] as const;
export type FilingEventType = (typeof filingEventTypes)[number];

/** Who may append an event: the filing authority's staff, or the side that filed. */
export type FilingActor = 'authority' | 'filer';

interface FilingTransition {
  to: FilingStatus;
  by: readonly FilingActor[];
  reasonRequired: boolean;
}

export const filingMachine: Record<FilingStatus, Partial<Record<FilingEventType, FilingTransition>>> = {
  submitted: {
    file: { to: 'filed', by: ['authority'], reasonRequired: false },
    return: { to: 'returned', by: ['authority'], reasonRequired: true },
  },
  resubmitted: {
    file: { to: 'filed', by: ['authority'], reasonRequired: false },
    return: { to: 'returned', by: ['authority'], reasonRequired: true },
  },
  returned: { resubmit: { to: 'resubmitted', by: ['filer'], reasonRequired: false } },
  filed: {
    revoke: { to: 'revoked', by: ['authority'], reasonRequired: true },
    dissolve: { to: 'dissolved', by: ['filer', 'authority'], reasonRequired: false },
  },
  revoked: {},
  dissolved: {},
};

/** The events a caller acting as `actors` may append in `status`. */
export function allowedFilingEvents(status: FilingStatus, actors: readonly FilingActor[]): FilingEventType[] {
  return (Object.entries(filingMachine[status]) as [FilingEventType, FilingTransition][])
    .filter(([, t]) => t.by.some((a) => actors.includes(a)))
    .map(([type]) => type);
}

export const filingStatusLabels: Record<FilingStatus, Label> = {
  submitted: { zh: '待审核', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  resubmitted: { zh: '已重新提交', en: 'Resubmitted' },
  filed: { zh: '已备案', en: 'Filed' },
  revoked: { zh: '已撤销备案', en: 'Revoked' },
  dissolved: { zh: '已解散', en: 'Dissolved' },
};
/** The timeline's first entry is the submission itself, which is not an event a caller appends. */
export const filingEventLabels: Record<FilingEventType | 'submit', Label> = {
  submit: { zh: '提交备案', en: 'Submitted' },
  file: { zh: '准予备案', en: 'File' },
  return: { zh: '退回补正', en: 'Return' },
  resubmit: { zh: '重新提交', en: 'Resubmit' },
  revoke: { zh: '撤销备案', en: 'Revoke' },
  dissolve: { zh: '解散', en: 'Dissolve' },
};

/** 规范化建设: 有机构、有牌子、有人员、有制度. */
export const checklistItems = ['institution', 'sign', 'staff', 'rules'] as const;
export type ChecklistItem = (typeof checklistItems)[number];
export const checklistLabels: Record<ChecklistItem, Label> = {
  institution: { zh: '有机构', en: 'Has an institution' },
  sign: { zh: '有牌子', en: 'Has a sign' },
  staff: { zh: '有人员', en: 'Has staff' },
  rules: { zh: '有制度', en: 'Has rules' },
};
export const isStandardized = (checklist: Record<ChecklistItem, boolean>) => checklistItems.every((i) => checklist[i]);

/** Periodic reports (信息报送) go in per month or quarter. */
export const reportingCadences = ['month', 'quarter'] as const;
export type ReportingCadence = (typeof reportingCadences)[number];
export const reportingCadenceLabels: Record<ReportingCadence, Label> = {
  month: { zh: '月', en: 'month' },
  quarter: { zh: '季度', en: 'quarter' },
};

/** What each of the four rules of domain.md §3 says, shown beside the computed filing authority. */
export const filingRuleLabels: Record<1 | 2 | 3 | 4, Label> = {
  1: { zh: '规则一：用人单位工会直属市总工会，向市劳动争议调解指导中心备案', en: 'Rule 1: the employer’s union is directly under the city federation, so it files with the city mediation guidance center' },
  2: { zh: '规则二：企业集团（局、总公司）体系内的企业，向上一级集团工会备案', en: 'Rule 2: an enterprise inside a group company’s system files with the group’s union' },
  3: { zh: '规则三：无上级单位的劳动关系协调员，向所在街道乡镇工会服务站备案', en: 'Rule 3: a labor-relations coordinator with no superior unit files with its street service station' },
  4: { zh: '规则四：其他企业组织向所在区县劳动争议调解中心备案；区县中心、街道调解室向市指导中心备案', en: 'Rule 4: other enterprise organizations file with their district mediation center; district centers and street rooms with the city guidance center' },
};

/** The fields a list sorts by (`?sort=field` or `-field`): a plain constant, so a page reading it loads no schema. */
export const mediationOrgSortFields = ['name', 'createdAt', 'regionCode'] as const;
