import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Office, OfficeUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { officeKeys } from './keys';

export interface UpdateOfficeInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: OfficeUpdate;
}

export const updateOffice = ({ id, version, changes }: UpdateOfficeInput) =>
  request<Office>(`/offices/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOffice,
    onSuccess: (office, { changes }) => {
      queryClient.setQueryData(officeKeys.detail(office.id), office);
      void queryClient.invalidateQueries({ queryKey: officeKeys.tree() });
      // a move changes the child counts of the old and the new parent
      if (changes.parentId) void queryClient.invalidateQueries({ queryKey: officeKeys.details() });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: officeKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: officeKeys.tree() });
      }
    },
  });
}
