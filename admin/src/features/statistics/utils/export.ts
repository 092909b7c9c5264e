import { coverageFigures, coverageRules, type Label } from '@union/shared';
import type { TFunction } from 'i18next';
import type { Sheet } from '@/lib/export-xlsx';
import type { CoverageReport } from '../api/get-coverage';
import { formatFigure } from './format';

/**
 * domain.md §8 "exported": the coverage figures of the office's subtree against their targets, and,
 * when shown by district, each district's figures, as worksheets.
 */
export function coverageSheets(report: CoverageReport, label: (l: Label) => string, t: TFunction): Sheet[] {
  const total: Sheet = {
    name: report.officeName,
    columns: [
      { header: t('statistics.figure'), kind: 'text' },
      { header: t('statistics.value'), kind: 'text' },
      { header: t('statistics.target'), kind: 'text' },
      { header: t('statistics.met'), kind: 'boolean' },
      { header: t('exports.numerator'), kind: 'integer' },
      { header: t('exports.denominator'), kind: 'integer' },
    ],
    rows: report.figures.map((v) => [label(coverageRules[v.figure].label), formatFigure(v.figure, v.value), formatFigure(v.figure, v.target), v.met, v.numerator, v.denominator]),
  };
  if (!report.districts?.length) return [total];
  const byDistrict: Sheet = {
    name: t('statistics.byDistrict'),
    columns: [{ header: t('statistics.district'), kind: 'text' }, ...coverageFigures.map((f) => ({ header: label(coverageRules[f].label), kind: 'text' as const }))],
    rows: [...report.districts]
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
      .map((d) => [d.officeName, ...coverageFigures.map((f) => formatFigure(f, d.figures.find((x) => x.figure === f)?.value))]),
  };
  return [total, byDistrict];
}
