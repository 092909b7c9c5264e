import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Case } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys } from './keys';

/** A case with the events the caller may append now (`allowedEvents`) and how it stands to it (`access`). */
export const getCase = (id: string, signal?: AbortSignal) => request<Case>(`/cases/${id}`, { signal });

export const caseQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getCase(id, signal) : skipToken,
    // the buttons and the version an event goes out with must be current
    staleTime: 0,
  });

export const useCase = (id: string | undefined) => useQuery(caseQueryOptions(id));
