import type { EmployerListQuery } from '@union/shared';

export const employerKeys = {
  all: ['employers'] as const,
  lists: () => [...employerKeys.all, 'list'] as const,
  list: (query: EmployerListQuery) => [...employerKeys.lists(), query] as const,
  details: () => [...employerKeys.all, 'detail'] as const,
  detail: (id: string) => [...employerKeys.details(), id] as const,
};

/** The same keys the offices feature gives GB/T 2260 levels, so both share one cache of them. */
export const regionKeys = {
  all: ['regions'] as const,
  children: (parentCode: string | null) => [...regionKeys.all, 'children', parentCode ?? 'top'] as const,
};
