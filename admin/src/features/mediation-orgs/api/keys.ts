import type { MediationOrgListQuery, MediationOrgType } from '@union/shared';
import type { ReportStandingQuery } from './get-report-standing';

export const mediationOrgKeys = {
  all: ['mediation-orgs'] as const,
  lists: () => [...mediationOrgKeys.all, 'list'] as const,
  list: (query: MediationOrgListQuery) => [...mediationOrgKeys.lists(), query] as const,
  details: () => [...mediationOrgKeys.all, 'detail'] as const,
  detail: (id: string) => [...mediationOrgKeys.details(), id] as const,
  // under the detail, so whatever refreshes an organization refreshes these too
  events: (id: string) => [...mediationOrgKeys.detail(id), 'events'] as const,
  reports: (id: string) => [...mediationOrgKeys.detail(id), 'reports'] as const,
  mediators: (id: string) => [...mediationOrgKeys.detail(id), 'mediators'] as const,
  filingAuthority: (query: { type: MediationOrgType; employerId?: string; officeId?: string }) =>
    [...mediationOrgKeys.all, 'filing-authority', query] as const,
  standings: () => [...mediationOrgKeys.all, 'standing'] as const,
  standing: (query: ReportStandingQuery) => [...mediationOrgKeys.standings(), query] as const,
};
