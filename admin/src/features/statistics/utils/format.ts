import { coverageRules, type CoverageFigure } from '@union/shared';

/** A share (0–1) as a percentage with one decimal; a missing one as a dash. */
export const formatShare = (share: number | null | undefined): string => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);

/** A figure's value as people read it: a share as a percentage, a rate with two decimals. */
export function formatFigure(figure: CoverageFigure, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return coverageRules[figure].unit === 'ratio' ? formatShare(value) : value.toFixed(2);
}

/** The number a chart plots: shares in percent, so the axis reads like the label. */
export const chartValue = (figure: CoverageFigure, value: number): number =>
  coverageRules[figure].unit === 'ratio' ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;

/** A round axis end at or above `x`: 1, 2, 2.5, 5 or 10 times a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= x)!;
  return step * magnitude;
}
