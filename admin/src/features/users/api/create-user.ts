import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate } from '@union/shared';
import { request } from '@/lib/api';
import { userKeys } from './keys';

export const createUser = (body: UserCreate) => request<User>('/users', { method: 'POST', body });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
