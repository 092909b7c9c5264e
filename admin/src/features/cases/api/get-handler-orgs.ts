import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MediationOrg } from '@union/shared';
import { request } from '@/lib/api';
import { caseKeys } from './keys';

/**
 * Filed mediation organizations by name, within a region prefix: the candidates to handle a new
 * case (the picker keeps those of the user's own subtree).
 */
export const getHandlerOrgs = (q: string, regionCode: string | undefined, signal?: AbortSignal) =>
  request<{ items: MediationOrg[] }>('/mediation-orgs', { query: { status: 'filed', q: q || undefined, regionCode, sort: 'name', limit: 500 }, signal }).then(
    (body) => body.items,
  );

export const handlerOrgsQueryOptions = (q: string, regionCode: string | undefined) =>
  queryOptions({
    queryKey: caseKeys.handlerOrgs(q, regionCode),
    queryFn: ({ signal }) => getHandlerOrgs(q, regionCode, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useHandlerOrgs = (q: string, regionCode: string | undefined, enabled = true) => useQuery({ ...handlerOrgsQueryOptions(q, regionCode), enabled });
