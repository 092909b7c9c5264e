import { queryOptions } from '@tanstack/react-query';
import type { MediationOrg } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys } from './keys';

/** A mediation organization by id: the name a timeline entry's `toOrgId` stands for. */
export const getOrg = (id: string, signal?: AbortSignal) => request<MediationOrg>(`/mediation-orgs/${id}`, { signal });

export const orgQueryOptions = (id: string) =>
  queryOptions({ queryKey: caseKeys.org(id), queryFn: ({ signal }) => getOrg(id, signal), staleTime: 5 * 60_000 });
