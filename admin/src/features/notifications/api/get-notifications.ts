import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Notification } from '@union/shared';
import { request } from '@/lib/api';
import { notificationKeys, type NotificationQuery } from './keys';

export interface NotificationPage {
  items: Notification[];
  nextCursor: string | null;
  /** How many of the office's notices the caller has not read, whatever the page shows. */
  unread: number;
}

/** The caller's inbox: what its office needs to act on (transfers waiting, cases due, major reports), newest first. */
export const getNotifications = (query: NotificationQuery, signal?: AbortSignal) =>
  request<NotificationPage>('/notifications', { query: { ...query }, signal });

export const notificationsQueryOptions = (query: NotificationQuery) =>
  queryOptions({
    queryKey: notificationKeys.list(query),
    queryFn: ({ signal }) => getNotifications(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const useNotifications = (query: NotificationQuery) => useQuery(notificationsQueryOptions(query));

/** The unread count the header's badge shows: one unread item is fetched, the count comes with it. */
export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => getNotifications({ unread: true, limit: 1 }, signal).then((page) => page.unread),
    refetchInterval: 60_000,
    staleTime: 30_000,
    // an inbox that cannot be read (an older server) leaves the badge empty rather than failing the page
    retry: false,
  });

export const useUnreadCount = () => useQuery(unreadCountQueryOptions());
