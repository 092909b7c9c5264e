import { queryOptions, useQueries } from '@tanstack/react-query';
import type { Region } from '@union/shared';
import { request } from './api';

/** GB/T 2260 levels are reference data every feature reads through one cache. */
export const regionKeys = {
  all: ['regions'] as const,
  children: (parentCode: string | null) => [...regionKeys.all, 'children', parentCode ?? 'top'] as const,
};

/** GB/T 2260 divisions directly under a 6-digit code, or the provinces. */
export const getRegions = (parentCode: string | null, signal?: AbortSignal) =>
  request<{ items: Region[] }>('/regions', { query: { parentCode }, signal }).then((body) => body.items);

export const regionsQueryOptions = (parentCode: string | null) =>
  queryOptions({
    queryKey: regionKeys.children(parentCode),
    queryFn: ({ signal }) => getRegions(parentCode, signal),
    // reference data: it changes with a release, not during a session
    staleTime: Infinity,
  });

/**
 * The prefix a GB/T 2260 code stands for in a `?regionCode=` filter, which the API matches as a
 * prefix: a province `110000` → `11`, a city `410400` → `4104`, a district or street as it is.
 */
export function regionPrefix(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code.length !== 6) return code;
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

/** The 6-digit codes whose children must be loaded to find `code`: its province, its city (absent under a municipality) and its district. */
export const levelsAbove = (code: string) => [2, 4, 6].map((n) => code.slice(0, n).padEnd(6, '0')).filter((c) => c.length === 6 && c !== '000000');

/** A code's name, as far as its levels have loaded (e.g. `110105` → 朝阳区); undefined until then. */
export function useRegionName(code: string | null | undefined): string | undefined {
  const parents = code ? [null, ...levelsAbove(code).filter((c) => c !== code)] : [];
  return useQueries({
    queries: parents.map((parent) => regionsQueryOptions(parent)),
    combine: (results) => results.flatMap((r) => r.data ?? []).find((r) => r.code === code)?.name,
  });
}
