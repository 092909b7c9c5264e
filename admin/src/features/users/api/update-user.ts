import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '@union/shared';
import { isApiError, request } from '@/lib/api';
import { userKeys } from './keys';

export interface UpdateUserInput {
  id: string;
  /** The version the edit started from; a newer one on the server answers 412. */
  version: number;
  changes: UserUpdate;
}

export const updateUser = ({ id, version, changes }: UpdateUserInput) =>
  request<User>(`/users/${id}`, { method: 'PATCH', body: changes, ifMatch: version });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
    onError: (error, { id }) => {
      if (isApiError(error, 'version_conflict')) {
        void queryClient.invalidateQueries({ queryKey: userKeys.detail(id) });
        void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      }
    },
  });
}
