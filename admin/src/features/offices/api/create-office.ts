import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Office, OfficeCreate } from '@union/shared';
import { request } from '@/lib/api';
import { officeKeys } from './keys';

export const createOffice = (body: OfficeCreate) => request<Office>('/offices', { method: 'POST', body });

export function useCreateOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOffice,
    onSuccess: (office) => {
      queryClient.setQueryData(officeKeys.detail(office.id), office);
      void queryClient.invalidateQueries({ queryKey: officeKeys.tree() });
      // the parent's child count changed
      if (office.parentId) void queryClient.invalidateQueries({ queryKey: officeKeys.detail(office.parentId) });
    },
  });
}
