import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lawyer, LawyerUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { certificateKeys, lawyerKeys } from './keys';

export interface UpdateLawyerInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: LawyerUpdate;
}

export const updateLawyer = ({ id, version, changes }: UpdateLawyerInput) =>
  request<Lawyer>(`/lawyers/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateLawyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLawyer,
    onSuccess: (updated) => {
      queryClient.setQueryData(lawyerKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: lawyerKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: lawyerKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: lawyerKeys.lists() });
      }
    },
  });
}
