import type { Mediator, MediatorCreate, MediatorListQuery, MediatorUpdate } from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { expirySortValue } from '../certificates/certificates.repo.js';
import { expiryRange, standingOf } from '../certificates/certificates.service.js';
import * as repo from './mediators.repo.js';

export function toMediator(row: repo.MediatorRow): Mediator {
  return {
    ...row,
    gender: row.gender as Mediator['gender'],
    certificateStanding: standingOf(row.certificateExpiry),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMediators(ctx: Ctx, query: MediatorListQuery) {
  const limit = query.limit ?? 50;
  const filters = { ...query, expiry: expiryRange(query.certificate, query.withinDays) };
  const { rows, sortField } = await repo.listMediators(ctx.db, filters, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => (sortField === 'certificateExpiry' ? expirySortValue(r.certificateExpiry) : r[sortField]));
  return { items: page.items.map(toMediator), nextCursor: page.nextCursor };
}

export async function getMediator(ctx: Ctx, id: string) {
  const row = await repo.findMediator(ctx.db, id);
  if (!row) throw notFound('mediator');
  return row;
}

const orgOutside = () => ruleViolated([{ path: 'orgId', rule: 'people.org_outside' }]);

export async function createMediator(ctx: Ctx, input: MediatorCreate) {
  const org = await repo.findOrgInReach(ctx.db, input.orgId);
  if (!org) throw orgOutside();
  const row = await repo.insertMediator(ctx.db, { ...input, name: input.name.trim() });
  await recordAudit(ctx, { action: 'mediator.create', entity: 'mediator', entityId: row.id, officeId: org.officeId, after: toMediator(row) });
  return row;
}

export async function updateMediator(ctx: Ctx, id: string, input: MediatorUpdate, expectedVersion: number) {
  const current = await getMediator(ctx, id);
  const org = await repo.findOrgInReach(ctx.db, current.orgId);
  // readable across the network with its filed organization, but changed only by the organization's side
  if (!org) throw new AppError('forbidden', { errors: [{ path: 'orgId', rule: 'people.org_outside' }] });
  expectVersion(current.version, expectedVersion);
  const updated = await repo.updateMediator(ctx.db, id, expectedVersion, { ...input, ...(input.name !== undefined && { name: input.name.trim() }) });
  if (!updated) throw new AppError('version_conflict');
  await recordAudit(ctx, { action: 'mediator.update', entity: 'mediator', entityId: id, officeId: org.officeId, before: toMediator(current), after: toMediator(updated) });
  return updated;
}
