import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { majorReportKeys } from './keys';
import type { MajorReport, MajorReportQuery } from './types';

export interface MajorReportPage {
  items: MajorReport[];
  nextCursor: string | null;
}

/** Fast reports (快速报送) to the city legal service center, newest first; alarms are those unacknowledged past their time. */
export const getMajorReports = (query: MajorReportQuery, signal?: AbortSignal) =>
  request<MajorReportPage>('/major-reports', { query: { ...query }, signal });

export const majorReportsQueryOptions = (query: MajorReportQuery) =>
  queryOptions({
    queryKey: majorReportKeys.list(query),
    queryFn: ({ signal }) => getMajorReports(query, signal),
    placeholderData: keepPreviousData,
    // a board people keep open: alarms appear without a reload
    refetchInterval: 60_000,
  });

export const useMajorReports = (query: MajorReportQuery) => useQuery(majorReportsQueryOptions(query));
