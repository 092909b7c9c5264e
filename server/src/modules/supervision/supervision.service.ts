import { randomUUID } from 'node:crypto';
import { sql, type SQLWrapper } from 'drizzle-orm';
import {
  allowedNoticeEvents,
  chinaDate,
  clockRules,
  clockStanding,
  escalationRefusal,
  labelIn,
  ladderRefusal,
  mayApprovePublication,
  mayDraftNextRung,
  noticeLetter,
  noticeNumber,
  noticeStatusLabels,
  noticeTransition,
  noticeTypeLabels,
  permissionLabels,
  predecessorMismatch,
  type Inspection,
  type InspectionCreate,
  type InspectionListQuery,
  type InspectionUpdate,
  type LadderRefusal,
  type Notice,
  type NoticeCreate,
  type NoticeEventBody,
  type NoticeEventType,
  type NoticeListQuery,
  type NoticeStatus,
  type NoticeType,
  type NoticeUpdate,
  readyToEscalate,
  unresolvedNoticeStatuses,
  type SupervisionStatsQuery,
} from '@union/shared';
import { networkOf, type Db } from '../../db/client.js';
import { auditInsert, recordAudit } from '../../lib/audit.js';
import { now as clockNow } from '../../lib/clock.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { registerSweep } from '../../scheduler.js';
import { deadlineFor } from '../clocks/clocks.service.js';
import { getEmployer } from '../employers/employers.service.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './supervision.repo.js';
import { webhookEventInsert } from '../webhooks/webhooks.service.js';

/** The office a record is made for: the caller's, or one of its subtree. */
async function targetOffice(ctx: Ctx, officeId: string | undefined) {
  const office = await officeInSubtree(ctx, officeId ?? ctx.actor.officeId);
  if (!office) throw ruleViolated([{ path: 'officeId', rule: 'scope.office_outside' }]);
  return office;
}

async function knownEmployer(ctx: Ctx, id: string, rule: 'inspection.employer_unknown' | 'notice.employer_unknown') {
  const employer = await getEmployer(ctx, id).catch(() => null);
  if (!employer) throw ruleViolated([{ path: 'employerId', rule }]);
  return employer;
}

// ---- inspections ----

const toInspection = (r: repo.InspectionRow): Inspection => ({
  id: r.id,
  officeId: r.officeId,
  officeName: r.officeName,
  employerId: r.employerId,
  employerName: r.employerName,
  kind: r.kind,
  inspectedOn: r.inspectedOn,
  inspectors: r.inspectors,
  findings: r.findings,
  note: r.note,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
});

async function checkInspectors(ctx: Ctx, ids: string[]) {
  const found = await repo.supervisorsIn(ctx.db, ids);
  if (found.length !== ids.length) throw ruleViolated([{ path: 'inspectorIds', rule: 'inspection.inspector_unknown' }]);
}

export async function getInspection(ctx: Ctx, id: string) {
  const row = await repo.findInspection(ctx.db, id);
  if (!row) throw notFound('inspection');
  return toInspection(row);
}

export async function listInspections(ctx: Ctx, q: InspectionListQuery) {
  const limit = q.limit ?? 50;
  const page = toPage(await repo.listInspections(ctx.db, q, limit), limit, (r) => r.inspectedOn);
  return { items: page.items.map(toInspection), nextCursor: page.nextCursor };
}

export async function createInspection(ctx: Ctx, input: InspectionCreate) {
  const office = await targetOffice(ctx, input.officeId);
  const employer = await knownEmployer(ctx, input.employerId, 'inspection.employer_unknown');
  await checkInspectors(ctx, input.inspectorIds);
  const id = randomUUID();
  await repo.insertInspection(ctx.db, {
    id,
    officeId: office.id,
    employerId: employer.id,
    kind: input.kind,
    inspectedOn: input.inspectedOn,
    inspectorIds: input.inspectorIds,
    findings: input.findings,
    note: input.note ?? null,
    networkId: networkOf(ctx.actor.officePath),
  });
  const created = await getInspection(ctx, id);
  await recordAudit(ctx, { action: 'inspection.create', entity: 'inspection', entityId: id, officeId: office.id, after: created });
  return created;
}

export async function updateInspection(ctx: Ctx, id: string, input: InspectionUpdate, expectedVersion: number) {
  const before = await getInspection(ctx, id);
  expectVersion(before.version, expectedVersion);
  if (input.inspectorIds) await checkInspectors(ctx, input.inspectorIds);
  if (!(await repo.updateInspection(ctx.db, id, before.version, input))) throw new AppError('version_conflict');
  const after = await getInspection(ctx, id);
  await recordAudit(ctx, { action: 'inspection.update', entity: 'inspection', entityId: id, officeId: before.officeId, before, after });
  return after;
}

