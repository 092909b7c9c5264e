import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { User, UserListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { userKeys } from './keys';

export interface UserPage {
  items: User[];
  nextCursor: string | null;
}

/** One page of the users of the caller's subtree, filtered and sorted on the server. */
export const getUsers = (query: UserListQuery, signal?: AbortSignal) => request<UserPage>('/users', { query: { ...query }, signal });

export const usersQueryOptions = (query: UserListQuery) =>
  queryOptions({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
    // the table keeps showing the last page while the next one loads
    placeholderData: keepPreviousData,
  });

export const useUsers = (query: UserListQuery) => useQuery(usersQueryOptions(query));
