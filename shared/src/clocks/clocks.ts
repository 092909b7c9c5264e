import type { Label } from '../common/i18n.js';

/**
 * One mechanism for every deadline of the product (domain.md §5 "Clocks"): a named rule with a
 * length and a unit. Working days follow the Chinese public-holiday calendar, including the weekend
 * days that become working days; days are counted in China's time zone.
 */
export const clockUnits = ['calendar_days', 'working_days', 'hours'] as const;
export type ClockUnit = (typeof clockUnits)[number];

export interface ClockRule {
  length: number;
  unit: ClockUnit;
  /** How long before the deadline an item counts as due soon (hours). */
  dueSoonHours: number;
  label: Label;
  /** Whether a city may set its own length (local rules differ). */
  perCity: boolean;
  source: Label;
}

export const clockRuleNames = [
  'case.mediation',
  'major_report.acknowledge',
  'legal_aid.decision',
  'legal_aid.assignment',
  'notice.opinion_rectification',
  'org_report.due',
] as const;
export type ClockRuleName = (typeof clockRuleNames)[number];

export const clockRules: Record<ClockRuleName, ClockRule> = {
  'case.mediation': {
    length: 15,
    unit: 'calendar_days',
    dueSoonHours: 72,
    perCity: false,
    label: { zh: '调解期限', en: 'Mediation deadline' },
    source: { zh: '劳动争议调解仲裁法第十四条', en: 'Labor Dispute Mediation and Arbitration Law, art. 14' },
  },
  'major_report.acknowledge': {
    length: 24,
    unit: 'hours',
    dueSoonHours: 4,
    perCity: true,
    label: { zh: '重大案件报告签收时限', en: 'Major-report acknowledgement' },
    source: { zh: '产品规则', en: 'product decision' },
  },
  'legal_aid.decision': {
    length: 7,
    unit: 'calendar_days',
    dueSoonHours: 48,
    perCity: false,
    label: { zh: '法律援助审查决定期限', en: 'Legal-aid decision' },
    source: { zh: '法律援助法第四十三条', en: 'Legal Aid Law 2021, art. 43' },
  },
  'legal_aid.assignment': {
    length: 3,
    unit: 'working_days',
    dueSoonHours: 24,
    perCity: true,
    label: { zh: '指派律师期限', en: 'Lawyer assignment' },
    source: { zh: '产品规则', en: 'product decision' },
  },
  'notice.opinion_rectification': {
    length: 15,
    unit: 'working_days',
    dueSoonHours: 72,
    perCity: true,
    label: { zh: '意见书整改答复期限', en: 'Opinion rectification deadline' },
    source: { zh: '各地工会劳动法律监督办法', en: 'local supervision rules' },
  },
  'org_report.due': {
    length: 10,
    unit: 'calendar_days',
    dueSoonHours: 72,
    perCity: false,
    label: { zh: '信息报送期限', en: 'Periodic report due' },
    source: { zh: '产品规则', en: 'product decision' },
  },
};

/** The public-holiday calendar: whether a date (YYYY-MM-DD, China) is a working day. */
export interface WorkCalendar {
  isWorkday(date: string): boolean;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** The China calendar date of an instant. */
export const chinaDate = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
/** Midnight at the start of a China calendar date, as an instant. */
const chinaMidnight = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);
const nextDate = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * When a clock started at `start` runs out. Days are whole days after the start day: 15 calendar
 * days from a case received on 1 October run to the end of 16 October; N working days run to the
 * end of the Nth working day after the start day. Hours are exact.
 */
export function deadline(start: Date, rule: { length: number; unit: ClockUnit }, calendar: WorkCalendar): Date {
  if (rule.unit === 'hours') return new Date(start.getTime() + rule.length * 3_600_000);
  let date = chinaDate(start);
  for (let counted = 0; counted < rule.length; ) {
    date = nextDate(date);
    if (rule.unit === 'calendar_days' || calendar.isWorkday(date)) counted++;
  }
  return chinaMidnight(nextDate(date));
}

/** Where a deadline clock stands (cases, legal aid, notices): a running clock's standing, or stopped. */
export const clockStates = ['running', 'due_soon', 'overdue', 'stopped'] as const;
export type ClockState = (typeof clockStates)[number];
export type ClockStanding = Exclude<ClockState, 'stopped'>;

export function clockStanding(dueAt: Date, now: Date, dueSoonHours: number): ClockStanding {
  if (now >= dueAt) return 'overdue';
  return dueAt.getTime() - now.getTime() <= dueSoonHours * 3_600_000 ? 'due_soon' : 'running';
}
