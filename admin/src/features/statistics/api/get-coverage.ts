import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { CoverageReport as CoverageReportSchema, FigureValue } from '@union/shared';
import { request } from '@/lib/api';
import { statsKeys } from './keys';

export type CoverageReport = Type.Static<typeof CoverageReportSchema>;
export type DistrictCoverage = NonNullable<CoverageReport['districts']>[number];
export type { FigureValue };
export interface CoverageQuery {
  officeId?: string;
  by?: 'district';
}

/** The coverage figures of domain.md §8 for an office's subtree (by default the caller's), and with `by=district` per district. */
export const getCoverage = (query: CoverageQuery, signal?: AbortSignal) => request<CoverageReport>('/stats/coverage', { query: { ...query }, signal });

export const coverageQueryOptions = (query: CoverageQuery) =>
  queryOptions({
    queryKey: statsKeys.coverage(query),
    queryFn: ({ signal }) => getCoverage(query, signal),
    placeholderData: keepPreviousData,
  });

export const useCoverage = (query: CoverageQuery) => useQuery(coverageQueryOptions(query));
