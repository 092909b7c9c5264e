import {
  allowedFilingEvents,
  cadenceOfPeriod,
  enterpriseOrgTypes,
  filingAuthority,
  filingMachine,
  isStandardized,
  labelIn,
  mediationOrgTypeLabels,
  officeKindRules,
  officeOrgKinds,
  periodRange,
  reportDueAt,
  reportingCadenceLabels,
  reportStanding,
  sizeProblem,
  type FilingActor,
  type FilingEventBody,
  type MediationOrg,
  type MediationOrgCreate,
  type MediationOrgListQuery,
  type MediationOrgType,
  type MediationOrgUpdate,
  type OrgReportCreate,
  type ReportStanding,
} from '@union/shared';
import { networkOf } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { getEmployer } from '../employers/employers.service.js';
import { findNetworkOffice, findNetworkOfficeByKind, type NetworkOffice } from '../offices/offices.repo.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './mediation-orgs.repo.js';

const noChecklist = { institution: false, sign: false, staff: false, rules: false };

export function toMediationOrg(row: repo.MediationOrgRow): MediationOrg {
  return {
    ...row,
    standardized: isStandardized(row.checklist),
    filedAt: row.filedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listMediationOrgs(ctx: Ctx, query: MediationOrgListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listMediationOrgs(ctx.db, { ...query, reviewOfficeId: query.awaitingMyReview ? ctx.actor.officeId : undefined }, limit);
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map(toMediationOrg), nextCursor: page.nextCursor };
}

/** The organization the caller's office is (or, for a street station, its street's room). */
export const ownMediationOrgId = (ctx: Ctx, streetRoomRegion: string | null) => repo.findOwnOrgId(ctx.db, ctx.actor.officeId, streetRoomRegion);

export async function getMediationOrg(ctx: Ctx, id: string) {
  const row = await repo.findMediationOrg(ctx.db, id);
  if (!row) throw notFound('mediation organization');
  return row;
}

interface Parties {
  employer: Awaited<ReturnType<typeof getEmployer>> | null;
  office: NetworkOffice;
}

/** The employer and office a filing names, checked against the type's needs. */
async function partiesOf(ctx: Ctx, type: MediationOrgType, input: { employerId?: string; officeId?: string }): Promise<Parties> {
  const problems: FieldProblem[] = [];
  const typeLabel = labelIn(mediationOrgTypeLabels[type], ctx.language);
  const needsEmployer = enterpriseOrgTypes.includes(type);
  let employer: Parties['employer'] = null;
  if (needsEmployer && !input.employerId) problems.push({ path: 'employerId', rule: 'filing.employer_required', params: { type: typeLabel } });
  if (!needsEmployer && input.employerId) problems.push({ path: 'employerId', rule: 'filing.employer_not_allowed', params: { type: typeLabel } });
  if (needsEmployer && input.employerId) {
    employer = await getEmployer(ctx, input.employerId).catch(() => null);
    if (!employer) problems.push({ path: 'employerId', rule: 'people.employer_unknown' });
  }
  const office = await officeInSubtree(ctx, input.officeId ?? ctx.actor.officeId);
  if (!office) problems.push({ path: 'officeId', rule: 'scope.office_outside' });
  const ownKind = officeOrgKinds[type];
  if (office && ownKind && office.kind !== ownKind) {
    problems.push({ path: 'officeId', rule: 'filing.office_kind', params: { type: typeLabel, kind: labelIn(officeKindRules[ownKind].label, ctx.language) } });
  }
  if (problems.length) throw ruleViolated(problems);
  return { employer, office: office! };
}

/** Finds the office the four rules of domain.md §3 name, in the caller's network. */
async function resolveFilingAuthority(ctx: Ctx, type: MediationOrgType, parties: Parties) {
  const union = parties.employer?.unionOfficeId ? await findNetworkOffice(ctx.db, parties.employer.unionOfficeId) : null;
  const target = filingAuthority({
    type,
    employer: parties.employer && { regionCode: parties.employer.regionCode, unionOfficeKind: union?.kind ?? null, groupId: parties.employer.groupId },
    office: parties.office,
  });
  const office =
    'officeId' in target
      ? await findNetworkOffice(ctx.db, target.officeId)
      : await findNetworkOfficeByKind(ctx.db, target.kind, 'regionCode' in target ? target.regionCode : null);
  if (!office) {
    const kind = 'kind' in target ? labelIn(officeKindRules[target.kind].label, ctx.language) : '';
    throw ruleViolated([{ path: 'type', rule: 'filing.authority_missing', params: { kind, code: 'regionCode' in target ? target.regionCode : networkOf(ctx.actor.officePath) } }]);
  }
  return { office, rule: target.rule };
}

/** What the form shows before submitting: where the filing would go, and the size rule it breaks, if any. */
export async function previewFilingAuthority(ctx: Ctx, input: { type: MediationOrgType; employerId?: string; officeId?: string }) {
  const parties = await partiesOf(ctx, input.type, input);
  const { office, rule } = await resolveFilingAuthority(ctx, input.type, parties);
  return {
    filingOfficeId: office.id,
    filingOfficeName: office.name,
    filingRule: rule,
    sizeRule: parties.employer ? sizeProblem(input.type, parties.employer.employeeCount) : null,
  };
}

export async function createMediationOrg(ctx: Ctx, input: MediationOrgCreate) {
  const parties = await partiesOf(ctx, input.type, input);
  const problems: FieldProblem[] = [];
  if (input.type === 'labor_relations_coordinator' && !input.coordinatorName) problems.push({ path: 'coordinatorName', rule: 'filing.coordinator_name' });
  const size = parties.employer ? sizeProblem(input.type, parties.employer.employeeCount) : null;
  const cityReviewer = ctx.actor.officeTier === 'city' && ctx.actor.permissions.has('mediation_orgs:review');
  if (input.overrideReason && !cityReviewer) problems.push({ path: 'overrideReason', rule: 'filing.override_city_only' });
  else if (size && !input.overrideReason) problems.push({ path: 'type', rule: size, params: { count: parties.employer!.employeeCount } });
  if (problems.length) throw ruleViolated(problems);

  const authority = await resolveFilingAuthority(ctx, input.type, parties);
  const row = await repo.insertMediationOrg(ctx.db, {
    externalId: input.externalId ?? null,
    type: input.type,
    name: input.name.trim(),
    employerId: parties.employer?.id ?? null,
    officeId: parties.office.id,
    filingOfficeId: authority.office.id,
    filingRule: authority.rule,
    status: 'submitted',
    regionCode: parties.employer?.regionCode ?? parties.office.regionCode,
    checklist: input.checklist ?? noChecklist,
    overrideReason: size ? input.overrideReason! : null,
    coordinatorName: input.coordinatorName ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    reportingCadence: input.reportingCadence ?? 'quarter',
    networkId: networkOf(ctx.actor.officePath),
  });
  await repo.insertFilingEvent(ctx.db, { orgId: row.id, type: 'submit', fromStatus: null, toStatus: 'submitted', note: input.overrideReason ?? null, actorId: ctx.actor.id, actorName: ctx.actor.displayName });
  await recordAudit(ctx, { action: 'mediation_org.submit', entity: 'mediation_org', entityId: row.id, officeId: row.officeId, after: toMediationOrg(row) });
  return row;
}

/** The sides the caller stands on for this organization. */
async function actorsFor(ctx: Ctx, org: repo.MediationOrgRow): Promise<FilingActor[]> {
  const actors: FilingActor[] = [];
  if (ctx.actor.officeId === org.filingOfficeId && ctx.actor.permissions.has('mediation_orgs:review')) actors.push('authority');
  if (ctx.actor.permissions.has('mediation_orgs:write') && (await officeInSubtree(ctx, org.officeId))) actors.push('filer');
  return actors;
}

export async function updateMediationOrg(ctx: Ctx, id: string, input: MediationOrgUpdate, expectedVersion: number) {
  const current = await getMediationOrg(ctx, id);
  if (!(await actorsFor(ctx, current)).length) throw new AppError('forbidden', { rule: 'filing.not_filer' });
  expectVersion(current.version, expectedVersion);
  if (current.type === 'labor_relations_coordinator' && input.coordinatorName === null) throw ruleViolated([{ path: 'coordinatorName', rule: 'filing.coordinator_name' }]);
  const updated = await repo.updateMediationOrg(ctx.db, id, expectedVersion, {
    ...(input.externalId !== undefined && { externalId: input.externalId }),
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.checklist !== undefined && { checklist: input.checklist }),
    ...(input.coordinatorName !== undefined && { coordinatorName: input.coordinatorName }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.reportingCadence !== undefined && { reportingCadence: input.reportingCadence }),
  });
  if (!updated) throw new AppError('version_conflict');
  await recordAudit(ctx, { action: 'mediation_org.update', entity: 'mediation_org', entityId: id, officeId: current.officeId, before: toMediationOrg(current), after: toMediationOrg(updated) });
  return updated;
}

