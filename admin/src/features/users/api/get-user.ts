import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { User } from '@union/shared';
import { request } from '@/lib/api';
import { userKeys } from './keys';

export const getUser = (id: string, signal?: AbortSignal) => request<User>(`/users/${id}`, { signal });

export const userQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getUser(id, signal) : skipToken,
    // an edit starts from the record as it is now, so its version is current
    staleTime: 0,
  });

export const useUser = (id: string | undefined) => useQuery(userQueryOptions(id));