// ---- notices ----

/** The last day of a deadline that runs out at the start of the next day, in China. */
const lastDay = (deadlineAt: Date) => chinaDate(new Date(deadlineAt.getTime() - 1));
const iso = (d: Date | null) => d?.toISOString() ?? null;
const unresolved = (r: repo.NoticeRow) => unresolvedNoticeStatuses.includes(r.status);

function toNotice(r: repo.NoticeRow, now: Date): Notice {
  const running = r.type === 'opinion' && unresolved(r) && r.deadlineAt;
  return {
    id: r.id,
    noticeNo: r.noticeNo,
    type: r.type,
    status: r.status,
    officeId: r.officeId,
    officeName: r.officeName,
    employerId: r.employerId,
    employerName: r.employerName,
    inspectionId: r.inspectionId,
    categories: r.categories,
    facts: r.facts,
    legalBasis: r.legalBasis,
    serious: r.serious,
    previousNoticeId: r.previousNoticeId,
    nextNoticeId: r.nextNoticeId,
    issuedAt: iso(r.issuedAt),
    deadlineAt: iso(r.deadlineAt),
    clock: running ? clockStanding(r.deadlineAt!, now, clockRules['notice.opinion_rectification'].dueSoonHours) : 'stopped',
    readyToEscalate: readyToEscalate(r, now),
    mayDraftNextRung: mayDraftNextRung(r, now),
    publishedAt: iso(r.publishedAt),
    closedAt: iso(r.closedAt),
    allowedEvents: allowedNoticeEvents(r.status, r.type),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}

async function findNoticeRow(ctx: Ctx, id: string) {
  const row = await repo.findNotice(ctx.db, id);
  if (!row) throw notFound('notice');
  return row;
}

export async function getNotice(ctx: Ctx, id: string) {
  return toNotice(await findNoticeRow(ctx, id), clockNow());
}

export async function listNotices(ctx: Ctx, q: NoticeListQuery) {
  const limit = q.limit ?? 50;
  const now = clockNow();
  const { rows, sortField } = await repo.listNotices(ctx.db, q, limit, now);
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map((r) => toNotice(r, now)), nextCursor: page.nextCursor };
}

/** A ladder rule's params in the caller's words: rung and status labels, the deadline's last day. */
function worded(ctx: Ctx, params: Record<string, string>) {
  const word = (k: string, v: string) => {
    if ((k === 'type' || k === 'predecessor') && v in noticeTypeLabels) return labelIn(noticeTypeLabels[v as NoticeType], ctx.language);
    if (k === 'status' && v in noticeStatusLabels) return labelIn(noticeStatusLabels[v as NoticeStatus], ctx.language);
    if (k === 'deadline' && v) return lastDay(new Date(v));
    return v;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, word(k, v)]));
}
const refusalProblem = (ctx: Ctx, path: string, r: LadderRefusal): FieldProblem => ({ path, rule: r.rule, params: worded(ctx, r.params) });

/** The links a draft names: its inspection (of the same employer) and its predecessor (the rung below, same employer and breach). */
async function checkLinks(ctx: Ctx, n: { type: Notice['type']; employerId: string; categories: Notice['categories']; serious: boolean; inspectionId: string | null; previousNoticeId: string | null }) {
  if (n.inspectionId) {
    const inspection = await repo.findInspection(ctx.db, n.inspectionId);
    if (!inspection || inspection.employerId !== n.employerId) throw ruleViolated([{ path: 'inspectionId', rule: 'notice.inspection_unknown' }]);
  }
  if (!n.previousNoticeId) return;
  const previous = await repo.findNotice(ctx.db, n.previousNoticeId);
  if (!previous) throw ruleViolated([{ path: 'previousNoticeId', rule: 'notice.predecessor_unknown' }]);
  const mismatch = predecessorMismatch(n, previous);
  if (mismatch) throw ruleViolated([refusalProblem(ctx, 'previousNoticeId', mismatch)]);
}

export async function createNotice(ctx: Ctx, input: NoticeCreate) {
  const office = await targetOffice(ctx, input.officeId);
  const employer = await knownEmployer(ctx, input.employerId, 'notice.employer_unknown');
  const fields = {
    type: input.type,
    employerId: employer.id,
    categories: input.categories,
    serious: input.serious ?? false,
    inspectionId: input.inspectionId ?? null,
    previousNoticeId: input.previousNoticeId ?? null,
  };
  await checkLinks(ctx, fields);
  const id = randomUUID();
  await repo.insertNotice(ctx.db, { id, ...fields, status: 'draft', officeId: office.id, facts: input.facts, legalBasis: input.legalBasis, networkId: networkOf(ctx.actor.officePath) });
  const created = await getNotice(ctx, id);
  await recordAudit(ctx, { action: 'notice.create', entity: 'notice', entityId: id, officeId: office.id, after: created });
  return created;
}

