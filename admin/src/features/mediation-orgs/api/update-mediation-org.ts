import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MediationOrg, MediationOrgUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export interface UpdateMediationOrgInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: MediationOrgUpdate;
}

export const updateMediationOrg = ({ id, version, changes }: UpdateMediationOrgInput) =>
  request<MediationOrg>(`/mediation-orgs/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateMediationOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMediationOrg,
    onSettled: (_, error, { id }) => {
      // the detail answer carries the allowed events too, so it is fetched again rather than patched
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.detail(id) });
      if (!error || isApiError(error, 'version_conflict')) void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.lists() });
    },
  });
}
