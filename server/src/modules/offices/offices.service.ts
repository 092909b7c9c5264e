import { randomUUID } from 'node:crypto';
import {
  checkOfficePlacement,
  labelIn,
  officeKindRules,
  officeTierLabels,
  type Office,
  type OfficeCreate,
  type OfficeListQuery,
  type OfficeTreeNode,
  type OfficeUpdate,
} from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { regions } from '../regions/regions.repo.js';
import { forgetAll } from '../auth/session-cache.js';
import * as repo from './offices.repo.js';

export function toOffice(row: repo.OfficeRow): Office {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    tier: row.tier,
    parentId: row.parentId,
    regionCode: row.regionCode,
    regionName: regions().fullName(row.regionCode),
    address: row.address,
    phone: row.phone,
    childCount: row.childCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listOffices(ctx: Ctx, query: OfficeListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listOffices(ctx.db, { ...query, pathPrefix: ctx.actor.officePath }, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map(toOffice), nextCursor: page.nextCursor };
}

/** The caller's subtree, nested. */
export async function officeTree(ctx: Ctx): Promise<{ items: OfficeTreeNode[] }> {
  const rows = await repo.subtree(ctx.db, ctx.actor.officePath);
  const nodes = new Map<string, OfficeTreeNode>();
  const roots: OfficeTreeNode[] = [];
  for (const row of rows) {
    // rows come in path order: a parent always before its children
    const node: OfficeTreeNode = { ...toOffice(row), children: [] };
    nodes.set(row.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { items: roots };
}

export async function getOffice(ctx: Ctx, id: string) {
  const row = await repo.findOffice(ctx.db, id);
  if (!row) throw notFound('office');
  return row;
}

/** An office inside the caller's subtree (not merely visible above it, as its ancestors are), or null. */
export async function officeInSubtree(ctx: Ctx, officeId: string | null | undefined) {
  if (!officeId) return null;
  const office = await repo.findOffice(ctx.db, officeId);
  return office?.path.startsWith(ctx.actor.officePath) ? office : null;
}

/** A parent the caller may build under. */
async function writableParent(ctx: Ctx, parentId: string) {
  const parent = await officeInSubtree(ctx, parentId);
  if (!parent) throw ruleViolated([{ path: 'parentId', rule: 'scope.office_outside' }]);
  return parent;
}

/** The shared placement rules, plus the one the shared package cannot check: the code exists. */
function placementProblems(ctx: Ctx, office: { kind: Office['kind']; regionCode: string }, parent: repo.OfficeRow | null): FieldProblem[] {
  const lang = ctx.language;
  const problems: FieldProblem[] = [];
  if (!regions().get(office.regionCode)) {
    problems.push({ path: 'regionCode', rule: 'office.region_unknown', params: { code: office.regionCode } });
  }
  for (const p of checkOfficePlacement(office, parent)) {
    switch (p.rule) {
      case 'office.root_kind':
        problems.push({ path: 'parentId', rule: p.rule });
        break;
      case 'office.parent_kind':
        problems.push({
          path: 'parentId',
          rule: p.rule,
          params: { kind: labelIn(officeKindRules[p.kind].label, lang), parentKind: labelIn(officeKindRules[p.parentKind].label, lang) },
        });
        break;
      case 'office.region_tier':
        problems.push({ path: 'regionCode', rule: p.rule, params: { tier: labelIn(officeTierLabels[p.tier], lang), digits: p.digits } });
        break;
      case 'office.region_outside_parent':
        problems.push({ path: 'regionCode', rule: p.rule, params: p });
        break;
    }
  }
  return problems;
}

export async function createOffice(ctx: Ctx, input: OfficeCreate) {
  const parent = await writableParent(ctx, input.parentId);
  const problems = placementProblems(ctx, input, parent);
  if (problems.length) throw ruleViolated(problems);
  const id = randomUUID();
  const row = await repo.insertOffice(ctx.db, {
    id,
    parentId: parent.id,
    name: input.name.trim(),
    kind: input.kind,
    tier: officeKindRules[input.kind].tier,
    regionCode: input.regionCode,
    address: input.address ?? null,
    phone: input.phone ?? null,
    path: `${parent.path}${id}/`,
  });
  await recordAudit(ctx, { action: 'office.create', entity: 'office', entityId: id, officeId: id, after: toOffice(row) });
  return row;
}

export async function updateOffice(ctx: Ctx, id: string, input: OfficeUpdate, expectedVersion: number) {
  const current = await getOffice(ctx, id);
  if (!current.path.startsWith(ctx.actor.officePath)) throw notFound('office');
  expectVersion(current.version, expectedVersion);

  const moving = input.parentId !== undefined && input.parentId !== current.parentId;
  let parent = current.parentId ? await repo.findOffice(ctx.db, current.parentId) : null;
  if (moving) {
    if (current.id === ctx.actor.officeId) throw ruleViolated([{ path: 'parentId', rule: 'scope.office_outside' }]);
    parent = await writableParent(ctx, input.parentId!);
    if (parent.path.startsWith(current.path)) throw ruleViolated([{ path: 'parentId', rule: 'office.cycle' }]);
  }
  const next = { kind: current.kind, regionCode: input.regionCode ?? current.regionCode };
  if (moving || input.regionCode !== undefined) {
    const problems = placementProblems(ctx, next, parent);
    if (problems.length) throw ruleViolated(problems);
  }
  const path = moving ? `${parent!.path}${id}/` : current.path;
  const updated = await repo.updateOffice(ctx.db, id, expectedVersion, {
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.regionCode !== undefined && { regionCode: input.regionCode }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(moving && { parentId: parent!.id, path }),
  });
  if (!updated) throw new AppError('version_conflict');
  if (moving) await repo.movePaths(ctx.db, current.path, path);
  // a signed-in caller carries its office's name and path (its scope): none is reused from before
  forgetAll();
  await recordAudit(ctx, { action: 'office.update', entity: 'office', entityId: id, officeId: id, before: toOffice(current), after: toOffice(updated) });
  return updated;
}
