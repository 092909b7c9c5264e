import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LaborWarningListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { warningKeys } from './keys';
import type { LaborWarning } from './types';

export interface WarningPage {
  items: LaborWarning[];
  nextCursor: string | null;
}

/** One page of the labor-relations warnings of the caller's subtree (they roll up the tree), newest first. */
export const getWarnings = (query: LaborWarningListQuery, signal?: AbortSignal) => request<WarningPage>('/warnings', { query: { ...query }, signal });

export const warningsQueryOptions = (query: LaborWarningListQuery) =>
  queryOptions({
    queryKey: warningKeys.list(query),
    queryFn: ({ signal }) => getWarnings(query, signal),
    placeholderData: keepPreviousData,
  });

export const useWarnings = (query: LaborWarningListQuery) => useQuery(warningsQueryOptions(query));
