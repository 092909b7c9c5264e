import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Mediator, MediatorCreate } from '@union/shared';
import { request } from '@/lib/api';
import { certificateKeys, mediatorKeys } from './keys';

export const createMediator = (body: MediatorCreate) => request<Mediator>('/mediators', { method: 'POST', body });

export function useCreateMediator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMediator,
    onSuccess: (created) => {
      queryClient.setQueryData(mediatorKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: mediatorKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
  });
}
