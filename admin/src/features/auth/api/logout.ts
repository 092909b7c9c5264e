import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { setTokens } from '@/lib/session';

export const logout = () => request<void>('/auth/logout', { method: 'POST' });

/** Ends the session on the server, and here even when the server cannot be reached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setTokens(null);
      queryClient.clear();
    },
  });
}
