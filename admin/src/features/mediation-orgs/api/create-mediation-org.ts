import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MediationOrg, MediationOrgCreate } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

/** Submits a filing; the server computes its filing authority. */
export const createMediationOrg = (body: MediationOrgCreate) => request<MediationOrg>('/mediation-orgs', { method: 'POST', body });

export function useCreateMediationOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMediationOrg,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.lists() }),
  });
}
