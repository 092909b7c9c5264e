import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  allowedLegalAidEvents,
  assignmentRefusal,
  attachmentMaxBytes,
  attachmentMimeTypes,
  chinaDate,
  clockRules,
  hardshipShown,
  idNumberProblem,
  isHardshipExempt,
  legalAidOfficeKinds,
  legalAidTransition,
  maskIdNumber,
  poolServing,
  ruleMessage,
  type AttachmentUpload,
  type SubsidyStatus,
  type LegalAidApplication,
  type LegalAidCreate,
  type LegalAidEventBody,
  mayEditFeeSchedule,
  type LegalAidListQuery,
  type LegalAidSide,
  type OfficeTier,
} from '@union/shared';
import { networkOf, type Db } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated } from '../../lib/errors.js';
import { expectVersion } from '../../lib/versioning.js';
import { isLawyerOnly } from '../../plugins/scope.js';
import { registerSweep } from '../../scheduler.js';
import { deadlineFor } from '../clocks/clocks.service.js';
import { getEmployer } from '../employers/employers.service.js';
import { notify } from '../notifications/notifications.repo.js';
import { findOffice, subtree } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import { webhookEventInsert } from '../webhooks/webhooks.service.js';
import * as repo from './legal-aid.repo.js';

type Row = repo.ApplicationRow;

/** The caller's sides: the office handling it, the office a transfer waits on, the assigned lawyer. */
function sidesOf(ctx: Ctx, row: Row): LegalAidSide[] {
  const sides: LegalAidSide[] = [];
  if (!ctx.actor.permissions.has('legal_aid:write')) return sides;
  // a lawyer acts on their own matters only, never for the office they sit in
  const within = (path: string | null) => !isLawyerOnly(ctx.actor) && !!path?.startsWith(ctx.actor.officePath);
  if (within(row.officePath)) sides.push('office');
  if (row.pendingTransferOfficeId && within(row.pendingTransferOfficePath)) sides.push('receiver');
  if (row.lawyerUserId && row.lawyerUserId === ctx.actor.id) sides.push('lawyer');
  return sides;
}

const stateOf = (row: Row) => ({ status: row.status, pendingTransfer: !!row.pendingTransferOfficeId, rereviewUsed: row.rereviewUsed });

function toApplication(row: Row, sides: LegalAidSide[], showId: boolean): LegalAidApplication {
  return {
    id: row.id,
    applicationNo: row.applicationNo,
    externalId: row.externalId,
    status: row.status,
    officeId: row.officeId,
    officeName: row.officeName,
    pendingTransferOfficeId: row.pendingTransferOfficeId,
    applicant: { name: row.applicantName, idNumber: showId ? row.idNumber : maskIdNumber(row.idNumber), phone: row.phone, household: row.household, hardship: row.hardship },
    employerId: row.employerId,
    employerName: row.employerName,
    matter: row.matter,
    service: row.service,
    amount: row.amount,
    channel: row.channel,
    funding: row.funding,
    description: row.description,
    greenChannel: row.greenChannel,
    hardshipExempt: row.hardshipExempt,
    receivedAt: row.receivedAt.toISOString(),
    decisionDueAt: row.decisionDueAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    assignmentDueAt: row.assignmentDueAt?.toISOString() ?? null,
    clockRule: row.clockRule,
    clock: row.clock,
    lawyerId: row.lawyerId,
    lawyerName: row.lawyerName,
    rereviewUsed: row.rereviewUsed,
    rejectionReason: row.rejectionReason,
    outcome: row.outcome,
    amountRecovered: row.amountRecovered,
    closedAt: row.closedAt?.toISOString() ?? null,
    access: sides.includes('office') ? 'office' : sides.includes('receiver') ? 'receiver' : sides.includes('lawyer') ? 'lawyer' : 'reader',
    allowedEvents: allowedLegalAidEvents(stateOf(row), sides),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getApplication(ctx: Ctx, id: string) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row) throw notFound('legal-aid application');
  return row;
}

