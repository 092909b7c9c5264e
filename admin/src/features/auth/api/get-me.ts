import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me, Permission } from '@union/shared';
import { request } from '@/lib/api';
import { authKeys } from './keys';

export const getMe = (signal?: AbortSignal) => request<Me>('/me', { signal });

export const meQueryOptions = () => queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => getMe(signal), staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());

/** Whether the signed-in user holds a permission; false while /me is loading. */
export function useCan(permission: Permission): boolean {
  return useMe().data?.permissions.includes(permission) ?? false;
}
