import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Mediator, MediatorListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { mediatorKeys } from './keys';

export interface MediatorPage {
  items: Mediator[];
  nextCursor: string | null;
}

/** One page of the mediators of the organizations the caller sees; `q` searches name, phone and certificate number. */
export const getMediators = (query: MediatorListQuery, signal?: AbortSignal) => request<MediatorPage>('/mediators', { query: { ...query }, signal });

export const mediatorsQueryOptions = (query: MediatorListQuery) =>
  queryOptions({
    queryKey: mediatorKeys.list(query),
    queryFn: ({ signal }) => getMediators(query, signal),
    placeholderData: keepPreviousData,
  });

export const useMediators = (query: MediatorListQuery) => useQuery(mediatorsQueryOptions(query));
