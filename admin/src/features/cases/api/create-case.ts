import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case, CaseCreate } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys, majorReportKeys } from './keys';

/** Takes a case in; the server numbers it, starts its clock and raises a major-case report when it must. */
export const createCase = (body: CaseCreate) => request<Case>('/cases', { method: 'POST', body });

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      if (created.collective || created.massIncident || created.major) void queryClient.invalidateQueries({ queryKey: majorReportKeys.all });
    },
  });
}