/** Full ID numbers only for roles that need them; every such view audited. */
export async function viewApplication(ctx: Ctx, id: string) {
  const row = await getApplication(ctx, id);
  const showId = ctx.actor.permissions.has('idnumbers:read');
  if (showId) await recordAudit(ctx, { action: 'legal_aid.view_id_number', entity: 'legal_aid', entityId: id, officeId: row.officeId });
  return toApplication(row, sidesOf(ctx, row), showId);
}

export async function listApplications(ctx: Ctx, query: LegalAidListQuery) {
  const page = await repo.listApplications(ctx.db, query, query.limit ?? 50);
  const items = page.items.map((r) => toApplication(r, sidesOf(ctx, r), false));
  return { items, nextCursor: page.nextCursor };
}

export async function createApplication(ctx: Ctx, input: LegalAidCreate, now = new Date()) {
  if (isLawyerOnly(ctx.actor)) throw new AppError('forbidden');
  const problem = idNumberProblem(input.applicant.idNumber);
  if (problem) throw ruleViolated([{ path: 'applicant.idNumber', rule: 'legal_aid.id_number', params: { problem: ruleMessage(problem, ctx.language) } }]);
  const employer = await getEmployer(ctx, input.employerId).catch(() => null);
  if (!employer) throw ruleViolated([{ path: 'employerId', rule: 'people.employer_unknown' }]);
  const office = (await findOffice(ctx.db, ctx.actor.officeId))!;
  const networkId = networkOf(ctx.actor.officePath);
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  const year = Number(chinaDate(receivedAt).slice(0, 4));
  const seq = await repo.nextSeq(ctx.db, office.id, year);
  const exempt = isHardshipExempt({ household: input.applicant.household, matter: input.matter });
  const id = randomUUID();
  const decisionDueAt = await deadlineFor(ctx.db, networkId, 'legal_aid.decision', receivedAt);
  await repo.insertApplication(ctx.db, {
    id,
    applicationNo: `FY${year}-${office.regionCode}-${office.id.slice(0, 4).toUpperCase()}-${String(seq).padStart(5, '0')}`,
    externalId: input.externalId ?? null,
    channel: input.channel,
    status: 'submitted',
    officeId: office.id,
    intakeOfficeId: office.id,
    applicantName: input.applicant.name.trim(),
    idNumber: input.applicant.idNumber.toUpperCase(),
    phone: input.applicant.phone ?? null,
    household: input.applicant.household,
    hardship: input.applicant.hardship,
    employerId: employer.id,
    matter: input.matter,
    service: input.service,
    amount: input.amount,
    funding: input.funding,
    description: input.description ?? '',
    hardshipExempt: exempt,
    greenChannel: exempt,
    receivedAt,
    decisionDueAt,
    clockRule: 'legal_aid.decision',
    dueAt: decisionDueAt,
    networkId,
  });
  await repo.insertEvent(ctx.db, { applicationId: id, type: 'submit', fromStatus: null, toStatus: 'submitted', note: input.channel, actorId: ctx.actor.id, actorName: ctx.actor.displayName, actorOfficeId: ctx.actor.officeId });
  const row = (await repo.findApplication(ctx.db, id))!;
  await recordAudit(ctx, { action: 'legal_aid.create', entity: 'legal_aid', entityId: id, officeId: row.officeId, after: { applicationNo: row.applicationNo, channel: row.channel, greenChannel: exempt, matter: row.matter } });
  return toApplication(row, sidesOf(ctx, row), ctx.actor.permissions.has('idnumbers:read'));
}

/** The office a transfer may go to: another office of the network that decides legal aid. */
async function networkOffice(ctx: Ctx, id: string) {
  const { rows } = await ctx.db.execute<{ id: string; name: string; kind: string; tier: OfficeTier }>(sql`select id, name, kind, tier from network_office(${id})`);
  return rows[0] ?? null;
}