/** Only a draft changes; once issued, what a notice said stays as it was sent. */
export async function updateNotice(ctx: Ctx, id: string, input: NoticeUpdate, expectedVersion: number) {
  const row = await findNoticeRow(ctx, id);
  expectVersion(row.version, expectedVersion);
  if (row.status !== 'draft') throw new AppError('conflict', { rule: 'notice.not_draft' });
  const next = { ...row, ...input, inspectionId: input.inspectionId !== undefined ? input.inspectionId : row.inspectionId, previousNoticeId: input.previousNoticeId !== undefined ? input.previousNoticeId : row.previousNoticeId };
  await checkLinks(ctx, next);
  if (!(await repo.updateNotice(ctx.db, id, row.version, input))) throw new AppError('version_conflict');
  const after = await getNotice(ctx, id);
  await recordAudit(ctx, { action: 'notice.update', entity: 'notice', entityId: id, officeId: row.officeId, before: toNotice(row, clockNow()), after });
  return after;
}

/**
 * The ladder checked when a notice goes out (issue, or approval of a publication): its
 * predecessor in the right state, not already escalated into another notice. Answers the
 * predecessor, which the same write escalates.
 */
async function checkLadder(ctx: Ctx, row: repo.NoticeRow, now: Date) {
  const previous = row.previousNoticeId ? await repo.findNotice(ctx.db, row.previousNoticeId) : null;
  if (row.previousNoticeId && !previous) throw ruleViolated([{ path: 'previousNoticeId', rule: 'notice.predecessor_unknown' }]);
  const refusal = ladderRefusal(row, previous, now);
  if (refusal) throw new AppError(refusal.rule === 'notice.predecessor_state' ? 'conflict' : 'rule_violated', { rule: refusal.rule, params: worded(ctx, refusal.params), errors: [refusalProblem(ctx, 'previousNoticeId', refusal)] });
  if (previous && (await repo.issuedSuccessor(ctx.db, previous.id, row.id))) {
    throw new AppError('conflict', { rule: 'notice.predecessor_taken', errors: [{ path: 'previousNoticeId', rule: 'notice.predecessor_taken' }] });
  }
  return previous;
}

type Change = Parameters<typeof repo.updateNotice>[3];

/**
 * Writes the change at the version read (which locks the row; a stale version is refused), with its
 * timeline entry, its audit entry and `others` (an outbox event) in the same statement.
 */
async function writeEvent(ctx: Ctx, row: repo.NoticeRow, type: NoticeEventType, to: NoticeStatus, change: Change, note: string | null, now: Date, others: SQLWrapper[] = []) {
  const writes = [
    repo.eventInsert(ctx.db, { noticeId: row.id, type, fromStatus: row.status, toStatus: to, note, actorId: ctx.actor.id, actorName: ctx.actor.displayName, actorOfficeId: ctx.actor.officeId, at: now }),
    auditInsert(ctx, { action: `notice.${type}`, entity: 'notice', entityId: row.id, officeId: row.officeId, before: { status: row.status, version: row.version }, after: { status: to, ...change } }),
    ...others,
  ];
  // a refusal throws, and the transaction takes the writes beside it back
  if (!(await repo.updateNotice(ctx.db, row.id, row.version, { ...change, status: to }, writes))) throw new AppError('version_conflict');
}

/**
 * Moves a notice along the shared state machine, by events only. Issuing a rung (or approving a
 * publication) checks the ladder, numbers the document, starts an opinion's rectification clock
 * and escalates the predecessor with the same write.
 */
