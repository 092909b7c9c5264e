import { periodOf, previousPeriod, type ReportingCadence } from '@union/shared';

/** The `count` latest periods of a cadence that have ended by `now`, newest first. */
export function endedPeriods(cadence: ReportingCadence, count: number, now = new Date()): string[] {
  const periods: string[] = [];
  for (let period = previousPeriod(periodOf(now, cadence)); periods.length < count; period = previousPeriod(period)) periods.push(period);
  return periods;
}

/** `2026-Q3` → `2026年第3季度` / `2026 Q3`; `2026-10` → `2026年10月` / `2026-10`. */
export function periodLabel(period: string, language: string): string {
  const [year, part] = period.split('-');
  if (language === 'en') return part.startsWith('Q') ? `${year} ${part}` : period;
  return part.startsWith('Q') ? `${year}年第${part.slice(1)}季度` : `${year}年${Number(part)}月`;
}
