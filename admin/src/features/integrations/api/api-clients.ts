import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient, ApiClientCreate, ApiClientCreated, ApiClientListQuery } from '@union/shared';
import { request } from '@/lib/api';
import { apiClientKeys } from './keys';

export interface ApiClientPage {
  items: ApiClient[];
  nextCursor: string | null;
}

export const useApiClients = (query: ApiClientListQuery, enabled = true) =>
  useQuery({
    enabled,
    queryKey: apiClientKeys.list(query),
    queryFn: ({ signal }) => request<ApiClientPage>('/api-clients', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

/** Creating answers the key once; the caller shows it and never gets it again. */
export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiClientCreate) => request<ApiClientCreated>('/api-clients', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiClientKeys.lists() }),
  });
}

export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => request<ApiClient>(`/api-clients/${id}/revoke`, { method: 'POST', ifMatch: version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: apiClientKeys.lists() }),
  });
}
