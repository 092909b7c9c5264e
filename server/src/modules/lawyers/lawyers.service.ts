import type { Lawyer, LawyerCreate, LawyerListQuery, LawyerUpdate } from '@union/shared';
import { networkOf } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { expirySortValue } from '../certificates/certificates.repo.js';
import { expiryRange, standingOf } from '../certificates/certificates.service.js';
import { findOffice } from '../offices/offices.repo.js';
import { findUser } from '../users/users.repo.js';
import * as repo from './lawyers.repo.js';

export function toLawyer(row: repo.LawyerRow): Lawyer {
  // a lawyer's licence is the certificate; it has no number apart from the licence number
  return { ...row, certificateNo: null, certificateStanding: standingOf(row.certificateExpiry), createdAt: row.createdAt.toISOString() };
}

export async function listLawyers(ctx: Ctx, query: LawyerListQuery) {
  const limit = query.limit ?? 50;
  const filters = { ...query, expiry: expiryRange(query.certificate, query.withinDays) };
  const { rows, sortField } = await repo.listLawyers(ctx.db, filters, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => (sortField === 'certificateExpiry' ? expirySortValue(r.certificateExpiry) : r[sortField]));
  return { items: page.items.map(toLawyer), nextCursor: page.nextCursor };
}

export async function getLawyer(ctx: Ctx, id: string) {
  const row = await repo.findLawyer(ctx.db, id);
  if (!row) throw notFound('lawyer');
  return row;
}

/** A licence number identifies one lawyer; the database refuses any it holds in another network too. */
async function checkLicenseFree(ctx: Ctx, licenseNo: string, selfId: string | null) {
  const taken = await repo.findByLicense(ctx.db, licenseNo);
  if (taken && taken.id !== selfId) throw new AppError('duplicate', { errors: [{ path: 'licenseNo', rule: 'people.license_taken', params: { licenseNo } }] });
}

/** A lawyer's account is a user of role lawyer the caller can see. */
async function checkLawyerUser(ctx: Ctx, userId: string | null | undefined) {
  if (!userId) return;
  const user = await findUser(ctx.db, userId);
  if (!user || !user.roles.includes('lawyer')) throw ruleViolated([{ path: 'userId', rule: 'people.lawyer_user' }]);
}

export async function createLawyer(ctx: Ctx, input: LawyerCreate) {
  const officeId = input.officeId ?? ctx.actor.officeId;
  const office = await findOffice(ctx.db, officeId);
  if (!office || !office.path.startsWith(ctx.actor.officePath)) throw ruleViolated([{ path: 'officeId', rule: 'scope.office_outside' }]);
  await checkLicenseFree(ctx, input.licenseNo, null);
  await checkLawyerUser(ctx, input.userId);
  const row = await repo.insertLawyer(ctx.db, {
    ...input,
    name: input.name.trim(),
    firm: input.firm.trim(),
    officeId,
    networkId: networkOf(ctx.actor.officePath),
  });
  await recordAudit(ctx, { action: 'lawyer.create', entity: 'lawyer', entityId: row.id, officeId, after: toLawyer(row) });
  return row;
}

export async function updateLawyer(ctx: Ctx, id: string, input: LawyerUpdate, expectedVersion: number) {
  const current = await getLawyer(ctx, id);
  const keeper = await findOffice(ctx.db, current.officeId);
  // readable across the network, but only the keeping office's subtree changes it
  if (!keeper || !keeper.path.startsWith(ctx.actor.officePath)) throw new AppError('forbidden', { errors: [{ path: 'officeId', rule: 'scope.office_outside' }] });
  expectVersion(current.version, expectedVersion);
  if (input.licenseNo !== undefined) await checkLicenseFree(ctx, input.licenseNo, id);
  await checkLawyerUser(ctx, input.userId);
  const updated = await repo.updateLawyer(ctx.db, id, expectedVersion, {
    ...input,
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.firm !== undefined && { firm: input.firm.trim() }),
  });
  if (!updated) throw new AppError('version_conflict');
  await recordAudit(ctx, { action: 'lawyer.update', entity: 'lawyer', entityId: id, officeId: current.officeId, before: toLawyer(current), after: toLawyer(updated) });
  return updated;
}
