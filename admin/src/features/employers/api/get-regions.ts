import { queryOptions } from '@tanstack/react-query';
import type { Region } from '@union/shared';
import { request } from '@/lib/api';
import { regionKeys } from './keys';

/** GB/T 2260 divisions directly under a 6-digit code, or the provinces. */
export const getRegions = (parentCode: string | null, signal?: AbortSignal) =>
  request<{ items: Region[] }>('/regions', { query: { parentCode }, signal }).then((body) => body.items);

export const regionsQueryOptions = (parentCode: string | null) =>
  queryOptions({
    queryKey: regionKeys.children(parentCode),
    queryFn: ({ signal }) => getRegions(parentCode, signal),
    // reference data: it changes with a release, not during a session
    staleTime: Infinity,
  });
