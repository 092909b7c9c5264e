import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookListQuery,
  WebhookSubscription,
  WebhookSubscriptionCreate,
  WebhookSubscriptionCreated,
  WebhookSubscriptionUpdate,
} from '@union/shared';
import { request } from '@/lib/api';
import { webhookKeys } from './keys';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const useWebhooks = (query: WebhookListQuery) =>
  useQuery({
    queryKey: webhookKeys.list(query),
    queryFn: ({ signal }) => request<Page<WebhookSubscription>>('/webhooks', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookSubscriptionCreate) => request<WebhookSubscriptionCreated>('/webhooks', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, changes }: { id: string; version: number; changes: WebhookSubscriptionUpdate }) =>
      request<WebhookSubscription>(`/webhooks/${id}`, { method: 'PATCH', body: changes, ifMatch: version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

/** A new signing secret, answered this once. */
export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => request<WebhookSubscriptionCreated>(`/webhooks/${id}/rotate-secret`, { method: 'POST', ifMatch: version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

/** The delivery log of one subscription, newest first; refreshed while pending tries wait. */
export const useDeliveries = (id: string | undefined, query: WebhookDeliveryQuery) =>
  useQuery({
    queryKey: webhookKeys.deliveries(id ?? '', query),
    queryFn: ({ signal }) => request<Page<WebhookDelivery>>(`/webhooks/${id}/deliveries`, { query: { ...query }, signal }),
    enabled: !!id,
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
