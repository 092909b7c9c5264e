import chineseDays from 'chinese-days';
import { and, eq } from 'drizzle-orm';
import { clockRules, deadline, type ClockRuleName, type WorkCalendar } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { clockSettings } from '../../db/schema.js';

/** China's public holidays and swapped working weekends, from the `chinese-days` package. */
export const chineseCalendar: WorkCalendar = { isWorkday: (date) => chineseDays.isWorkday(date) };

/** A clock rule as a city runs it: its own length where it set one (perCity rules), the default otherwise. */
export async function ruleFor(db: DbOrTx, networkId: string, name: ClockRuleName) {
  const rule = clockRules[name];
  if (!rule.perCity) return rule;
  const [own] = await db
    .select({ length: clockSettings.length, unit: clockSettings.unit })
    .from(clockSettings)
    .where(and(eq(clockSettings.networkId, networkId), eq(clockSettings.rule, name)));
  return own ? { ...rule, ...own } : rule;
}

/** When the named clock, started at `start`, runs out in this city. */
export async function deadlineFor(db: DbOrTx, networkId: string, name: ClockRuleName, start: Date): Promise<Date> {
  return deadline(start, await ruleFor(db, networkId, name), chineseCalendar);
}