/** Pool lawyers with their load, and whether each may take this application (and the rule when not). */
export async function lawyerCandidates(ctx: Ctx, id: string) {
  const row = await getApplication(ctx, id);
  const pool = poolServing(row.officeTier as OfficeTier);
  const all = await repo.lawyersWithLoad(ctx.db);
  return all
    .filter((l) => l.pools.includes(pool))
    .map((l) => {
      const refusal = assignmentRefusal(l, { officeTier: row.officeTier as OfficeTier, employerId: row.employerId });
      return {
        lawyerId: l.id,
        name: l.name,
        firm: l.firm,
        pools: l.pools,
        activeMatters: l.activeMatters,
        maxActiveMatters: l.maxActiveMatters,
        assignable: !refusal,
        refusal,
        refusalMessage: refusal ? ruleMessage(refusal, ctx.language, { pool, max: l.maxActiveMatters }) : null,
      };
    });
}

/**
 * Moves an application along the shared state machine: only by an event, only by the side the
 * event belongs to, only from the version read (If-Match, or the row's own, under a row lock).
 */
export async function appendEvent(ctx: Ctx, id: string, body: LegalAidEventBody, expectedVersion: number | null, now = new Date()) {
  const row = await getApplication(ctx, id);
  if (expectedVersion !== null) expectVersion(row.version, expectedVersion);
  const sides = sidesOf(ctx, row);
  const state = stateOf(row);
  const transition = legalAidTransition(state, body.type);
  if (!transition) {
    const once = body.type === 'request_rereview' && row.status === 'rejected' && row.rereviewUsed;
    throw new AppError('transition_not_allowed', {
      detail: `${body.type} is not allowed while ${row.status}${row.pendingTransferOfficeId ? ' (transfer pending)' : ''}`,
      rule: once ? 'legal_aid.rereview_once' : undefined,
      allowed: allowedLegalAidEvents(state, sides),
    });
  }
  if (!transition.by.some((s) => sides.includes(s))) throw new AppError('forbidden', { rule: transition.by.includes('receiver') ? 'legal_aid.not_receiver' : 'legal_aid.not_office' });
  const reason = body.reason?.trim() || null;
  if (transition.reasonRequired && !reason) throw ruleViolated([{ path: 'reason', rule: 'legal_aid.reason_required' }]);

  const change: Parameters<typeof repo.updateApplication>[3] = {};
  const stopClock = { clock: 'stopped' as const, clockRule: null, dueAt: null };
  const decisionClock = async () => {
    const due = await deadlineFor(ctx.db, row.networkId, 'legal_aid.decision', now);
    return { decisionDueAt: due, dueAt: due, clockRule: 'legal_aid.decision' as const, clock: 'running' as const };
  };
  let subsidy: { amount: string } | null = null;
  switch (body.type) {
    case 'approve': {
      if (!hardshipShown(row)) throw ruleViolated([{ path: 'applicant.hardship', rule: 'legal_aid.hardship_required' }]);
      const due = await deadlineFor(ctx.db, row.networkId, 'legal_aid.assignment', now);
      Object.assign(change, { approvedAt: now, decidedAt: now, assignmentDueAt: due, dueAt: due, clockRule: 'legal_aid.assignment', clock: 'running' });
      break;
    }
    case 'reject':
      Object.assign(change, { decidedAt: now, rejectionReason: reason, ...stopClock });
      break;
    case 'request_materials':
      // Legal Aid Law art. 43: the time the applicant takes to supply materials does not count
      Object.assign(change, stopClock);
      break;
    case 'resubmit':
      Object.assign(change, await decisionClock(), body.hardship ? { hardship: body.hardship } : {});
      break;
    case 'request_rereview':
      Object.assign(change, await decisionClock(), { rereviewUsed: true, decidedAt: null });
      break;
    case 'assign': {
      if (!body.lawyerId) throw ruleViolated([{ path: 'lawyerId', rule: 'legal_aid.lawyer_required' }]);
      const [lawyer] = await repo.lawyersWithLoad(ctx.db, [body.lawyerId]);
      if (!lawyer) throw ruleViolated([{ path: 'lawyerId', rule: 'legal_aid.lawyer_unknown' }]);
      const refusal = assignmentRefusal(lawyer, { officeTier: row.officeTier as OfficeTier, employerId: row.employerId });
      if (refusal) throw ruleViolated([{ path: 'lawyerId', rule: refusal, params: { pool: poolServing(row.officeTier as OfficeTier), max: lawyer.maxActiveMatters } }]);
      Object.assign(change, { lawyerId: lawyer.id, assignedAt: now, ...stopClock });
      break;
    }
    case 'close': {
      if (!body.outcome || body.amountRecovered === undefined) throw ruleViolated([{ path: body.outcome ? 'amountRecovered' : 'outcome', rule: 'legal_aid.outcome_required' }]);
      Object.assign(change, { outcome: body.outcome, amountRecovered: body.amountRecovered, closedAt: now });
      const fee = (await repo.feeSchedule(ctx.db, row.networkId)).find((f) => f.funding === row.funding && f.service === row.service);
      subsidy = { amount: fee?.amount ?? '0.00' };
      break;
    }
    case 'transfer': {
      if (!body.toOfficeId) throw ruleViolated([{ path: 'toOfficeId', rule: 'legal_aid.target_required' }]);
      const target = await networkOffice(ctx, body.toOfficeId);
      if (!target || target.id === row.officeId || !(legalAidOfficeKinds as readonly string[]).includes(target.kind)) {
        throw ruleViolated([{ path: 'toOfficeId', rule: 'legal_aid.target_not_allowed' }]);
      }
      change.pendingTransferOfficeId = target.id;
      break;
    }
    case 'transfer_accept':
      Object.assign(change, { officeId: row.pendingTransferOfficeId!, pendingTransferOfficeId: null });
      break;
    case 'transfer_decline':
      change.pendingTransferOfficeId = null;
      break;
    default:
      break;
  }
  const to = transition.to ?? row.status;
  if (to !== row.status) change.status = to;

  // the row lock makes racing events take turns; the loser finds the version moved on
  const { rows: locked } = await ctx.db.execute(sql`select id from legal_aid_applications where id = ${id} and version = ${row.version} for update`);
  if (!locked.length) throw new AppError('version_conflict');
  // the event first: it is written while the caller still sees the application
  await repo.insertEvent(ctx.db, {
    applicationId: id,
    type: body.type,
    fromStatus: row.status,
    toStatus: to,
    reason,
    note: body.note ?? null,
    lawyerId: body.type === 'assign' ? body.lawyerId! : null,
    outcome: body.type === 'close' ? body.outcome! : null,
    amountRecovered: body.type === 'close' ? body.amountRecovered! : null,
    toOfficeId: body.type === 'transfer' ? body.toOfficeId! : null,
    actorId: ctx.actor.id,
    actorName: ctx.actor.displayName,
    actorOfficeId: ctx.actor.officeId,
  });
  if (body.type === 'transfer_decline') {
    if (!(await repo.declineTransfer(ctx.db, id, row.version))) throw new AppError('version_conflict');
  } else await repo.updateApplication(ctx.db, id, row.version, change);
  if (subsidy && row.lawyerId) {
    await repo.insertSubsidy(ctx.db, { applicationId: id, lawyerId: row.lawyerId, officeId: row.officeId, funding: row.funding, service: row.service, amount: subsidy.amount, networkId: row.networkId });
  }
  if (body.type === 'transfer') await notify(ctx.db, { officeId: body.toOfficeId!, kind: 'legal_aid_transfer_waiting', entity: 'legal_aid', entityId: id, title: row.applicationNo, networkId: row.networkId });
  if (body.type === 'assign') await notify(ctx.db, { officeId: row.officeId, kind: 'legal_aid_assigned', entity: 'legal_aid', entityId: id, title: row.applicationNo, networkId: row.networkId });
  const decision = body.type === 'approve' ? 'approved' : body.type === 'reject' ? 'rejected' : null;
  // a decision's webhook event goes out with the audit entry, in one statement
  const alongside = decision ? [webhookEventInsert(ctx, 'legal_aid.decided', { applicationId: id, applicationNo: row.applicationNo, decision, officeId: row.officeId }, [row.officeId])] : [];
  await recordAudit(ctx, { action: `legal_aid.${body.type}`, entity: 'legal_aid', entityId: id, officeId: row.officeId, before: { status: row.status, version: row.version }, after: { status: to, ...change } }, alongside);
  // a declining receiver no longer sees the application: answer what it became
  const updated = (await repo.findApplication(ctx.db, id)) ?? ({ ...row, ...change, status: to, version: row.version + 1 } as Row);
  return toApplication(updated, sidesOf(ctx, updated), false);
}

