import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LaborWarningCreate } from '@union/shared';
import { request } from '@/lib/api';
import { warningKeys } from './keys';
import type { LaborWarning } from './types';

/** Files a warning about an employer, without a case. */
export const createWarning = (body: LaborWarningCreate) => request<LaborWarning>('/warnings', { method: 'POST', body });

export function useCreateWarning() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWarning,
    onSuccess: (warning) => {
      queryClient.setQueryData(warningKeys.detail(warning.id), warning);
      void queryClient.invalidateQueries({ queryKey: warningKeys.lists() });
    },
  });
}
