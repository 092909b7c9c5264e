import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Mediator } from '@union/shared';
import { request } from '@/lib/api';
import { mediatorKeys } from './keys';

export const getMediator = (id: string, signal?: AbortSignal) => request<Mediator>(`/mediators/${id}`, { signal });

export const mediatorQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: mediatorKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getMediator(id, signal) : skipToken,
    // an edit starts from the record as it is now, so its version is current
    staleTime: 0,
  });

export const useMediator = (id: string | undefined) => useQuery(mediatorQueryOptions(id));
