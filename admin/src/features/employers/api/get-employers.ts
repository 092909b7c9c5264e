import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Employer, EmployerListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { employerKeys } from './keys';

export interface EmployerPage {
  items: Employer[];
  nextCursor: string | null;
}

/** One page of the network's employers, filtered and sorted on the server; `q` searches name and credit code. */
export const getEmployers = (query: EmployerListQuery, signal?: AbortSignal) =>
  request<EmployerPage>('/employers', { query: { ...query }, signal });

export const employersQueryOptions = (query: EmployerListQuery) =>
  queryOptions({
    queryKey: employerKeys.list(query),
    queryFn: ({ signal }) => getEmployers(query, signal),
    // the table keeps showing the last page while the next one loads
    placeholderData: keepPreviousData,
  });

export const useEmployers = (query: EmployerListQuery, enabled = true) => useQuery({ ...employersQueryOptions(query), enabled });
