import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Mediator } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

/** The mediators of one organization (the first 100; the people pages list them all). */
export const getOrgMediators = (orgId: string, signal?: AbortSignal) =>
  request<{ items: Mediator[]; nextCursor: string | null }>('/mediators', { query: { orgId, limit: 100, sort: 'name' }, signal });

export const orgMediatorsQueryOptions = (orgId: string) =>
  queryOptions({ queryKey: mediationOrgKeys.mediators(orgId), queryFn: ({ signal }) => getOrgMediators(orgId, signal), staleTime: 0 });

export const useOrgMediators = (orgId: string, enabled = true) => useQuery({ ...orgMediatorsQueryOptions(orgId), enabled });
