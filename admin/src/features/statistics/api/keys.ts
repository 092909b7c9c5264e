import type { CoverageQuery } from './get-coverage';

export const statsKeys = {
  all: ['stats'] as const,
  coverage: (query: CoverageQuery) => [...statsKeys.all, 'coverage', query] as const,
};
