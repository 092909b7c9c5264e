import type { Supervisor, SupervisorCreate, SupervisorListQuery, SupervisorUpdate } from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { expirySortValue } from '../certificates/certificates.repo.js';
import { expiryRange, standingOf } from '../certificates/certificates.service.js';
import { findMediator } from '../mediators/mediators.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './supervisors.repo.js';

export function toSupervisor(row: repo.SupervisorRow): Supervisor {
  return { ...row, certificateStanding: standingOf(row.certificateExpiry), createdAt: row.createdAt.toISOString() };
}

export async function listSupervisors(ctx: Ctx, query: SupervisorListQuery) {
  const limit = query.limit ?? 50;
  const filters = { ...query, expiry: expiryRange(query.certificate, query.withinDays) };
  const { rows, sortField } = await repo.listSupervisors(ctx.db, filters, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => (sortField === 'certificateExpiry' ? expirySortValue(r.certificateExpiry) : r[sortField]));
  return { items: page.items.map(toSupervisor), nextCursor: page.nextCursor };
}

export async function getSupervisor(ctx: Ctx, id: string) {
  const row = await repo.findSupervisor(ctx.db, id);
  if (!row) throw notFound('supervisor');
  return row;
}

/** The employer must be one of the network's; a mediator serving as supervisor must be one the caller sees. */
async function linkProblems(ctx: Ctx, input: { employerId?: string | null; mediatorId?: string | null }): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (input.employerId && !(await repo.employerExists(ctx.db, input.employerId))) problems.push({ path: 'employerId', rule: 'people.employer_unknown' });
  if (input.mediatorId && !(await findMediator(ctx.db, input.mediatorId))) problems.push({ path: 'mediatorId', rule: 'people.mediator_unknown' });
  return problems;
}

export async function createSupervisor(ctx: Ctx, input: SupervisorCreate) {
  const officeId = input.officeId ?? ctx.actor.officeId;
  const problems: FieldProblem[] = [];
  if (!(await officeInSubtree(ctx, officeId))) problems.push({ path: 'officeId', rule: 'scope.office_outside' });
  problems.push(...(await linkProblems(ctx, input)));
  if (problems.length) throw ruleViolated(problems);
  const row = await repo.insertSupervisor(ctx.db, { ...input, officeId, name: input.name.trim() });
  await recordAudit(ctx, { action: 'supervisor.create', entity: 'supervisor', entityId: row.id, officeId, after: toSupervisor(row) });
  return row;
}

export async function updateSupervisor(ctx: Ctx, id: string, input: SupervisorUpdate, expectedVersion: number) {
  const current = await getSupervisor(ctx, id);
  expectVersion(current.version, expectedVersion);
  const problems = await linkProblems(ctx, input);
  if (problems.length) throw ruleViolated(problems);
  const updated = await repo.updateSupervisor(ctx.db, id, expectedVersion, { ...input, ...(input.name !== undefined && { name: input.name.trim() }) });
  if (!updated) throw new AppError('version_conflict');
  await recordAudit(ctx, {
    action: 'supervisor.update',
    entity: 'supervisor',
    entityId: id,
    officeId: current.officeId,
    before: toSupervisor(current),
    after: toSupervisor(updated),
  });
  return updated;
}
