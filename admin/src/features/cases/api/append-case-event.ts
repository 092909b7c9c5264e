import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Case, CaseEventBody } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys } from './keys';

export interface AppendCaseEventInput {
  id: string;
  /** The version the user saw; an event on a newer one answers 412. */
  version: number;
  event: CaseEventBody;
}

/** Accepts, rejects, mediates, settles, fails, closes, withdraws, transfers: the only way a case changes. */
export const appendCaseEvent = ({ id, version, event }: AppendCaseEventInput) =>
  request<Case>(`/cases/${id}/events`, { method: 'POST', body: event, ifMatch: version });

export function useAppendCaseEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appendCaseEvent,
    // success or refusal, the page shows the case as it is now: its status, buttons and timeline
    onSettled: (_, __, { id }) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
  });
}
