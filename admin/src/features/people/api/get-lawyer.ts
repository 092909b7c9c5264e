import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Lawyer } from '@union/shared';
import { request } from '@/lib/api';
import { lawyerKeys } from './keys';

export const getLawyer = (id: string, signal?: AbortSignal) => request<Lawyer>(`/lawyers/${id}`, { signal });

export const lawyerQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: lawyerKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getLawyer(id, signal) : skipToken,
    // an edit starts from the record as it is now, so its version is current
    staleTime: 0,
  });

export const useLawyer = (id: string | undefined) => useQuery(lawyerQueryOptions(id));
