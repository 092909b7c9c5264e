import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '@/lib/api';
import { caseKeys } from './keys';
import type { TransferTarget } from './types';

/** The organizations the route table lets this case go to, each with the reason codes that route takes. */
export const getTransferTargets = (id: string, signal?: AbortSignal) =>
  request<{ items: TransferTarget[] }>(`/cases/${id}/transfer-targets`, { signal }).then((body) => body.items);

export const transferTargetsQueryOptions = (id: string) =>
  queryOptions({ queryKey: caseKeys.transferTargets(id), queryFn: ({ signal }) => getTransferTargets(id, signal), staleTime: 0 });

export const useTransferTargets = (id: string) => useQuery(transferTargetsQueryOptions(id));
