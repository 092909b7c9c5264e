import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { FilingEventType, MediationOrg } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

/** An organization with the events the caller may append now: the only actions its page offers. */
export type MediationOrgDetail = MediationOrg & { allowedEvents: FilingEventType[] };

export const getMediationOrg = (id: string, signal?: AbortSignal) => request<MediationOrgDetail>(`/mediation-orgs/${id}`, { signal });

export const mediationOrgQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: mediationOrgKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => getMediationOrg(id, signal) : skipToken,
    // the actions and the version an event goes out with must be current
    staleTime: 0,
  });

export const useMediationOrg = (id: string | undefined) => useQuery(mediationOrgQueryOptions(id));
