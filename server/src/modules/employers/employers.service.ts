import {
  checkEmployerUnion,
  creditCodeProblem,
  regionWithin,
  type Employer,
  type EmployerCreate,
  type EmployerListQuery,
  type EmployerUpdate,
} from '@union/shared';
import { networkOf } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { findNetworkOffice, type NetworkOffice } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import { regions } from '../regions/regions.repo.js';
import * as repo from './employers.repo.js';

export function toEmployer(row: repo.EmployerRow): Employer {
  const { networkId, ...rest } = row;
  void networkId;
  return { ...rest, regionName: regions().fullName(row.regionCode), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export async function listEmployers(ctx: Ctx, query: EmployerListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listEmployers(ctx.db, query, limit);
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map(toEmployer), nextCursor: page.nextCursor };
}

export async function getEmployer(ctx: Ctx, id: string) {
  const row = await repo.findEmployer(ctx.db, id);
  if (!row) throw notFound('employer');
  return row;
}

type EmployerFields = Pick<EmployerCreate, 'creditCode' | 'regionCode' | 'unionized'> & { unionOfficeId: string | null; groupId: string | null };

/** How the rules find the offices a record names; an import hands in a cached one. */
export type OfficeLookup = (id: string) => Promise<NetworkOffice | null>;
export const officeLookup = (ctx: Ctx): OfficeLookup => (id) => findNetworkOffice(ctx.db, id);

/**
 * The rules of domain.md §2 over the record as it would be after the write, except the credit
 * code being free (a single write asks the database, an import looks a batch up at once).
 */
export async function employerRuleProblems(ctx: Ctx, e: EmployerFields, office: OfficeLookup): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const code = creditCodeProblem(e.creditCode);
  if (code) problems.push({ path: 'creditCode', rule: code });
  const street = regions().get(e.regionCode);
  const network = await office(networkOf(ctx.actor.officePath));
  if (!street || street.level !== 'street') problems.push({ path: 'regionCode', rule: 'office.region_unknown', params: { code: e.regionCode } });
  else if (network && !regionWithin(e.regionCode, network.regionCode)) problems.push({ path: 'regionCode', rule: 'employer.region_outside_network' });
  const union = e.unionOfficeId ? await office(e.unionOfficeId) : null;
  const group = e.groupId ? await office(e.groupId) : null;
  if (e.unionOfficeId && !union) problems.push({ path: 'unionOfficeId', rule: 'scope.office_outside' });
  if (e.groupId && !group) problems.push({ path: 'groupId', rule: 'scope.office_outside' });
  for (const p of checkEmployerUnion({ unionized: e.unionized, unionOfficeKind: union?.kind ?? null, groupKind: group?.kind ?? null })) {
    if (!problems.some((q) => q.path === p.path)) problems.push(p);
  }
  return problems;
}

export const creditCodeTaken = (code: string) =>
  new AppError('duplicate', { errors: [{ path: 'creditCode', rule: 'employer.credit_code_taken', params: { code } }] });

async function employerProblems(ctx: Ctx, e: EmployerFields, selfId: string | null): Promise<FieldProblem[]> {
  const problems = await employerRuleProblems(ctx, e, officeLookup(ctx));
  if (!problems.some((p) => p.path === 'creditCode')) {
    const taken = await repo.findByCreditCode(ctx.db, e.creditCode);
    if (taken && taken.id !== selfId) throw creditCodeTaken(e.creditCode);
  }
  return problems;
}

/** A new employer's fields as stored, and who keeps it: the caller's office unless it names one of its subtree. */
export function newEmployerValues(ctx: Ctx, input: EmployerCreate) {
  return {
    externalId: input.externalId ?? null,
    name: input.name.trim(),
    creditCode: input.creditCode,
    regionCode: input.regionCode,
    industry: input.industry.trim(),
    employeeCount: input.employeeCount,
    unionized: input.unionized,
    unionOfficeId: input.unionOfficeId ?? null,
    groupId: input.groupId ?? null,
    officeId: input.officeId ?? ctx.actor.officeId,
    networkId: networkOf(ctx.actor.officePath),
  };
}

export async function createEmployer(ctx: Ctx, input: EmployerCreate) {
  const values = newEmployerValues(ctx, input);
  const problems: FieldProblem[] = [];
  if (!(await officeInSubtree(ctx, values.officeId))) problems.push({ path: 'officeId', rule: 'scope.office_outside' });
  problems.push(...(await employerProblems(ctx, values, null)));
  if (problems.length) throw ruleViolated(problems);
  const row = await repo.insertEmployer(ctx.db, values);
  await recordAudit(ctx, { action: 'employer.create', entity: 'employer', entityId: row.id, officeId: values.officeId, after: toEmployer(row) });
  return row;
}

export async function updateEmployer(ctx: Ctx, id: string, input: EmployerUpdate, expectedVersion: number) {
  const current = await getEmployer(ctx, id);
  // readable across the network, but only the keeping office's subtree changes it
  if (!(await officeInSubtree(ctx, current.officeId))) throw new AppError('forbidden', { errors: [{ path: 'officeId', rule: 'scope.office_outside' }] });
  expectVersion(current.version, expectedVersion);
  const next = {
    creditCode: input.creditCode ?? current.creditCode,
    regionCode: input.regionCode ?? current.regionCode,
    unionized: input.unionized ?? current.unionized,
    unionOfficeId: input.unionOfficeId !== undefined ? input.unionOfficeId : current.unionOfficeId,
    groupId: input.groupId !== undefined ? input.groupId : current.groupId,
  };
  const problems = await employerProblems(ctx, next, id);
  if (problems.length) throw ruleViolated(problems);
  const updated = await repo.updateEmployer(ctx.db, id, expectedVersion, {
    ...next,
    ...(input.externalId !== undefined && { externalId: input.externalId }),
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.industry !== undefined && { industry: input.industry.trim() }),
    ...(input.employeeCount !== undefined && { employeeCount: input.employeeCount }),
  });
  if (!updated) throw new AppError('version_conflict');
  await recordAudit(ctx, { action: 'employer.update', entity: 'employer', entityId: id, officeId: current.officeId, before: toEmployer(current), after: toEmployer(updated) });
  return updated;
}
