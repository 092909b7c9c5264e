import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { notificationKeys } from './keys';

export const markRead = (id: string) => request<void>(`/notifications/${id}/read`, { method: 'POST' });

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
