import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { notificationKeys } from './keys';

export const markAllRead = () => request<void>('/notifications/read-all', { method: 'POST' });

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
