import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { ReportStandingRow } from '@union/shared';
import { request } from '@/lib/api';
import { mediationOrgKeys } from './keys';

export type ReportStanding = Type.Static<typeof ReportStandingRow>;
export type Standing = ReportStanding['standing'];
export interface ReportStandingQuery {
  period: string;
  filingOfficeId?: string;
  standing?: Standing;
}

/** Per filing authority: each filed organization's report of a period, on time, late, missing or not yet due. */
export const getReportStanding = (query: ReportStandingQuery, signal?: AbortSignal) =>
  request<{ items: ReportStanding[] }>('/org-reports/standing', { query: { ...query }, signal }).then((body) => body.items);

export const reportStandingQueryOptions = (query: ReportStandingQuery) =>
  queryOptions({
    queryKey: mediationOrgKeys.standing(query),
    queryFn: ({ signal }) => getReportStanding(query, signal),
    placeholderData: keepPreviousData,
  });

export const useReportStanding = (query: ReportStandingQuery) => useQuery(reportStandingQueryOptions(query));