/**
 * Moves a filing along its state machine (shared `filingMachine`): only by an event, only by the
 * side the event belongs to, and only from the version the caller read when it sends If-Match.
 */
export async function appendFilingEvent(ctx: Ctx, id: string, body: FilingEventBody, expectedVersion: number | null) {
  const org = await getMediationOrg(ctx, id);
  if (expectedVersion !== null) expectVersion(org.version, expectedVersion);
  const actors = await actorsFor(ctx, org);
  const transition = filingMachine[org.status][body.type];
  if (!transition) {
    throw new AppError('transition_not_allowed', { detail: `${body.type} is not allowed while ${org.status}`, allowed: allowedFilingEvents(org.status, actors) });
  }
  if (!transition.by.some((a) => actors.includes(a))) {
    throw transition.by.includes('authority')
      ? new AppError('forbidden', { rule: 'filing.not_authority', params: { office: org.filingOfficeName } })
      : new AppError('forbidden', { rule: 'filing.not_filer' });
  }
  if (transition.reasonRequired && !body.reason?.trim()) throw ruleViolated([{ path: 'reason', rule: 'filing.reason_required' }]);
  const updated = await repo.updateMediationOrg(ctx.db, id, org.version, {
    status: transition.to,
    ...(transition.to === 'filed' && { filedAt: new Date() }),
  });
  if (!updated) throw new AppError('version_conflict');
  await repo.insertFilingEvent(ctx.db, {
    orgId: id,
    type: body.type,
    fromStatus: org.status,
    toStatus: transition.to,
    reason: body.reason ?? null,
    note: body.note ?? null,
    actorId: ctx.actor.id,
    actorName: ctx.actor.displayName,
  });
  await recordAudit(ctx, {
    action: `mediation_org.${body.type}`,
    entity: 'mediation_org',
    entityId: id,
    officeId: org.officeId,
    before: { status: org.status },
    after: { status: transition.to, reason: body.reason ?? null },
  });
  return updated;
}

