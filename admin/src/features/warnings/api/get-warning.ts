import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { warningKeys } from './keys';
import type { LaborWarning } from './types';

export const getWarning = (id: string, signal?: AbortSignal) => request<LaborWarning>(`/warnings/${id}`, { signal });

export const warningQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: warningKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getWarning(id, signal) : skipToken,
    staleTime: 0,
  });

export const useWarning = (id: string | undefined) => useQuery(warningQueryOptions(id));
