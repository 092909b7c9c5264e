import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgReport, OrgReportCreate } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export interface SubmitOrgReportInput {
  orgId: string;
  report: OrgReportCreate;
}

export const submitOrgReport = ({ orgId, report }: SubmitOrgReportInput) =>
  request<OrgReport>(`/mediation-orgs/${orgId}/reports`, { method: 'POST', body: report });

export function useSubmitOrgReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitOrgReport,
    onSuccess: (_, { orgId }) => {
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.reports(orgId) });
      void queryClient.invalidateQueries({ queryKey: mediationOrgKeys.standings() });
    },
  });
}