export async function listFilingEvents(ctx: Ctx, id: string) {
  await getMediationOrg(ctx, id);
  const rows = await repo.listFilingEvents(ctx.db, id);
  return rows.map((e) => ({ ...e, type: e.type as FilingEventBody['type'] | 'submit', at: e.at.toISOString() }));
}

/** The events the caller may append now: what the detail page offers as buttons. */
export async function allowedEventsFor(ctx: Ctx, org: repo.MediationOrgRow) {
  return allowedFilingEvents(org.status, await actorsFor(ctx, org));
}

export async function submitReport(ctx: Ctx, orgId: string, input: OrgReportCreate, now = new Date()) {
  const org = await getMediationOrg(ctx, orgId);
  const problems: FieldProblem[] = [];
  if (org.status !== 'filed') problems.push({ path: 'period', rule: 'report.org_not_filed' });
  if (cadenceOfPeriod(input.period) !== org.reportingCadence) {
    problems.push({ path: 'period', rule: 'report.cadence', params: { cadence: labelIn(reportingCadenceLabels[org.reportingCadence], ctx.language) } });
  }
  if (periodRange(input.period).end > now) problems.push({ path: 'period', rule: 'report.not_ended' });
  if (!(input.casesSettled <= input.casesMediated && input.casesMediated <= input.casesReceived)) problems.push({ path: 'casesSettled', rule: 'report.settled_exceeds' });
  if (problems.length) throw ruleViolated(problems);
  if (!(await actorsFor(ctx, org)).includes('filer')) throw new AppError('forbidden', { rule: 'filing.not_filer' });
  const row = await repo.insertReport(ctx.db, { orgId, ...input, submittedBy: ctx.actor.id });
  await recordAudit(ctx, { action: 'org_report.submit', entity: 'org_report', entityId: row.id, officeId: org.officeId, after: row });
  return toReport(row, org.name);
}

function toReport(row: Awaited<ReturnType<typeof repo.insertReport>>, orgName: string) {
  const dueAt = reportDueAt(row.period);
  return { ...row, orgName, submittedAt: row.submittedAt.toISOString(), dueAt: dueAt.toISOString(), late: row.submittedAt > dueAt };
}

export async function listReports(ctx: Ctx, orgId: string) {
  const org = await getMediationOrg(ctx, orgId);
  return (await repo.listReports(ctx.db, orgId)).map((r) => toReport(r, org.name));
}

/** Per authority: each filed organization's report of a period, on time, late, missing or not yet due. */
export async function reportStandings(ctx: Ctx, q: { period: string; filingOfficeId?: string; standing?: ReportStanding }, now = new Date()) {
  const rows = await repo.reportStandings(ctx.db, { period: q.period, cadence: cadenceOfPeriod(q.period), filingOfficeId: q.filingOfficeId });
  const dueAt = reportDueAt(q.period).toISOString();
  return rows
    .map((r) => ({ ...r, period: q.period, dueAt, submittedAt: r.submittedAt?.toISOString() ?? null, standing: reportStanding(q.period, r.submittedAt, now) }))
    .filter((r) => !q.standing || r.standing === q.standing);
}
