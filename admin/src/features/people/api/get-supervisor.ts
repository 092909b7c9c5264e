import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Supervisor } from '@union/shared';
import { request } from '@/lib/api';
import { supervisorKeys } from './keys';

export const getSupervisor = (id: string, signal?: AbortSignal) => request<Supervisor>(`/supervisors/${id}`, { signal });

export const supervisorQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: supervisorKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getSupervisor(id, signal) : skipToken,
    // an edit starts from the record as it is now, so its version is current
    staleTime: 0,
  });

export const useSupervisor = (id: string | undefined) => useQuery(supervisorQueryOptions(id));
