import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { FilingAuthorityPreview, MediationOrgType } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export type FilingAuthority = Type.Static<typeof FilingAuthorityPreview>;
export interface FilingAuthorityInput {
  type: MediationOrgType;
  employerId?: string;
  officeId?: string;
}

/** Where a filing of this type would go, as the server computes it, and the size rule it breaks. */
export const getFilingAuthority = (query: FilingAuthorityInput, signal?: AbortSignal) =>
  request<FilingAuthority>('/mediation-orgs/filing-authority', { query: { ...query }, signal });

export const filingAuthorityQueryOptions = (query: FilingAuthorityInput | null) =>
  queryOptions({
    queryKey: mediationOrgKeys.filingAuthority(query ?? { type: 'enterprise_committee' }),
    queryFn: query ? ({ signal }) => getFilingAuthority(query, signal) : skipToken,
    staleTime: 0,
  });

export const useFilingAuthority = (query: FilingAuthorityInput | null) => useQuery(filingAuthorityQueryOptions(query));
