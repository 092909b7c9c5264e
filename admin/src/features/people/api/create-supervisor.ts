import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Supervisor, SupervisorCreate } from '@union/shared';
import { request } from '@/lib/api';
import { certificateKeys, supervisorKeys } from './keys';

export const createSupervisor = (body: SupervisorCreate) => request<Supervisor>('/supervisors', { method: 'POST', body });

export function useCreateSupervisor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupervisor,
    onSuccess: (created) => {
      queryClient.setQueryData(supervisorKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: supervisorKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
  });
}
