import { queryOptions, useQueries } from '@tanstack/react-query';
import type Type from 'typebox';
import type { NetworkOffice as NetworkOfficeSchema, OfficeKind } from '@union/shared';
import { request } from '@/lib/api';
import { employerKeys } from './keys';

export type NetworkOffice = Type.Static<typeof NetworkOfficeSchema>;

/** Every office of a kind across the caller's city network, beyond its own subtree: names to pick from. */
export const getNetworkOffices = (kind: OfficeKind, signal?: AbortSignal) =>
  request<{ items: NetworkOffice[] }>('/offices/network', { query: { kind }, signal }).then((body) => body.items);

export const networkOfficesQueryOptions = (kind: OfficeKind) =>
  queryOptions({
    queryKey: employerKeys.networkOffices(kind),
    queryFn: ({ signal }) => getNetworkOffices(kind, signal),
    // the network's offices change rarely; a picker need not refetch them while open
    staleTime: 5 * 60_000,
  });

/** The offices of several kinds, in the order of `kinds`, and whether any is still loading. */
export function useNetworkOffices(kinds: readonly OfficeKind[]) {
  return useQueries({
    queries: kinds.map((kind) => networkOfficesQueryOptions(kind)),
    combine: (results) => ({
      offices: results.flatMap((r) => r.data ?? []),
      isLoading: results.some((r) => r.isLoading),
    }),
  });
}
