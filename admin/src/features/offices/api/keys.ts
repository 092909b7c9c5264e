export const officeKeys = {
  all: ['offices'] as const,
  tree: () => [...officeKeys.all, 'tree'] as const,
  details: () => [...officeKeys.all, 'detail'] as const,
  detail: (id: string) => [...officeKeys.details(), id] as const,
};

export const regionKeys = {
  all: ['regions'] as const,
  children: (parentCode: string | null) => [...regionKeys.all, 'children', parentCode ?? 'top'] as const,
};
