export const officeKeys = {
  all: ['offices'] as const,
  tree: () => [...officeKeys.all, 'tree'] as const,
  details: () => [...officeKeys.all, 'detail'] as const,
  detail: (id: string) => [...officeKeys.details(), id] as const,
};
