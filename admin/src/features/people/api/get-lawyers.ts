import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Lawyer, LawyerListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { lawyerKeys } from './keys';

export interface LawyerPage {
  items: Lawyer[];
  nextCursor: string | null;
}

/** One page of the network’s lawyers; `q` searches name, licence number and firm. */
export const getLawyers = (query: LawyerListQuery, signal?: AbortSignal) => request<LawyerPage>('/lawyers', { query: { ...query }, signal });

export const lawyersQueryOptions = (query: LawyerListQuery) =>
  queryOptions({
    queryKey: lawyerKeys.list(query),
    queryFn: ({ signal }) => getLawyers(query, signal),
    placeholderData: keepPreviousData,
  });

export const useLawyers = (query: LawyerListQuery) => useQuery(lawyersQueryOptions(query));
