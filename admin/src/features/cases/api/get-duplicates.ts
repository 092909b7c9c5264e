import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { caseKeys } from './keys';
import type { DuplicateMatch, DuplicateQuery } from './types';

/** Open cases against the same employer with the same worker: by ID number, or a name that sounds alike and the same phone. */
export const getDuplicates = (query: DuplicateQuery, signal?: AbortSignal) =>
  request<{ items: DuplicateMatch[] }>('/cases/duplicates', { query: { ...query }, signal }).then((body) => body.items);

/** Asked once, right before saving: always fresh. */
export const duplicatesQueryOptions = (query: DuplicateQuery) =>
  queryOptions({ queryKey: caseKeys.duplicates(query), queryFn: ({ signal }) => getDuplicates(query, signal), staleTime: 0 });
