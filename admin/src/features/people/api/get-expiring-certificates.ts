import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type Type from 'typebox';
import type { ExpiringCertificate, ExpiringQuery } from '@union/shared';
import { request } from '@/lib/api';
import { certificateKeys } from './keys';

export type Certificate = Type.Static<typeof ExpiringCertificate>;
export type CertificateHolder = Certificate['kind'];

/** Certificates of active people of the caller's subtree that run out within `withinDays` or already have, soonest first. */
export const getExpiringCertificates = (query: ExpiringQuery, signal?: AbortSignal) =>
  request<{ items: Certificate[]; nextCursor: string | null }>('/certificates/expiring', { query: { ...query }, signal });

export const expiringCertificatesQueryOptions = (query: ExpiringQuery) =>
  queryOptions({
    queryKey: certificateKeys.expiring(query),
    queryFn: ({ signal }) => getExpiringCertificates(query, signal),
    placeholderData: keepPreviousData,
  });

export const useExpiringCertificates = (query: ExpiringQuery) => useQuery(expiringCertificatesQueryOptions(query));
