import { keepPreviousData, queryOptions, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type Type from 'typebox';
import type {
  Attachment as AttachmentSchema,
  AttachmentUpload,
  DuplicateQuery as DuplicateQuerySchema,
  FeeSchedule as FeeScheduleSchema,
  LawyerCandidate as LawyerCandidateSchema,
  LegalAidApplication,
  LegalAidCreate,
  LegalAidEvent as LegalAidEventSchema,
  LegalAidEventBody,
  LegalAidListQuery,
  Subsidy as SubsidySchema,
  SubsidyListQuery as SubsidyListQuerySchema,
} from '@union/shared';
import type { DuplicateMatch } from '@/components/DuplicateMatches';
import { request } from '@/lib/api';
import { download } from '@/lib/export';

/** The answers' shapes, from the shared schemas the server validates them with. */
export type LegalAidEvent = Type.Static<typeof LegalAidEventSchema>;
export type LawyerCandidate = Type.Static<typeof LawyerCandidateSchema>;
export type Subsidy = Type.Static<typeof SubsidySchema>;
export type SubsidyListQuery = Type.Static<typeof SubsidyListQuerySchema>;
export type Attachment = Type.Static<typeof AttachmentSchema>;
export type DuplicateQuery = Type.Static<typeof DuplicateQuerySchema>;
export type FeeSchedule = Type.Static<typeof FeeScheduleSchema>;

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const legalAidKeys = {
  all: ['legal-aid'] as const,
  lists: () => [...legalAidKeys.all, 'list'] as const,
  list: (query: LegalAidListQuery) => [...legalAidKeys.lists(), query] as const,
  detail: (id: string) => [...legalAidKeys.all, 'detail', id] as const,
  // under the detail, so whatever refreshes an application refreshes its timeline and candidates too
  events: (id: string) => [...legalAidKeys.detail(id), 'events'] as const,
  candidates: (id: string) => [...legalAidKeys.detail(id), 'lawyer-candidates'] as const,
  attachments: (id: string) => [...legalAidKeys.detail(id), 'attachments'] as const,
  duplicates: (query: DuplicateQuery) => [...legalAidKeys.all, 'duplicates', query] as const,
  feeSchedule: () => [...legalAidKeys.all, 'fee-schedule'] as const,
  subsidies: () => ['subsidies'] as const,
  subsidyList: (query: SubsidyListQuery) => [...legalAidKeys.subsidies(), query] as const,
};

/** One page of the applications of the caller's subtree: green channel first, then the nearest decision due. */
export const useLegalAidApplications = (query: LegalAidListQuery) =>
  useQuery(
    queryOptions({
      queryKey: legalAidKeys.list(query),
      queryFn: ({ signal }) => request<Page<LegalAidApplication>>('/legal-aid', { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
  );

/** An application with the events the caller may append now (`allowedEvents`). */
export const useLegalAidApplication = (id: string | undefined) =>
  useQuery({
    queryKey: legalAidKeys.detail(id ?? ''),
    queryFn: id ? ({ signal }) => request<LegalAidApplication>(`/legal-aid/${id}`, { signal }) : skipToken,
    // the buttons and the version an event goes out with must be current
    staleTime: 0,
  });

/** The whole timeline, oldest first. */
export const useLegalAidEvents = (id: string) =>
  useQuery({
    queryKey: legalAidKeys.events(id),
    queryFn: ({ signal }) => request<{ items: LegalAidEvent[] }>(`/legal-aid/${id}/events`, { signal }).then((b) => b.items),
    staleTime: 0,
  });

/** The lawyers of the pool serving the office, their load, and why one may not be assigned. */
export const useLawyerCandidates = (id: string) =>
  useQuery({
    queryKey: legalAidKeys.candidates(id),
    queryFn: ({ signal }) => request<{ items: LawyerCandidate[] }>(`/legal-aid/${id}/lawyer-candidates`, { signal }).then((b) => b.items),
    staleTime: 0,
  });

/** Takes an application in; the server numbers it, puts it on the green channel when exempt and starts its clock. */
export function useCreateLegalAid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LegalAidCreate) => request<LegalAidApplication>('/legal-aid', { method: 'POST', body }),
    onSuccess: (created) => {
      queryClient.setQueryData(legalAidKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: legalAidKeys.lists() });
    },
  });
}

export interface AppendLegalAidEventInput {
  id: string;
  /** The version the user saw; an event on a newer one answers 412. */
  version: number;
  event: LegalAidEventBody;
}

/** The only way an application changes; goes out with the version seen (If-Match). */
export function useAppendLegalAidEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, event }: AppendLegalAidEventInput) =>
      request<LegalAidApplication>(`/legal-aid/${id}/events`, { method: 'POST', body: event, ifMatch: version }),
    onSettled: (_, __, { id }) => {
      void queryClient.invalidateQueries({ queryKey: legalAidKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: legalAidKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: legalAidKeys.subsidies() });
    },
  });
}

/** Lawyer subsidies owed and paid. */
export const useSubsidies = (query: SubsidyListQuery) =>
  useQuery({
    queryKey: legalAidKeys.subsidyList(query),
    queryFn: ({ signal }) => request<Page<Subsidy>>('/subsidies', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });

/** Marks a subsidy paid, with the version seen. */
export function usePaySubsidy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (s: Pick<Subsidy, 'id' | 'version'>) => request<Subsidy>(`/subsidies/${s.id}/pay`, { method: 'POST', ifMatch: s.version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: legalAidKeys.subsidies() }),
  });
}

/** The supporting documents of an application. */
export const useAttachments = (id: string) =>
  useQuery({
    queryKey: legalAidKeys.attachments(id),
    queryFn: ({ signal }) => request<{ items: Attachment[] }>(`/legal-aid/${id}/attachments`, { signal }).then((b) => b.items),
  });

/** Uploads a document as the base64 JSON the server takes; the server checks type, content and size again. */
export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AttachmentUpload) => request<Attachment>(`/legal-aid/${id}/attachments`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: legalAidKeys.attachments(id) }),
  });
}

export const downloadAttachment = (a: Attachment) => download(`/legal-aid/${a.applicationId}/attachments/${a.id}`, a.fileName);

/** Open applications and cases of the same worker against the same employer. */
const fetchDuplicates = (query: DuplicateQuery, signal?: AbortSignal) =>
  request<{ items: DuplicateMatch[] }>('/legal-aid/duplicates', { query: { ...query }, signal }).then((b) => b.items);

// what was saved a moment ago must show: never an answer from before it
export const legalAidDuplicatesOptions = (query: DuplicateQuery) =>
  queryOptions({ queryKey: legalAidKeys.duplicates(query), queryFn: ({ signal }) => fetchDuplicates(query, signal), staleTime: 0 });

/** The duplicate check as the form shows it; off until the query is complete. */
export const useLegalAidDuplicates = (query: DuplicateQuery | null) =>
  useQuery<DuplicateMatch[]>({
    queryKey: legalAidKeys.duplicates(query ?? { employerId: '' }),
    queryFn: query ? ({ signal }) => fetchDuplicates(query, signal) : skipToken,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** The city's subsidy per programme and service. */
export const useFeeSchedule = () =>
  useQuery({ queryKey: legalAidKeys.feeSchedule(), queryFn: ({ signal }) => request<FeeSchedule>('/legal-aid/fee-schedule', { signal }) });

/** City offices replace the fee schedule. */
export function usePutFeeSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeeSchedule) => request<FeeSchedule>('/legal-aid/fee-schedule', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(legalAidKeys.feeSchedule(), saved),
  });
}
