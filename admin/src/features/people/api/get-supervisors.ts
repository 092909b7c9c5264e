import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Supervisor, SupervisorListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { supervisorKeys } from './keys';

export interface SupervisorPage {
  items: Supervisor[];
  nextCursor: string | null;
}

/** One page of the labor-law supervisors of the caller’s subtree; `q` searches name, phone and certificate number. */
export const getSupervisors = (query: SupervisorListQuery, signal?: AbortSignal) => request<SupervisorPage>('/supervisors', { query: { ...query }, signal });

export const supervisorsQueryOptions = (query: SupervisorListQuery) =>
  queryOptions({
    queryKey: supervisorKeys.list(query),
    queryFn: ({ signal }) => getSupervisors(query, signal),
    placeholderData: keepPreviousData,
  });

export const useSupervisors = (query: SupervisorListQuery) => useQuery(supervisorsQueryOptions(query));
