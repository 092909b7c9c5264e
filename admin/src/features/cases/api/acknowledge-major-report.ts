import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { majorReportKeys } from './keys';

/** The city center confirms it has seen a major-case report. */
export const acknowledgeMajorReport = (id: string) => request<void>(`/major-reports/${id}/acknowledge`, { method: 'POST' });

export function useAcknowledgeMajorReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeMajorReport,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: majorReportKeys.lists() }),
  });
}
