import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FilingEvent } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

/** The filing's timeline, oldest first. */
export const getFilingEvents = (id: string, signal?: AbortSignal) =>
  request<{ items: FilingEvent[] }>(`/mediation-orgs/${id}/events`, { signal }).then((body) => body.items);

export const filingEventsQueryOptions = (id: string) =>
  queryOptions({ queryKey: mediationOrgKeys.events(id), queryFn: ({ signal }) => getFilingEvents(id, signal) });

export const useFilingEvents = (id: string) => useQuery(filingEventsQueryOptions(id));
