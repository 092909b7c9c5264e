import type { LaborWarningCreate, LaborWarningListQuery } from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { getEmployer } from '../employers/employers.service.js';
import * as repo from './warnings.repo.js';

const toWarning = (r: repo.WarningRow) => ({ ...r, filedAt: r.filedAt.toISOString(), resolvedAt: r.resolvedAt?.toISOString() ?? null });

/** Warnings of the caller's subtree: a district sees its stations', the city every district's. */
export async function listWarnings(ctx: Ctx, q: LaborWarningListQuery) {
  const limit = q.limit ?? 50;
  const page = toPage(await repo.listWarnings(ctx.db, q, limit), limit, (r) => r.filedAt);
  return { items: page.items.map(toWarning), nextCursor: page.nextCursor };
}

export async function getWarning(ctx: Ctx, id: string) {
  const row = await repo.findWarning(ctx.db, id);
  if (!row) throw notFound('warning');
  return toWarning(row);
}

export async function fileWarning(ctx: Ctx, input: LaborWarningCreate) {
  const employer = await getEmployer(ctx, input.employerId).catch(() => null);
  if (!employer) throw ruleViolated([{ path: 'employerId', rule: 'people.employer_unknown' }]);
  const id = await repo.insertWarning(ctx.db, { ...input, officeId: ctx.actor.officeId, filedBy: ctx.actor.displayName });
  const warning = await getWarning(ctx, id);
  await recordAudit(ctx, { action: 'warning.file', entity: 'warning', entityId: id, officeId: ctx.actor.officeId, after: warning });
  return warning;
}

export async function resolveWarning(ctx: Ctx, id: string, resolution: string, expectedVersion: number | null) {
  const before = await getWarning(ctx, id);
  if (expectedVersion !== null) expectVersion(before.version, expectedVersion);
  if (!(await repo.resolveWarning(ctx.db, id, resolution))) throw new AppError('transition_not_allowed', { detail: 'the warning is already resolved', allowed: [] });
  const after = await getWarning(ctx, id);
  await recordAudit(ctx, { action: 'warning.resolve', entity: 'warning', entityId: id, officeId: before.officeId, before, after });
  return after;
}
