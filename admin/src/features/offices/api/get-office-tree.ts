import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeTreeNode } from '@union/shared';
import { request } from '@/lib/api';
import { officeKeys } from './keys';

/** The caller's whole subtree, nested; the roots are the caller's own office. */
export const getOfficeTree = (signal?: AbortSignal) =>
  request<{ items: OfficeTreeNode[] }>('/offices', { query: { view: 'tree' }, signal }).then((body) => body.items);

export const officeTreeQueryOptions = () =>
  queryOptions({ queryKey: officeKeys.tree(), queryFn: ({ signal }) => getOfficeTree(signal), staleTime: 60_000 });

export const useOfficeTree = () => useQuery(officeTreeQueryOptions());
