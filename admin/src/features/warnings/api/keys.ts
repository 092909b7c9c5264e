import type { LaborWarningListQuery } from '@union/shared';

export const warningKeys = {
  all: ['warnings'] as const,
  lists: () => [...warningKeys.all, 'list'] as const,
  list: (query: LaborWarningListQuery) => [...warningKeys.lists(), query] as const,
  details: () => [...warningKeys.all, 'detail'] as const,
  detail: (id: string) => [...warningKeys.details(), id] as const,
};