export async function appendEvent(ctx: Ctx, id: string, body: NoticeEventBody, expectedVersion: number | null) {
  const now = clockNow();
  const row = await findNoticeRow(ctx, id);
  if (expectedVersion !== null) expectVersion(row.version, expectedVersion);
  const to = noticeTransition(row.status, row.type, body.type);
  if (!to) throw new AppError('transition_not_allowed', { detail: `${body.type} is not allowed for a ${row.type} while ${row.status}`, allowed: allowedNoticeEvents(row.status, row.type) });
  const note = body.note?.trim() || null;
  const change: Change = {};
  let previous: repo.NoticeRow | null = null;
  switch (body.type) {
    // approval is how a publication is issued
    case 'approve_publication':
    case 'issue': {
      if (body.type === 'approve_publication') {
        if (!ctx.actor.permissions.has('supervision:approve_publication')) {
          throw new AppError('forbidden', { rule: 'auth.permission_required', params: { permission: labelIn(permissionLabels['supervision:approve_publication'], ctx.language) } });
        }
        if (!mayApprovePublication(ctx.actor.officeTier)) throw new AppError('forbidden', { rule: 'notice.publication_tier' });
        Object.assign(change, { publishedAt: now, approvedByOfficeId: ctx.actor.officeId });
      }
      previous = await checkLadder(ctx, row, now);
      const year = Number(chinaDate(now).slice(0, 4));
      const seq = await repo.nextSeq(ctx.db, row.officeId, year);
      Object.assign(change, { issuedAt: now, noticeNo: noticeNumber(row.officeName, year, seq) });
      if (row.type === 'opinion') change.deadlineAt = await deadlineFor(ctx.db, row.networkId, 'notice.opinion_rectification', now);
      break;
    }
    case 'escalate': {
      const refusal = escalationRefusal(row, now);
      if (refusal) throw new AppError('conflict', { rule: refusal.rule, params: worded(ctx, refusal.params) });
      break;
    }
    case 'respond':
      change.respondedAt = now;
      break;
    case 'rectify':
      change.rectifiedAt = now;
      break;
    case 'close':
      change.closedAt = now;
      break;
  }
  const issued = change.noticeNo ? [webhookEventInsert(ctx, 'notice.issued', { noticeId: row.id, noticeNo: change.noticeNo, officeId: row.officeId, employerId: row.employerId }, [row.officeId])] : [];
  await writeEvent(ctx, row, body.type, to, change, note, now, issued);
  // the rung below failed: it is escalated by the notice that goes out on top of it
  if (previous && previous.status !== 'escalated') {
    await writeEvent(ctx, previous, 'escalate', 'escalated', {}, row.type, now);
  }
  return getNotice(ctx, id);
}

export async function timeline(ctx: Ctx, id: string) {
  await findNoticeRow(ctx, id);
  return (await repo.eventsOf(ctx.db, id)).map((e) => ({ id: e.id, type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, actor: e.actorName, actorId: e.actorId, officeName: e.officeName, at: e.at.toISOString() }));
}

export async function letter(ctx: Ctx, id: string) {
  const row = await findNoticeRow(ctx, id);
  const deadlineDate = row.deadlineAt ? lastDay(row.deadlineAt) : null;
  const issuedDate = row.issuedAt ? chinaDate(row.issuedAt) : null;
  const filled = noticeLetter({ type: row.type, noticeNo: row.noticeNo, employerName: row.employerName, categories: row.categories, facts: row.facts, legalBasis: row.legalBasis, deadlineDate, issuedDate, issuingUnion: row.officeName });
  return { noticeId: row.id, type: row.type, status: row.status, ...filled, employerName: row.employerName, deadlineDate, issuedDate };
}

// ---- public violations and figures ----

/** Runs in a transaction as the scoped role with no scope: only public_violations() answers anything. */
export async function publicViolations(db: Db, limit: number, offset: number) {
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.scope_path', '', true), set_config('role', 'app_scoped', true)`);
    return repo.publicViolations(tx, limit, offset);
  });
  return {
    items: rows.map((r) => ({ employerName: r.employer_name, categories: r.categories as Notice['categories'], publishedOn: chinaDate(new Date(r.published_at)), issuingUnion: r.issuing_union })),
    total: rows[0]?.total ?? 0,
  };
}

const round = (v: string | null, places = 2) => (v === null ? null : Math.round(Number(v) * 10 ** places) / 10 ** places);

function figures(r: repo.SupervisionFiguresRow) {
  const byType = { reminder: r.reminder, opinion: r.opinion, recommendation: r.recommendation, publication: r.publication };
  return {
    inspections: r.inspections,
    byType,
    issued: r.reminder + r.opinion + r.recommendation + r.publication,
    rectified: r.rectified,
    rectificationRate: r.rectifiable ? Math.round((r.rectified / r.rectifiable) * 1000) / 1000 : null,
    averageDaysToRectify: round(r.average_days),
    medianDaysToRectify: round(r.median_days),
    readyToEscalate: r.ready,
  };
}

export async function stats(ctx: Ctx, q: SupervisionStatsQuery) {
  const office = await officeInSubtree(ctx, q.officeId ?? ctx.actor.officeId);
  if (!office) throw notFound('office');
  const rows = await repo.stats(ctx.db, office.path, q.from ? new Date(q.from) : null, q.to ? new Date(q.to) : null, clockNow());
  const [total, ...districts] = rows;
  return {
    officeId: office.id,
    officeName: office.name,
    from: q.from ?? null,
    to: q.to ?? null,
    ...figures(total),
    byDistrict: districts.map((r) => ({ officeId: r.office_id!, officeName: r.office_name!, ...figures(r) })),
  };
}

registerSweep('notices_ready_to_escalate', async (db: Db, now: Date) => repo.sweepReadyToEscalate(db, now));
