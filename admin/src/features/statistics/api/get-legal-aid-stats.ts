import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { LegalAidStats as LegalAidStatsSchema } from '@union/shared';
import { request } from '@/lib/api';
import { statsKeys } from './keys';

export type LegalAidStats = Type.Static<typeof LegalAidStatsSchema>;
export type LegalAidDistrictStats = NonNullable<LegalAidStats['districts']>[number];
export interface LegalAidStatsQuery {
  officeId?: string;
  by?: 'district';
}

/** Applications, approvals, green-channel share, decision times and amounts recovered of a subtree (the caller's by default), with `by=district` per district. */
export const getLegalAidStats = (query: LegalAidStatsQuery, signal?: AbortSignal) => request<LegalAidStats>('/stats/legal-aid', { query: { ...query }, signal });

export const legalAidStatsQueryOptions = (query: LegalAidStatsQuery) =>
  queryOptions({
    queryKey: statsKeys.legalAid(query),
    queryFn: ({ signal }) => getLegalAidStats(query, signal),
    placeholderData: keepPreviousData,
  });

export const useLegalAidStats = (query: LegalAidStatsQuery) => useQuery(legalAidStatsQueryOptions(query));