export async function timeline(ctx: Ctx, id: string) {
  await getApplication(ctx, id);
  return (await repo.eventsOf(ctx.db, id)).map(({ event: e, toOfficeName }) => ({
    id: e.id,
    type: e.type,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: e.reason,
    note: e.note,
    lawyerId: e.lawyerId,
    outcome: e.outcome,
    amountRecovered: e.amountRecovered,
    toOfficeId: e.toOfficeId,
    toOfficeName,
    actor: e.actorName,
    actorId: e.actorId,
    at: e.at.toISOString(),
  }));
}

const toAttachment = (a: Awaited<ReturnType<typeof repo.attachmentsOf>>[number]) => ({ ...a, createdAt: a.createdAt.toISOString() });

/** What the first bytes of each allowed type are. */
const magic: Record<(typeof attachmentMimeTypes)[number], (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

export async function addAttachment(ctx: Ctx, id: string, input: AttachmentUpload) {
  const row = await getApplication(ctx, id);
  const types = attachmentMimeTypes.join(', ');
  const mime = input.mimeType.toLowerCase() as (typeof attachmentMimeTypes)[number];
  if (!attachmentMimeTypes.includes(mime)) throw new AppError('unsupported_media_type', { rule: 'legal_aid.attachment_type', params: { types } });
  const b64 = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw ruleViolated([{ path: 'contentBase64', rule: 'legal_aid.attachment_content' }]);
  const content = Buffer.from(b64, 'base64');
  if (content.length > attachmentMaxBytes) throw new AppError('payload_too_large', { rule: 'legal_aid.attachment_size', params: { max: attachmentMaxBytes / 1024 / 1024 } });
  if (!content.length || !magic[mime](content)) throw ruleViolated([{ path: 'contentBase64', rule: 'legal_aid.attachment_content' }]);
  const attachmentId = await repo.insertAttachment(ctx.db, { applicationId: id, fileName: input.fileName, mimeType: mime, size: content.length, content, note: input.note ?? null, uploadedBy: ctx.actor.displayName });
  await recordAudit(ctx, { action: 'legal_aid.attach', entity: 'legal_aid', entityId: id, officeId: row.officeId, after: { attachmentId, fileName: input.fileName, mimeType: mime, size: content.length } });
  return toAttachment((await repo.attachmentsOf(ctx.db, id)).find((a) => a.id === attachmentId)!);
}

export async function listAttachments(ctx: Ctx, id: string) {
  await getApplication(ctx, id);
  return (await repo.attachmentsOf(ctx.db, id)).map(toAttachment);
}

export async function attachmentFile(ctx: Ctx, id: string, attachmentId: string) {
  await getApplication(ctx, id);
  const file = await repo.attachmentContent(ctx.db, id, attachmentId);
  if (!file) throw notFound('attachment');
  return file;
}

export async function feeSchedule(ctx: Ctx) {
  return { items: await repo.feeSchedule(ctx.db, networkOf(ctx.actor.officePath)) };
}

/** The city sets its programmes' fee schedule; rows not named keep their amount. */
export async function putFeeSchedule(ctx: Ctx, items: { funding: 'union_fund' | 'lottery_fund'; service: LegalAidCreate['service']; amount: string }[]) {
  if (!mayEditFeeSchedule(ctx.actor.officeTier)) throw new AppError('forbidden', { rule: 'legal_aid.fee_schedule_city_only' });
  const networkId = networkOf(ctx.actor.officePath);
  const before = await repo.feeSchedule(ctx.db, networkId);
  await repo.upsertFees(ctx.db, networkId, items);
  const after = await repo.feeSchedule(ctx.db, networkId);
  await recordAudit(ctx, { action: 'legal_aid.fee_schedule', entity: 'legal_aid_fee_schedule', entityId: null, officeId: ctx.actor.officeId, before: { items: before }, after: { items: after } });
  return { items: after };
}

const toSubsidy = (s: NonNullable<Awaited<ReturnType<typeof repo.findSubsidy>>>) => ({ ...s, paidAt: s.paidAt?.toISOString() ?? null, createdAt: s.createdAt.toISOString() });

export async function listSubsidies(ctx: Ctx, q: { status?: SubsidyStatus; lawyerId?: string; funding?: string; cursor?: string; limit?: number }) {
  const page = await repo.listSubsidies(ctx.db, q, q.limit ?? 50);
  return { items: page.items.map(toSubsidy), nextCursor: page.nextCursor };
}

export async function paySubsidy(ctx: Ctx, id: string, expectedVersion: number | null) {
  const found = await repo.findSubsidy(ctx.db, id);
  if (!found) throw notFound('subsidy');
  if (found.status === 'paid') throw new AppError('conflict', { rule: 'legal_aid.subsidy_paid' });
  if (expectedVersion !== null) expectVersion(found.version, expectedVersion);
  if (!(await repo.paySubsidy(ctx.db, id, found.version, ctx.actor.id))) throw new AppError('version_conflict');
  await recordAudit(ctx, { action: 'subsidy.pay', entity: 'subsidy', entityId: id, officeId: found.officeId, before: { status: 'owed' }, after: { status: 'paid', amount: found.amount } });
  return toSubsidy((await repo.findSubsidy(ctx.db, id))!);
}

/** The figures of an office's subtree (the caller's own by default), and with `by=district` those of each district federation's subtree. */
export async function stats(ctx: Ctx, q: { officeId?: string; from?: string; to?: string; by?: 'district' }) {
  const office = await officeInSubtree(ctx, q.officeId ?? ctx.actor.officeId);
  if (!office) throw notFound('office');
  const federations = q.by === 'district' ? (await subtree(ctx.db, office.path)).filter((o) => o.kind === 'district_federation') : [];
  // an office that is itself a federation is one unit
  const rows = await repo.stats(ctx.db, [office, ...federations.filter((f) => f.id !== office.id)], q.from ? new Date(q.from) : null, q.to ? new Date(q.to) : null);
  const figures = (o: { id: string; name: string }) => {
    const r = rows.get(o.id)!;
    return {
      officeId: o.id,
      officeName: o.name,
      applications: r.applications,
      approvals: r.approvals,
      rejections: r.rejections,
      greenChannel: r.green_channel,
      greenChannelShare: r.applications ? Math.round((r.green_channel / r.applications) * 1000) / 1000 : null,
      decided: r.decided,
      averageDecisionDays: r.average_decision_days === null ? null : Math.round(Number(r.average_decision_days) * 100) / 100,
      decidedOverdue: r.decided_overdue,
      closed: r.closed,
      amountRecovered: r.amount_recovered,
      subsidiesOwed: r.subsidies_owed,
      subsidiesPaid: r.subsidies_paid,
    };
  };
  const report = figures(office);
  if (q.by !== 'district') return report;
  return { ...report, districts: federations.map((f) => ({ ...figures(f), regionCode: f.regionCode })) };
}

registerSweep('legal_aid_clocks', async (db: Db, now: Date) =>
  repo.sweepClocks(db, now, { decision: clockRules['legal_aid.decision'].dueSoonHours, assignment: clockRules['legal_aid.assignment'].dueSoonHours }),
);
