import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Employer, EmployerCreate } from '@union/shared';
import { request } from '@/lib/api';
import { employerKeys } from './keys';

export const createEmployer = (body: EmployerCreate) => request<Employer>('/employers', { method: 'POST', body });

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEmployer,
    onSuccess: (employer) => {
      queryClient.setQueryData(employerKeys.detail(employer.id), employer);
      void queryClient.invalidateQueries({ queryKey: employerKeys.lists() });
    },
  });
}
