import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Mediator, MediatorUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { certificateKeys, mediatorKeys } from './keys';

export interface UpdateMediatorInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: MediatorUpdate;
}

export const updateMediator = ({ id, version, changes }: UpdateMediatorInput) =>
  request<Mediator>(`/mediators/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateMediator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMediator,
    onSuccess: (updated) => {
      queryClient.setQueryData(mediatorKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: mediatorKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: mediatorKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: mediatorKeys.lists() });
      }
    },
  });
}
