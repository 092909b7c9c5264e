import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Employer, EmployerUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { employerKeys } from './keys';

export interface UpdateEmployerInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: EmployerUpdate;
}

export const updateEmployer = ({ id, version, changes }: UpdateEmployerInput) =>
  request<Employer>(`/employers/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEmployer,
    onSuccess: (employer) => {
      queryClient.setQueryData(employerKeys.detail(employer.id), employer);
      void queryClient.invalidateQueries({ queryKey: employerKeys.lists() });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: employerKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: employerKeys.lists() });
      }
    },
  });
}
