import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FilingEventBody, MediationOrg } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export interface AppendFilingEventInput {
  id: string;
  /** The version the reviewer saw; an event on a newer one answers 412. */
  version: number;
  event: FilingEventBody;
}

/** Files, returns, resubmits, revokes or dissolves: the only way a filing changes state. */
export const appendFilingEvent = ({ id, version, event }: AppendFilingEventInput) =>
  request<MediationOrg>(`/mediation-orgs/${id}/events`, { method: 'POST', body: event, ifMatch: version });

export function useAppendFilingEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appendFilingEvent,
    // success or refusal, the page shows the filing as it is now: its status, actions and timeline
    onSettled: (_, __, { id }) => {
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.standings() });
    },
  });
}
