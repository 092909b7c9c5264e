import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { caseKeys } from './keys';
import type { CaseEvent } from './types';

/** The case's whole timeline, oldest first: who, when, what, from which state. */
export const getCaseEvents = (id: string, signal?: AbortSignal) =>
  request<{ items: CaseEvent[] }>(`/cases/${id}/events`, { signal }).then((body) => body.items);

export const caseEventsQueryOptions = (id: string) =>
  queryOptions({ queryKey: caseKeys.events(id), queryFn: ({ signal }) => getCaseEvents(id, signal), staleTime: 0 });

export const useCaseEvents = (id: string) => useQuery(caseEventsQueryOptions(id));
