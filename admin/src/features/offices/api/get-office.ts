import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Office } from '@union/shared';
import { request } from '@/lib/api';
import { officeKeys } from './keys';

export const getOffice = (id: string, signal?: AbortSignal) => request<Office>(`/offices/${id}`, { signal });

export const officeQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: officeKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getOffice(id, signal) : skipToken,
  });

export const useOffice = (id: string | undefined) => useQuery(officeQueryOptions(id));
