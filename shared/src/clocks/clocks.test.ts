import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { caseClockLabels } from '../cases/cases.js';
import { chinaDate, clockRules, clockStanding, clockStates, deadline } from './clocks.js';

const calendar = { isWorkday: (d: string) => chineseDays.isWorkday(d) };
const at = (iso: string) => new Date(iso);

describe('deadlines on the Chinese calendar', () => {
  it('counts calendar days to the end of the last day, in China time', () => {
    // received at 10:00 on 1 October (China): 15 days run to the end of 16 October
    expect(deadline(at('2026-10-01T02:00:00Z'), { length: 15, unit: 'calendar_days' }, calendar)).toEqual(at('2026-10-16T16:00:00Z'));
    // 23:30 on 30 September in China is still 30 September there, though 1 October in UTC... and vice versa
    expect(chinaDate(at('2026-09-30T15:30:00Z'))).toBe('2026-09-30');
    expect(chinaDate(at('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
  });

  it('skips the National Day holiday and counts its swapped Saturday as a working day', () => {
    // 2026: 1–7 October off (and the 8th is a Thursday at work), Saturday 10 October a working day
    const opinion = deadline(at('2026-09-30T02:00:00Z'), { length: 3, unit: 'working_days' }, calendar);
    // 8 Oct (1), 9 Oct (2), Sat 10 Oct (3)
    expect(opinion).toEqual(at('2026-10-10T16:00:00Z'));
  });

  it('skips ordinary weekends', () => {
    // Friday 13 November 2026 + 1 working day = Monday 16 November
    expect(deadline(at('2026-11-13T02:00:00Z'), { length: 1, unit: 'working_days' }, calendar)).toEqual(at('2026-11-16T16:00:00Z'));
  });

  it('runs 15 working days across the Spring Festival with its swapped Saturdays', () => {
    // 2026 Spring Festival: 15–23 February off; Saturdays 14 and 28 February are working days
    const from = at('2026-02-11T02:00:00Z'); // Wednesday 11 February
    const due = deadline(from, { length: 15, unit: 'working_days' }, calendar);
    // 12, 13, 14(Sat), 24, 25, 26, 27, 28(Sat), 2 Mar, 3, 4, 5, 6, 9, 10 → end of 10 March
    expect(due).toEqual(at('2026-03-10T16:00:00Z'));
  });

  it('counts hours exactly', () => {
    expect(deadline(at('2026-10-01T02:00:00Z'), clockRules['major_report.acknowledge'], calendar)).toEqual(at('2026-10-02T02:00:00Z'));
  });

  it('says when a clock is due soon or overdue', () => {
    const due = at('2026-10-16T16:00:00Z');
    expect(clockStanding(due, at('2026-10-10T00:00:00Z'), 72)).toBe('running');
    expect(clockStanding(due, at('2026-10-14T00:00:00Z'), 72)).toBe('due_soon');
    expect(clockStanding(due, at('2026-10-16T16:00:00Z'), 72)).toBe('overdue');
  });

  it('names every clock state once: the standings of a running clock, then stopped, each labelled', () => {
    expect(clockStates).toEqual(['running', 'due_soon', 'overdue', 'stopped']);
    expect(Object.keys(caseClockLabels)).toEqual([...clockStates]);
  });
});
