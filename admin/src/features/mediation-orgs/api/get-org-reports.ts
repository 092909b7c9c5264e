import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgReport } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

/** An organization's periodic reports (信息报送), newest period first. */
export const getOrgReports = (id: string, signal?: AbortSignal) =>
  request<{ items: OrgReport[] }>(`/mediation-orgs/${id}/reports`, { signal }).then((body) => body.items);

export const orgReportsQueryOptions = (id: string) =>
  queryOptions({ queryKey: mediationOrgKeys.reports(id), queryFn: ({ signal }) => getOrgReports(id, signal) });

export const useOrgReports = (id: string) => useQuery(orgReportsQueryOptions(id));
