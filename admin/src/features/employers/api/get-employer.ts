import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Employer } from '@union/shared';
import { request } from '@/lib/api';
import { employerKeys } from './keys';

export const getEmployer = (id: string, signal?: AbortSignal) => request<Employer>(`/employers/${id}`, { signal });

export const employerQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: employerKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getEmployer(id, signal) : skipToken,
  });

export const useEmployer = (id: string | undefined) => useQuery(employerQueryOptions(id));
