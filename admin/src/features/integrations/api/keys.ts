import type { ApiClientListQuery, WebhookDeliveryQuery, WebhookListQuery } from '@union/shared';

export const apiClientKeys = {
  all: ['api-clients'] as const,
  lists: () => [...apiClientKeys.all, 'list'] as const,
  list: (query: ApiClientListQuery) => [...apiClientKeys.lists(), query] as const,
};

export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (query: WebhookListQuery) => [...webhookKeys.lists(), query] as const,
  deliveries: (id: string, query: WebhookDeliveryQuery) => [...webhookKeys.all, 'deliveries', id, query] as const,
};
