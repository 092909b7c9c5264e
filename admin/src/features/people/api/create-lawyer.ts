import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lawyer, LawyerCreate } from '@union/shared';
import { request } from '@/lib/api';
import { certificateKeys, lawyerKeys } from './keys';

export const createLawyer = (body: LawyerCreate) => request<Lawyer>('/lawyers', { method: 'POST', body });

export function useCreateLawyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLawyer,
    onSuccess: (created) => {
      queryClient.setQueryData(lawyerKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: lawyerKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: certificateKeys.all });
    },
  });
}
