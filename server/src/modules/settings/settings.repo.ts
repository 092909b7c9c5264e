import { and, eq, sql } from 'drizzle-orm';
import type { ClockRuleName, ClockUnit } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { clockSettings } from '../../db/schema.js';

export async function citySettings(db: DbOrTx, networkId: string) {
  return db.select().from(clockSettings).where(eq(clockSettings.networkId, networkId));
}

export async function insertSetting(db: DbOrTx, values: typeof clockSettings.$inferInsert) {
  await db.insert(clockSettings).values(values);
}

export async function updateSetting(db: DbOrTx, networkId: string, rule: ClockRuleName, version: number, values: { length: number; unit: ClockUnit }) {
  const [row] = await db
    .update(clockSettings)
    .set({ ...values, version: sql`${clockSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(clockSettings.networkId, networkId), eq(clockSettings.rule, rule), eq(clockSettings.version, version)))
    .returning({ rule: clockSettings.rule });
  return !!row;
}
