import { keepPreviousData, queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import type {
  Inspection,
  InspectionCreate,
  InspectionListQuery,
  Notice,
  NoticeCreate,
  NoticeEvent,
  NoticeEventBody,
  NoticeLetter,
  NoticeListQuery,
  NoticeUpdate,
  PublicViolationList as PublicViolationListSchema,
  SupervisionStats,
  SupervisionStatsQuery,
} from '@union/shared';
import { request } from '@/lib/api';

export type PublicViolationList = Type.Static<typeof PublicViolationListSchema>;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const supervisionKeys = {
  inspections: ['inspections'] as const,
  inspectionList: (query: InspectionListQuery) => [...supervisionKeys.inspections, 'list', query] as const,
  notices: ['notices'] as const,
  noticeLists: () => [...supervisionKeys.notices, 'list'] as const,
  noticeList: (query: NoticeListQuery) => [...supervisionKeys.noticeLists(), query] as const,
  notice: (id: string) => [...supervisionKeys.notices, 'detail', id] as const,
  // under the detail, so whatever refreshes a notice refreshes its timeline and letter too
  events: (id: string) => [...supervisionKeys.notice(id), 'events'] as const,
  letter: (id: string) => [...supervisionKeys.notice(id), 'letter'] as const,
  publicViolations: (offset: number, limit: number) => ['public-violations', offset, limit] as const,
  stats: (query: SupervisionStatsQuery) => ['stats', 'supervision', query] as const,
};

/** One page of the inspections (法律体检) of the caller's subtree, newest first. */
export const useInspections = (query: InspectionListQuery, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: supervisionKeys.inspectionList(query),
      queryFn: !enabled ? skipToken : ({ signal }) => request<Page<Inspection>>('/inspections', { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
  );

export const useInspection = (id: string | undefined) =>
  useQuery({
    queryKey: [...supervisionKeys.inspections, 'detail', id ?? ''],
    queryFn: id ? ({ signal }) => request<Inspection>(`/inspections/${id}`, { signal }) : skipToken,
  });

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InspectionCreate) => request<Inspection>('/inspections', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.inspections }),
  });
}

/** One page of the notices of the caller's subtree, newest first; `readyToEscalate` is the escalation queue. */
export const useNotices = (query: NoticeListQuery, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: supervisionKeys.noticeList(query),
      queryFn: enabled ? ({ signal }) => request<Page<Notice>>('/notices', { query: { ...query }, signal }) : skipToken,
      placeholderData: keepPreviousData,
    }),
  );

/** A notice with the events the caller may append now (`allowedEvents`). */
export const useNotice = (id: string | undefined) =>
  useQuery({
    queryKey: supervisionKeys.notice(id ?? ''),
    queryFn: id ? ({ signal }) => request<Notice>(`/notices/${id}`, { signal }) : skipToken,
    // the buttons and the version an event goes out with must be current
    staleTime: 0,
  });

/** The whole timeline, oldest first. */
export const useNoticeEvents = (id: string) =>
  useQuery({
    queryKey: supervisionKeys.events(id),
    queryFn: ({ signal }) => request<{ items: NoticeEvent[] }>(`/notices/${id}/events`, { signal }).then((b) => b.items),
    staleTime: 0,
  });

/** The official letter filled from the record (wording from shared `noticeLetter`). */
export const useNoticeLetter = (id: string | undefined) =>
  useQuery({
    queryKey: supervisionKeys.letter(id ?? ''),
    queryFn: id ? ({ signal }) => request<NoticeLetter>(`/notices/${id}/letter`, { signal }) : skipToken,
    staleTime: 0,
  });

/** Drafts a notice; it goes out with the `issue` event (a publication with `approve_publication`). */
export function useCreateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeCreate) => request<Notice>('/notices', { method: 'POST', body }),
    onSuccess: (created) => {
      queryClient.setQueryData(supervisionKeys.notice(created.id), created);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.noticeLists() });
    },
  });
}

/** Edits a draft (what an issued notice says is fixed), with the version seen (If-Match). */
export function useUpdateNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, changes }: { id: string; version: number; changes: NoticeUpdate }) =>
      request<Notice>(`/notices/${id}`, { method: 'PATCH', body: changes, ifMatch: version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(supervisionKeys.notice(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.notices });
    },
  });
}

export interface AppendNoticeEventInput {
  id: string;
  /** The version the user saw; an event on a newer one answers 412. */
  version: number;
  event: NoticeEventBody;
}

/** The only way a notice changes; goes out with the version seen (If-Match). Issuing may escalate the rung below, so every notice is refreshed. */
export function useAppendNoticeEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, event }: AppendNoticeEventInput) => request<Notice>(`/notices/${id}/events`, { method: 'POST', body: event, ifMatch: version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.notices }),
  });
}

/** Published violations, readable without signing in. */
export const usePublicViolations = (offset: number, limit: number) =>
  useQuery({
    queryKey: supervisionKeys.publicViolations(offset, limit),
    queryFn: ({ signal }) => request<PublicViolationList>('/public/violations', { query: { offset, limit }, signal }),
    placeholderData: keepPreviousData,
  });

/** The supervision figures of an office's subtree (by default the caller's), and per district. */
export const useSupervisionStats = (query: SupervisionStatsQuery) =>
  useQuery({
    queryKey: supervisionKeys.stats(query),
    queryFn: ({ signal }) => request<SupervisionStats>('/stats/supervision', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
