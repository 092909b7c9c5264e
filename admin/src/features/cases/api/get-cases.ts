import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Case, CaseListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys } from './keys';

export interface CasePage {
  items: Case[];
  nextCursor: string | null;
}

/**
 * One page of the cases of the caller's subtree (and those it sent on), filtered and sorted on
 * the server; `awaitingMyAcceptance` gives the transfers waiting for the caller's subtree.
 */
export const getCases = (query: CaseListQuery, signal?: AbortSignal) => request<CasePage>('/cases', { query: { ...query }, signal });

export const casesQueryOptions = (query: CaseListQuery) =>
  queryOptions({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => getCases(query, signal),
    // the table keeps showing the last page while the next one loads
    placeholderData: keepPreviousData,
  });

export const useCases = (query: CaseListQuery, enabled = true) => useQuery({ ...casesQueryOptions(query), enabled });
