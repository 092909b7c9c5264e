import type { EmployerListQuery, OfficeKind } from '@union/shared';

export const employerKeys = {
  all: ['employers'] as const,
  lists: () => [...employerKeys.all, 'list'] as const,
  list: (query: EmployerListQuery) => [...employerKeys.lists(), query] as const,
  details: () => [...employerKeys.all, 'detail'] as const,
  detail: (id: string) => [...employerKeys.details(), id] as const,
  networkOffices: (kind: OfficeKind) => [...employerKeys.all, 'network-offices', kind] as const,
};
