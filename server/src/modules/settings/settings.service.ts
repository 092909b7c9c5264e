import { clockRuleNames, clockRules, type ClockRuleName, type ClockUnit } from '@union/shared';
import { networkOf } from '../../db/client.js';
import * as repo from './settings.repo.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, ruleViolated } from '../../lib/errors.js';
import { expectVersion } from '../../lib/versioning.js';

export async function clockSettings(ctx: Ctx) {
  const own = await repo.citySettings(ctx.db, networkOf(ctx.actor.officePath));
  return clockRuleNames.map((rule) => {
    const row = own.find((r) => r.rule === rule);
    const d = clockRules[rule];
    return { rule, length: row?.length ?? d.length, unit: row?.unit ?? d.unit, defaultLength: d.length, defaultUnit: d.unit, perCity: d.perCity, version: row?.version ?? null };
  });
}

/** Only the city federation sets its city's clocks, and only those local rules may change. */
export async function setClock(ctx: Ctx, rule: ClockRuleName, input: { length: number; unit: ClockUnit }, expectedVersion: number) {
  const networkId = networkOf(ctx.actor.officePath);
  if (ctx.actor.officeId !== networkId) throw new AppError('forbidden', { rule: 'settings.city_only' });
  if (!clockRules[rule].perCity) throw ruleViolated([{ path: 'rule', rule: 'settings.not_per_city' }]);
  const before = (await clockSettings(ctx)).find((s) => s.rule === rule)!;
  expectVersion(before.version ?? 0, expectedVersion);
  if (before.version === null) await repo.insertSetting(ctx.db, { networkId, rule, ...input });
  else if (!(await repo.updateSetting(ctx.db, networkId, rule, before.version, input))) throw new AppError('version_conflict');
  const after = (await clockSettings(ctx)).find((s) => s.rule === rule)!;
  await recordAudit(ctx, { action: 'settings.clock', entity: 'clock_setting', entityId: rule, officeId: networkId, before, after });
  return after;
}
