import type { CoverageQuery } from './get-coverage';
import type { LegalAidStatsQuery } from './get-legal-aid-stats';

export const statsKeys = {
  all: ['stats'] as const,
  coverage: (query: CoverageQuery) => [...statsKeys.all, 'coverage', query] as const,
  legalAid: (query: LegalAidStatsQuery) => [...statsKeys.all, 'legal-aid', query] as const,
};
