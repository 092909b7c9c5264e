import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Supervisor, SupervisorUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { certificateKeys, supervisorKeys } from './keys';

export interface UpdateSupervisorInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: SupervisorUpdate;
}

export const updateSupervisor = ({ id, version, changes }: UpdateSupervisorInput) =>
  request<Supervisor>(`/supervisors/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateSupervisor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSupervisor,
    onSuccess: (updated) => {
      queryClient.setQueryData(supervisorKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: supervisorKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: supervisorKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: supervisorKeys.lists() });
      }
    },
  });
}
