import type { CaseListQuery } from '@union/shared';
import type { DuplicateQuery, MajorReportQuery } from './types';

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (query: CaseListQuery) => [...caseKeys.lists(), query] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (id: string) => [...caseKeys.details(), id] as const,
  // under the detail, so whatever refreshes a case refreshes its timeline and routes too
  events: (id: string) => [...caseKeys.detail(id), 'events'] as const,
  transferTargets: (id: string) => [...caseKeys.detail(id), 'transfer-targets'] as const,
  duplicates: (query: DuplicateQuery) => [...caseKeys.all, 'duplicates', query] as const,
  handlerOrgs: (q: string, regionCode: string | undefined) => [...caseKeys.all, 'handler-orgs', { q, regionCode }] as const,
  orgs: () => [...caseKeys.all, 'org'] as const,
  org: (id: string) => [...caseKeys.orgs(), id] as const,
};

export const majorReportKeys = {
  all: ['major-reports'] as const,
  lists: () => [...majorReportKeys.all, 'list'] as const,
  list: (query: MajorReportQuery) => [...majorReportKeys.lists(), query] as const,
};
