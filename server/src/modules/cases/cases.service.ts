import { randomUUID } from 'node:crypto';
import type { SQLWrapper } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import {
  allowedCaseEvents,
  arbitrationIntakeAllowed,
  caseRoutes,
  caseTransition,
  chinaDate,
  checkRoute,
  clockRules,
  clockRunningStatuses,
  idNumberProblem,
  isCollective,
  maskIdNumber,
  mayAcknowledgeMajorReport,
  needsMajorReport,
  openCaseStatuses,
  openLegalAidStatuses,
  routeReasons,
  sourcedChannels,
  type Case,
  type CaseCreate,
  type CaseEventBody,
  type CaseListQuery,
  type CaseSide,
  type RouteReason,
} from '@union/shared';
import { networkOf, type Db } from '../../db/client.js';
import { auditInsert, recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { registerSweep } from '../../scheduler.js';
import { deadlineFor } from '../clocks/clocks.service.js';
import { getEmployer } from '../employers/employers.service.js';
import { getMediationOrg, listMediationOrgs, ownMediationOrgId } from '../mediation-orgs/mediation-orgs.service.js';
import { markRecordRead, notify } from '../notifications/notifications.repo.js';
import { findNetworkOfficeByKind, findOffice } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as legalAidRepo from '../legal-aid/legal-aid.repo.js';
import { webhookEventInsert } from '../webhooks/webhooks.service.js';
import * as repo from './cases.repo.js';

const district = (regionCode: string) => regionCode.slice(0, 6);
const yuan = (amounts: string[]) => (amounts.reduce((sum, a) => sum + Math.round(Number(a) * 100), 0) / 100).toFixed(2);

const inSubtree = async (ctx: Ctx, officeId: string | null) => !!(await officeInSubtree(ctx, officeId));

/** The caller's sides on a case: handling it, or receiving a transfer that waits on it. */
function sidesOf(ctx: Ctx, row: repo.CaseRow): CaseSide[] {
  const sides: CaseSide[] = [];
  if (!ctx.actor.permissions.has('cases:write')) return sides;
  const within = (path: string | null) => !!path?.startsWith(ctx.actor.officePath);
  if (within(row.officePath) || within(row.handlerOfficePath)) sides.push('handler');
  if (row.pendingTransferOrgId && within(row.pendingTransferOfficePath)) sides.push('receiver');
  return sides;
}

const stateOf = (row: repo.CaseRow) => ({ status: row.status, pendingTransfer: !!row.pendingTransferOrgId, sourced: !!row.sourceBody });

function toCase(row: repo.CaseRow, sides: CaseSide[], showIds: boolean): Case {
  return {
    id: row.id,
    caseNo: row.caseNo,
    externalId: row.externalId,
    channel: row.channel,
    source: row.sourceBody ? { body: row.sourceBody, regionCode: row.sourceRegionCode!, reference: row.sourceReference! } : null,
    status: row.status,
    pendingTransferOrgId: row.pendingTransferOrgId,
    pendingTransferOrgName: row.pendingTransferOrgName,
    officeId: row.officeId,
    handlerOrgId: row.handlerOrgId,
    handlerOrgName: row.handlerOrgName,
    handlerOrgType: row.handlerOrgType,
    employerId: row.employerId,
    employerName: row.employerName,
    workers: row.workers.map((w) => ({ name: w.name, idNumber: w.idNumber && (showIds ? w.idNumber : maskIdNumber(w.idNumber)), phone: w.phone, household: w.household })),
    workerCount: row.workerCount,
    claims: row.claims,
    amountClaimed: row.amountClaimed,
    description: row.description,
    collective: row.collective,
    massIncident: row.massIncident,
    major: row.major,
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    overdue: row.clock === 'overdue',
    clock: row.clock,
    closedAt: row.closedAt?.toISOString() ?? null,
    outcome: row.outcome,
    linkedCaseId: row.linkedCaseId,
    access: sides.includes('handler') ? 'handler' : sides.includes('receiver') || row.pendingTransferOrgId ? 'receiver' : 'sender',
    allowedEvents: allowedCaseEvents(stateOf(row), sides),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getCase(ctx: Ctx, id: string) {
  const row = await repo.findCase(ctx.db, id);
  if (!row) throw notFound('case');
  return row;
}

/** The case as the caller may see it: full ID numbers only for roles that need them, and every such view audited. */
export async function viewCase(ctx: Ctx, id: string): Promise<Case> {
  const row = await getCase(ctx, id);
  const showIds = ctx.actor.permissions.has('idnumbers:read');
  if (showIds && row.workers.some((w) => w.idNumber)) {
    await recordAudit(ctx, { action: 'case.view_id_numbers', entity: 'case', entityId: id, officeId: row.officeId });
  }
  return toCase(row, sidesOf(ctx, row), showIds);
}

export async function listCases(ctx: Ctx, query: CaseListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listCases(ctx.db, { ...query, pendingForPath: query.awaitingMyAcceptance ? ctx.actor.officePath : undefined }, limit);
  const page = toPage(rows, limit, (r) => r[sortField]);
  const items = page.items.map((r) => toCase(r, sidesOf(ctx, r), false));
  return { items, nextCursor: page.nextCursor };
}

/** The organization that handles a new case: named, or the one the caller's office is (or its street's room). */
async function handlerFor(ctx: Ctx, input: CaseCreate, office: { kind: string; regionCode: string }) {
  const streetRoom = office.kind === 'street_service_station' ? office.regionCode : null;
  const orgId = input.handlerOrgId ?? (await ownMediationOrgId(ctx, streetRoom));
  if (!orgId) throw ruleViolated([{ path: 'handlerOrgId', rule: 'case.handler_required' }]);
  const org = await getMediationOrg(ctx, orgId).catch(() => null);
  const stationOfItsStreet = streetRoom !== null && org?.type === 'street_room' && org.regionCode === streetRoom;
  if (!org || org.status !== 'filed' || !((await inSubtree(ctx, org.officeId)) || stationOfItsStreet)) {
    throw ruleViolated([{ path: 'handlerOrgId', rule: 'case.handler_outside' }]);
  }
  return org;
}

export async function createCase(ctx: Ctx, input: CaseCreate, now = new Date()) {
  const problems: FieldProblem[] = [];
  input.workers.forEach((w, i) => {
    const problem = w.idNumber ? idNumberProblem(w.idNumber) : null;
    if (problem) problems.push({ path: `workers.${i}.idNumber`, rule: problem });
  });
  const sourced = sourcedChannels.includes(input.channel);
  if (sourced && !input.source) problems.push({ path: 'source', rule: 'case.source_required' });
  if (problems.length) throw ruleViolated(problems);
  const employer = await getEmployer(ctx, input.employerId).catch(() => null);
  if (!employer) throw ruleViolated([{ path: 'employerId', rule: 'people.employer_unknown' }]);
  // the intake office: it numbers the case, and a station hands cases to its street's room
  const office = (await findOffice(ctx.db, ctx.actor.officeId))!;
  const handler = await handlerFor(ctx, input, office);
  if (input.channel === 'arbitration_transfer' && !arbitrationIntakeAllowed({ type: handler.type, district: district(handler.regionCode) }, input.source!.regionCode)) {
    throw ruleViolated([{ path: 'handlerOrgId', rule: 'case.arbitration_handler' }]);
  }

  const networkId = networkOf(ctx.actor.officePath);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  const year = Number(chinaDate(receivedAt).slice(0, 4));
  const seq = await repo.nextCaseSeq(ctx.db, office.id, year);
  const collective = isCollective(input.workers.length);
  const flags = { collective, massIncident: input.massIncident ?? false, major: input.major ?? false };
  const id = randomUUID();
  // a station that takes a case in for its street's room stays responsible for it; the room works on it
  const responsible = (await inSubtree(ctx, handler.officeId)) ? handler.officeId : ctx.actor.officeId;
  await repo.insertCase(ctx.db, {
    id,
    caseNo: `${year}-${office.regionCode}-${office.id.slice(0, 4).toUpperCase()}-${String(seq).padStart(5, '0')}`,
    externalId: input.externalId ?? null,
    channel: input.channel,
    sourceBody: input.source?.body ?? null,
    sourceRegionCode: input.source?.regionCode ?? null,
    sourceReference: input.source?.reference ?? null,
    status: 'received',
    officeId: responsible,
    handlerOrgId: handler.id,
    employerId: employer.id,
    workerCount: input.workers.length,
    claims: input.claims,
    amountClaimed: yuan(input.claims.map((c) => c.amount)),
    description: input.description,
    ...flags,
    receivedAt,
    dueAt: await deadlineFor(ctx.db, networkId, 'case.mediation', receivedAt),
    linkedCaseId: input.linkedCaseId ?? null,
    networkId,
  });
  if (responsible !== handler.officeId) await repo.grantAccess(ctx.db, id, handler.officeId, 'handler');
  await repo.insertWorkers(
    ctx.db,
    input.workers.map((w, position) => ({ caseId: id, position, name: w.name.trim(), idNumber: w.idNumber?.toUpperCase() ?? null, phone: w.phone ?? null, household: w.household ?? null })),
  );
  await repo.eventInsert(ctx.db, { caseId: id, type: 'receive', fromStatus: null, toStatus: 'received', note: input.channel, actorId: ctx.actor.id, actorName: ctx.actor.displayName, actorOfficeId: ctx.actor.officeId });
  if (needsMajorReport(flags)) await reportMajorCase(ctx, id, networkId, flags, now);
  const row = (await repo.findCase(ctx.db, id))!;
  await recordAudit(ctx, { action: 'case.create', entity: 'case', entityId: id, officeId: row.officeId, after: { caseNo: row.caseNo, channel: row.channel, workerCount: row.workerCount, ...flags } });
  return toCase(row, sidesOf(ctx, row), ctx.actor.permissions.has('idnumbers:read'));
}

/** 快速报送: at once, to the city legal service center, which must acknowledge within the city's time. */
async function reportMajorCase(ctx: Ctx, caseId: string, networkId: string, flags: { collective: boolean; massIncident: boolean; major: boolean }, now: Date) {
  const center = await findNetworkOfficeByKind(ctx.db, 'city_legal_service_center', null);
  if (!center) throw ruleViolated([{ path: 'major', rule: 'case.no_city_center' }]);
  const reasons = (['collective', 'massIncident', 'major'] as const).filter((k) => flags[k]).map((k) => (k === 'massIncident' ? 'mass_incident' : k));
  await repo.insertMajorReport(ctx.db, { caseId, officeId: center.id, reasons, reportedAt: now, acknowledgeBy: await deadlineFor(ctx.db, networkId, 'major_report.acknowledge', now) });
  // the center reads the case it was told of
  await repo.grantAccess(ctx.db, caseId, center.id, 'report');
  const row = await repo.findCase(ctx.db, caseId);
  await notify(ctx.db, { officeId: center.id, kind: 'major_report', entity: 'case', entityId: caseId, title: row!.caseNo, networkId });
}

/** The organizations a transfer of this case may go to, by the route table. */
export async function transferTargets(ctx: Ctx, id: string) {
  const row = await getCase(ctx, id);
  const routes = caseRoutes[row.handlerOrgType] ?? [];
  const targets = [];
  for (const route of routes) {
    const wanted = route.district === 'employer' ? district(row.employerRegionCode) : route.district === 'handler' ? district(row.handlerRegionCode) : undefined;
    const orgs = await listMediationOrgs(ctx, { type: route.type, status: 'filed', regionCode: wanted, limit: 500 });
    for (const o of orgs.items) {
      if (o.id !== row.handlerOrgId) targets.push({ orgId: o.id, name: o.name, type: o.type, regionCode: o.regionCode, reasons: [...route.reasons] });
    }
  }
  return targets;
}

/**
 * Moves a case along the shared state machine and route table: only by an event, only by the
 * side the event belongs to, and only from the version read (If-Match, or the row's own).
 */
export async function appendCaseEvent(ctx: Ctx, id: string, body: CaseEventBody, expectedVersion: number | null, now = new Date()) {
  const row = await getCase(ctx, id);
  if (expectedVersion !== null) expectVersion(row.version, expectedVersion);
  const sides = sidesOf(ctx, row);
  const state = stateOf(row);
  const transition = caseTransition(state, body.type);
  if (!transition) throw new AppError('transition_not_allowed', { detail: `${body.type} is not allowed while ${row.status}`, allowed: allowedCaseEvents(state, sides) });
  if (!sides.includes(transition.by)) throw new AppError('forbidden', { rule: transition.by === 'receiver' ? 'case.not_receiver' : 'case.not_handler' });
  const reason = body.reason?.trim() || null;
  if (transition.reasonRequired && !reason) throw ruleViolated([{ path: 'reason', rule: 'case.reason_required' }]);

  const change: Parameters<typeof repo.updateCase>[3] = {};
  /** Access changes wait for the update: the receiver may see the case only through its access row. */
  const afterUpdate: (() => Promise<void>)[] = [];
  let toOrgId: string | null = null;
  /** The office a transfer request waits on: it hears of the transfer too. */
  let receiverOfficeId: string | null = null;
  if (body.type === 'transfer_request') {
    if (!body.toOrgId) throw ruleViolated([{ path: 'toOrgId', rule: 'case.target_required' }]);
    if (!routeReasons.includes(reason as RouteReason)) throw ruleViolated([{ path: 'reason', rule: 'case.route_reason', params: { reasons: routeReasons.join(', ') } }]);
    const target = await getMediationOrg(ctx, body.toOrgId).catch(() => null);
    const route = target && target.status === 'filed'
      ? checkRoute({ type: row.handlerOrgType, district: district(row.handlerRegionCode) }, district(row.employerRegionCode), { type: target.type, district: district(target.regionCode) }, reason as RouteReason)
      : { ok: false as const };
    if (!route.ok) {
      const allowed = await transferTargets(ctx, id);
      throw new AppError('route_not_allowed', {
        detail: allowed.length ? `allowed: ${allowed.map((t) => `${t.name} (${t.reasons.join('/')})`).join('; ')}` : 'this organization has no transfer route',
        allowed: allowed.map((t) => t.orgId),
      });
    }
    toOrgId = target!.id;
    receiverOfficeId = target!.officeId;
    change.pendingTransferOrgId = target!.id;
    await repo.grantAccess(ctx.db, id, target!.officeId, 'receiver');
    await notify(ctx.db, { officeId: target!.officeId, kind: 'transfer_waiting', entity: 'case', entityId: id, title: row.caseNo, networkId: row.networkId });
  } else if (body.type === 'transfer_accept') {
    const target = await getMediationOrg(ctx, row.pendingTransferOrgId!);
    toOrgId = target.id;
    Object.assign(change, {
      pendingTransferOrgId: null,
      handlerOrgId: target.id,
      officeId: target.officeId,
      // the receiving organization's own 15 days start when it takes the case
      dueAt: await deadlineFor(ctx.db, row.networkId, 'case.mediation', now),
      clock: 'running' as const,
    });
    afterUpdate.push(
      () => repo.revokeAccess(ctx.db, id, ['receiver', 'handler']),
      async () => {
        for (const sender of new Set([row.officeId, row.handlerOfficeId])) await repo.grantAccess(ctx.db, id, sender, 'sender');
      },
    );
  } else if (body.type === 'transfer_decline') {
    change.pendingTransferOrgId = null;
    afterUpdate.push(() => repo.revokeAccess(ctx.db, id, ['receiver']));
    await notify(ctx.db, { officeId: row.officeId, kind: 'transfer_declined', entity: 'case', entityId: id, title: row.caseNo, networkId: row.networkId });
  }
  const to = transition.to ?? row.status;
  if (to !== row.status) change.status = to;
  if (!clockRunningStatuses.includes(to)) change.clock = 'stopped';
  if (to === 'closed' || to === 'rejected' || to === 'withdrawn') change.closedAt = now;
  if (body.type === 'return_to_source') change.outcome = 'returned_to_source';
  if (body.type === 'settle' || body.type === 'fail') change.outcome = body.type === 'settle' ? 'settled' : 'failed';

  // the timeline entry, the audit entry and the outbox's webhook event go with the update, in one statement
  const writes: SQLWrapper[] = [
    repo.eventInsert(ctx.db, { caseId: id, type: body.type, fromStatus: row.status, toStatus: to, reason, note: body.note ?? null, toOrgId, actorId: ctx.actor.id, actorName: ctx.actor.displayName, actorOfficeId: ctx.actor.officeId }),
    auditInsert(ctx, { action: `case.${body.type}`, entity: 'case', entityId: id, officeId: row.officeId, before: { status: row.status, handlerOrgId: row.handlerOrgId }, after: { status: to, ...change } }),
  ];
  if (body.type === 'transfer_request' || body.type === 'transfer_accept') {
    const step = body.type === 'transfer_request' ? 'requested' : 'accepted';
    writes.push(webhookEventInsert(ctx, 'case.transferred', { caseId: id, caseNo: row.caseNo, step, fromOrgId: row.handlerOrgId, toOrgId: toOrgId! }, [row.officeId, change.officeId ?? row.officeId, ...(receiverOfficeId ? [receiverOfficeId] : [])]));
  }
  if (body.type === 'settle') writes.push(webhookEventInsert(ctx, 'case.settled', { caseId: id, caseNo: row.caseNo, officeId: row.officeId }, [row.officeId]));
  const written = await repo.updateCase(ctx.db, id, row.version, change, writes);
  // the writes beside it went in too: the transaction takes them back with the refusal
  if (!written) throw new AppError('version_conflict');
  // The answer is the row read plus what the update wrote. The organizations' names and paths come
  // with the row: they are read again only when the event moves the case between organizations,
  // and before a decline takes the receiver's view of the case away.
  const movesOrg = change.pendingTransferOrgId !== undefined || change.handlerOrgId !== undefined;
  const updated = movesOrg ? (await repo.findCase(ctx.db, id))! : { ...row, ...written };
  for (const step of afterUpdate) await step();
  return toCase(updated, sidesOf(ctx, updated), false);
}

export async function caseTimeline(ctx: Ctx, id: string) {
  const events = await repo.eventsOf(ctx.db, id);
  if (!events) throw notFound('case');
  return events.map((e) => ({ ...e, actor: e.actorName, at: e.at.toISOString() }));
}

/** Same pinyin without tones: 张伟 and 章玮 sound alike. */
const soundsAlike = (a: string, b: string) => pinyin(a.trim(), { toneType: 'none' }) === pinyin(b.trim(), { toneType: 'none' });

/** Open cases against the same employer with the same worker: same ID number, or a name that sounds alike and the same phone. */
export async function findDuplicates(ctx: Ctx, q: { employerId: string; idNumber?: string[]; name?: string; phone?: string }) {
  const ids = (q.idNumber ?? []).map((i) => i.toUpperCase());
  const rows = ctx.actor.permissions.has('cases:read') ? await repo.duplicateCandidates(ctx.db, q.employerId, ids, q.phone ?? null, openCaseStatuses) : [];
  // domain.md §5: open legal-aid applications of the same worker count too
  const applications = ctx.actor.permissions.has('legal_aid:read')
    ? await legalAidRepo.duplicateCandidates(ctx.db, q.employerId, ids, q.phone ?? null, openLegalAidStatuses)
    : [];
  const seen = new Set<string>();
  const candidates = [
    ...rows.map((r) => ({ ...r, kind: 'case' as const, number: r.caseNo })),
    ...applications.map((r) => ({ ...r, kind: 'legal_aid' as const, number: r.applicationNo })),
  ];
  return candidates.flatMap((r) => {
    const byId = !!r.idNumber && ids.includes(r.idNumber);
    const byNamePhone = !!q.phone && r.phone === q.phone && !!q.name && soundsAlike(q.name, r.name);
    if ((!byId && !byNamePhone) || seen.has(r.id)) return [];
    seen.add(r.id);
    return [{ kind: r.kind, id: r.id, number: r.number, status: r.status, workerName: r.name, matchedOn: byId ? ('id_number' as const) : ('name_and_phone' as const), receivedAt: r.receivedAt.toISOString() }];
  });
}

export async function listMajorReports(ctx: Ctx, q: { acknowledged?: boolean; alarm?: boolean; cursor?: string; limit?: number }) {
  const limit = q.limit ?? 50;
  const page = toPage(await repo.listMajorReports(ctx.db, q, limit), limit, (r) => r.reportedAt);
  return {
    items: page.items.map((r) => ({
      ...r,
      reasons: r.reasons as ('collective' | 'mass_incident' | 'major')[],
      reportedAt: r.reportedAt.toISOString(),
      acknowledgeBy: r.acknowledgeBy.toISOString(),
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    })),
    nextCursor: page.nextCursor,
  };
}

export async function acknowledgeMajorReport(ctx: Ctx, id: string) {
  if (!mayAcknowledgeMajorReport(ctx.actor.officeKind, ctx.actor.roles)) throw new AppError('forbidden');
  const report = await repo.acknowledgeMajorReport(ctx.db, id, ctx.actor.id);
  if (!report) throw notFound('unacknowledged major report');
  // the report's notices (and its alarm's) in the center's inbox are done with for whoever signed
  await markRecordRead(ctx.db, ctx.actor.id, report.officeId, report.caseId, ['major_report', 'major_report_alarm']);
  await recordAudit(ctx, { action: 'major_report.acknowledge', entity: 'major_report', entityId: id, officeId: ctx.actor.officeId });
}

registerSweep('case_clocks', async (db: Db, now: Date) => repo.sweepCaseClocks(db, now, clockRules['case.mediation'].dueSoonHours));
registerSweep('major_report_alarms', async (db: Db, now: Date) => ({ alarms: await repo.sweepMajorReportAlarms(db, now) }));
