import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from '@/lib/api';
import { warningKeys } from './keys';
import type { LaborWarning } from './types';

export interface ResolveWarningInput {
  id: string;
  /** The version the user saw, sent as If-Match. */
  version: number;
  resolution: string;
}

/** Closes a warning with what was done about it. */
export const resolveWarning = ({ id, version, resolution }: ResolveWarningInput) =>
  request<LaborWarning>(`/warnings/${id}/resolve`, { method: 'POST', body: { resolution }, ifMatch: version });

export function useResolveWarning() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveWarning,
    onSuccess: (warning) => {
      queryClient.setQueryData(warningKeys.detail(warning.id), warning);
      void queryClient.invalidateQueries({ queryKey: warningKeys.lists() });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict') || isApiError(error, 'conflict') || isApiError(error, 'transition_not_allowed')) {
        void queryClient.invalidateQueries({ queryKey: warningKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: warningKeys.lists() });
      }
    },
  });
}
