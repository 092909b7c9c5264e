import { chinaDate, clockRules } from '../clocks/clocks.js';
import type { Label } from '../common/i18n.js';
import type { ReportingCadence } from './mediation-orgs.js';

/** A reporting period: `2026-10` (a month) or `2026-Q3` (a quarter). */
export const periodPattern = '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$';

export const cadenceOfPeriod = (period: string): ReportingCadence => (period.includes('Q') ? 'quarter' : 'month');

/** Midnight in China at the start of the first day of month `month` (0-based, may overflow) of `year`. */
const chinaMonthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1) - 8 * 3_600_000);

/** The instants a period starts and ends, at midnight in China. */
export function periodRange(period: string): { start: Date; end: Date } {
  const year = Number(period.slice(0, 4));
  if (period[5] === 'Q') {
    const q = Number(period[6]);
    return { start: chinaMonthStart(year, (q - 1) * 3), end: chinaMonthStart(year, q * 3) };
  }
  const month = Number(period.slice(5, 7));
  return { start: chinaMonthStart(year, month - 1), end: chinaMonthStart(year, month) };
}

export function periodOf(date: Date, cadence: ReportingCadence): string {
  const [y, m] = chinaDate(date).split('-').map(Number);
  return cadence === 'quarter' ? `${y}-Q${Math.floor((m - 1) / 3) + 1}` : `${y}-${String(m).padStart(2, '0')}`;
}

/** The period before `period`, of the same cadence. */
export function previousPeriod(period: string): string {
  const { start } = periodRange(period);
  return periodOf(new Date(start.getTime() - 86_400_000), cadenceOfPeriod(period));
}

/** A report is due this many calendar days after its period ends: by the 10th of the next month. */
export const reportDueDays = clockRules['org_report.due'].length;

export function reportDueAt(period: string, dueDays = reportDueDays): Date {
  return new Date(periodRange(period).end.getTime() + dueDays * 86_400_000);
}

export type ReportStanding = 'on_time' | 'late' | 'missing' | 'not_due';

/** Where a period's report stands at `now`, given when (if ever) it was submitted. */
export function reportStanding(period: string, submittedAt: Date | null, now: Date, dueDays = reportDueDays): ReportStanding {
  const due = reportDueAt(period, dueDays);
  if (submittedAt) return submittedAt <= due ? 'on_time' : 'late';
  return now > due ? 'missing' : 'not_due';
}

export const reportStandingLabels: Record<ReportStanding, Label> = {
  on_time: { zh: '按时报送', en: 'On time' },
  late: { zh: '逾期报送', en: 'Late' },
  missing: { zh: '未报送', en: 'Missing' },
  not_due: { zh: '未到截止日', en: 'Not yet due' },
};
