import type { ExpiringQuery, LawyerListQuery, MediatorListQuery, SupervisorListQuery } from '@union/shared';

export const mediatorKeys = {
  all: ['mediators'] as const,
  lists: () => [...mediatorKeys.all, 'list'] as const,
  list: (query: MediatorListQuery) => [...mediatorKeys.lists(), query] as const,
  details: () => [...mediatorKeys.all, 'detail'] as const,
  detail: (id: string) => [...mediatorKeys.details(), id] as const,
};

export const supervisorKeys = {
  all: ['supervisors'] as const,
  lists: () => [...supervisorKeys.all, 'list'] as const,
  list: (query: SupervisorListQuery) => [...supervisorKeys.lists(), query] as const,
  details: () => [...supervisorKeys.all, 'detail'] as const,
  detail: (id: string) => [...supervisorKeys.details(), id] as const,
};

export const lawyerKeys = {
  all: ['lawyers'] as const,
  lists: () => [...lawyerKeys.all, 'list'] as const,
  list: (query: LawyerListQuery) => [...lawyerKeys.lists(), query] as const,
  details: () => [...lawyerKeys.all, 'detail'] as const,
  detail: (id: string) => [...lawyerKeys.details(), id] as const,
};

export const certificateKeys = {
  all: ['certificates'] as const,
  expiring: (query: ExpiringQuery) => [...certificateKeys.all, 'expiring', query] as const,
};
