import { useMutation, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import type { LoginBody, TokenPair } from '@union/shared';
import { request } from '@/lib/api';
import { setTokens } from '@/lib/session';
import { authKeys } from './keys';

export type LoginInput = Type.Static<typeof LoginBody>;

export const login = (body: LoginInput) => request<TokenPair>('/auth/login', { method: 'POST', body });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (pair) => {
      // nothing cached for a previous user may show to this one
      queryClient.clear();
      queryClient.setQueryData(authKeys.me(), pair.user);
      setTokens(pair);
    },
  });
}
