import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MediationOrg, MediationOrgListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export interface MediationOrgPage {
  items: MediationOrg[];
  nextCursor: string | null;
}

/**
 * One page of mediation organizations, filtered and sorted on the server; `awaitingMyReview`
 * gives the filings waiting for the caller's office.
 */
export const getMediationOrgs = (query: MediationOrgListQuery, signal?: AbortSignal) =>
  request<MediationOrgPage>('/mediation-orgs', { query: { ...query }, signal });

export const mediationOrgsQueryOptions = (query: MediationOrgListQuery) =>
  queryOptions({
    queryKey: mediationOrgKeys.list(query),
    queryFn: ({ signal }) => getMediationOrgs(query, signal),
    placeholderData: keepPreviousData,
  });

export const useMediationOrgs = (query: MediationOrgListQuery) => useQuery(mediationOrgsQueryOptions(query));
