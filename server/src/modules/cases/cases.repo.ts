import { and, asc, eq, getTableColumns, ilike, inArray, like, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { CaseListQuery, CaseStatus } from '@union/shared';
import { alongside, type Db, type DbOrTx } from '../../db/client.js';
import { caseAccess, caseCounters, caseEvents, cases, caseWorkers, employers, majorReports, mediationOrgs } from '../../db/schema.js';
import { keyset, pageLimit, parseSort } from '../../lib/paging.js';
import type { CaseAccessRole } from '../../db/schema.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: cases.id,
  caseNo: cases.caseNo,
  externalId: cases.externalId,
  channel: cases.channel,
  sourceBody: cases.sourceBody,
  sourceRegionCode: cases.sourceRegionCode,
  sourceReference: cases.sourceReference,
  status: cases.status,
  pendingTransferOrgId: cases.pendingTransferOrgId,
  pendingTransferOrgName: sql<string | null>`(select p.name from mediation_orgs p where p.id = ${cases.pendingTransferOrgId})`,
  pendingTransferOfficeId: sql<string | null>`(select p.office_id from mediation_orgs p where p.id = ${cases.pendingTransferOrgId})`,
  // paths of the offices that may act on the case, so the caller's sides need no further query;
  // an office outside the caller's view reads as null
  officePath: sql<string | null>`(select o.path from offices o where o.id = ${cases.officeId})`,
  handlerOfficePath: sql<string | null>`(select o.path from offices o where o.id = ${mediationOrgs.officeId})`,
  pendingTransferOfficePath: sql<string | null>`(select o.path from offices o join mediation_orgs p on p.office_id = o.id where p.id = ${cases.pendingTransferOrgId})`,
  officeId: cases.officeId,
  handlerOrgId: cases.handlerOrgId,
  handlerOrgName: mediationOrgs.name,
  handlerOrgType: mediationOrgs.type,
  handlerRegionCode: mediationOrgs.regionCode,
  handlerOfficeId: mediationOrgs.officeId,
  employerId: cases.employerId,
  employerName: employers.name,
  employerRegionCode: employers.regionCode,
  workerCount: cases.workerCount,
  claims: cases.claims,
  amountClaimed: cases.amountClaimed,
  description: cases.description,
  collective: cases.collective,
  massIncident: cases.massIncident,
  major: cases.major,
  receivedAt: cases.receivedAt,
  dueAt: cases.dueAt,
  clock: cases.clock,
  closedAt: cases.closedAt,
  outcome: cases.outcome,
  linkedCaseId: cases.linkedCaseId,
  networkId: cases.networkId,
  version: cases.version,
  createdAt: cases.createdAt,
  // in the case's own statement, not one more round trip per case or page
  workers: sql<CaseWorker[]>`(select coalesce(json_agg(json_build_object('name', w.name, 'idNumber', w.id_number, 'phone', w.phone, 'household', w.household) order by w.position), '[]') from case_workers w where w.case_id = ${cases.id})`,
};

export type CaseWorker = Pick<typeof caseWorkers.$inferSelect, 'name' | 'idNumber' | 'phone' | 'household'>;

// one query shape for a case and for lists of them (typed through Db: a union of builders infers nothing)
const base = (db: DbOrTx) =>
  (db as Db)
    .select(columns)
    .from(cases)
    .innerJoin(mediationOrgs, eq(mediationOrgs.id, cases.handlerOrgId))
    .innerJoin(employers, eq(employers.id, cases.employerId));

export async function findCase(db: DbOrTx, id: string) {
  const [row] = await base(db).where(eq(cases.id, id));
  return row ?? null;
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export const sortColumns = { dueAt: cases.dueAt, receivedAt: cases.receivedAt, caseNo: cases.caseNo };

export async function listCases(db: DbOrTx, q: CaseListQuery & { pendingForPath?: string }, limit: number) {
  const sort = parseSort(q.sort, sortColumns, 'receivedAt');
  const ks = keyset(sort, cases.id, q.cursor);
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const where: (SQL | undefined)[] = [
    text
      ? or(ilike(cases.caseNo, text), ilike(employers.name, text), sql`exists (select 1 from case_workers w where w.case_id = ${cases.id} and w.name ilike ${text})`)
      : undefined,
    q.status ? eq(cases.status, q.status) : undefined,
    q.channel ? eq(cases.channel, q.channel) : undefined,
    q.handlerOrgId ? eq(cases.handlerOrgId, q.handlerOrgId) : undefined,
    q.officeId ? eq(cases.officeId, q.officeId) : undefined,
    q.regionCode ? like(mediationOrgs.regionCode, `${q.regionCode}%`) : undefined,
    q.category ? sql`${cases.claims} @> ${JSON.stringify([{ category: q.category }])}::jsonb` : undefined,
    q.overdue !== undefined ? (q.overdue ? eq(cases.clock, 'overdue') : sql`${cases.clock} <> 'overdue'`) : undefined,
    q.clock ? eq(cases.clock, q.clock) : undefined,
    q.collective !== undefined ? eq(cases.collective, q.collective) : undefined,
    q.pendingForPath
      ? sql`${cases.pendingTransferOrgId} in (select p.id from mediation_orgs p join offices o on o.id = p.office_id where o.path like ${`${q.pendingForPath}%`})`
      : undefined,
    ks.where,
  ];
  const rows = await base(db)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
  return { rows, sortField: sort.field };
}

/** The next number of an office's cases this year; the row lock makes concurrent intakes take turns. */
export async function nextCaseSeq(db: DbOrTx, officeId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(caseCounters)
    .values({ officeId, year, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.officeId, caseCounters.year], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last });
  return row.last;
}

/** No RETURNING: a station may create a case it reads only once its access row exists. */
export async function insertCase(db: DbOrTx, values: typeof cases.$inferInsert & { id: string }) {
  await db.insert(cases).values(values);
}

export async function insertWorkers(db: DbOrTx, values: (typeof caseWorkers.$inferInsert)[]) {
  for (let i = 0; i < values.length; i += 500) await db.insert(caseWorkers).values(values.slice(i, i + 500));
}

/**
 * Writes the change only at `version`, with the other writes of the change (`alongside`); answers
 * the case's own columns as written, or null when someone else got there first.
 */
export async function updateCase(db: DbOrTx, id: string, version: number, values: Partial<typeof cases.$inferInsert>, writes: readonly SQLWrapper[] = []) {
  const [row] = await alongside(db, writes)
    .update(cases)
    .set({ ...values, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({
      status: cases.status,
      pendingTransferOrgId: cases.pendingTransferOrgId,
      officeId: cases.officeId,
      handlerOrgId: cases.handlerOrgId,
      dueAt: cases.dueAt,
      clock: cases.clock,
      closedAt: cases.closedAt,
      outcome: cases.outcome,
      version: cases.version,
    });
  return row ?? null;
}

/** The insert of a timeline entry, to send alone or with the statement of its change. */
export const eventInsert = (db: DbOrTx, values: typeof caseEvents.$inferInsert) => db.insert(caseEvents).values(values);


/**
 * A case's timeline, oldest first, with the case's own row: null when the case is not there (or
 * out of the caller's scope), so one statement answers both.
 */
export async function eventsOf(db: DbOrTx, caseId: string) {
  const seen = db.$with('seen').as(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)));
  const rows = await db
    .with(seen)
    .select({ caseId: seen.id, event: { ...getTableColumns(caseEvents), toOrgName: sql<string | null>`(select m.name from mediation_orgs m where m.id = ${caseEvents.toOrgId})` } })
    .from(seen)
    .leftJoin(caseEvents, eq(caseEvents.caseId, seen.id))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  if (!rows.length) return null;
  return rows.flatMap((r) => (r.event ? [r.event] : []));
}

export async function grantAccess(db: DbOrTx, caseId: string, officeId: string, role: CaseAccessRole) {
  await db.insert(caseAccess).values({ caseId, officeId, role }).onConflictDoNothing();
}

export async function revokeAccess(db: DbOrTx, caseId: string, roles: CaseAccessRole[]) {
  await db.delete(caseAccess).where(and(eq(caseAccess.caseId, caseId), inArray(caseAccess.role, roles)));
}

/** Open cases against the employer with a worker of the same ID number, or of the same phone (names compared by the caller). */
export async function duplicateCandidates(db: DbOrTx, employerId: string, idNumbers: string[], phone: string | null, open: readonly CaseStatus[]) {
  const match = or(idNumbers.length ? inArray(caseWorkers.idNumber, idNumbers) : undefined, phone ? eq(caseWorkers.phone, phone) : undefined);
  if (!match) return [];
  return db
    .select({ id: cases.id, caseNo: cases.caseNo, status: cases.status, receivedAt: cases.receivedAt, name: caseWorkers.name, idNumber: caseWorkers.idNumber, phone: caseWorkers.phone })
    .from(caseWorkers)
    .innerJoin(cases, eq(cases.id, caseWorkers.caseId))
    .where(and(eq(cases.employerId, employerId), inArray(cases.status, [...open]), match))
    .limit(50);
}

export async function insertMajorReport(db: DbOrTx, values: typeof majorReports.$inferInsert) {
  await db.insert(majorReports).values(values).onConflictDoNothing();
}

export async function listMajorReports(db: DbOrTx, q: { acknowledged?: boolean; alarm?: boolean; cursor?: string }, limit: number) {
  const ks = keyset({ column: majorReports.reportedAt, descending: true }, majorReports.id, q.cursor);
  return db
    .select({
      id: majorReports.id,
      caseId: majorReports.caseId,
      caseNo: cases.caseNo,
      employerName: employers.name,
      workerCount: cases.workerCount,
      reasons: majorReports.reasons,
      reportedAt: majorReports.reportedAt,
      acknowledgeBy: majorReports.acknowledgeBy,
      acknowledgedAt: majorReports.acknowledgedAt,
      alarm: majorReports.alarm,
      officeId: majorReports.officeId,
      version: majorReports.version,
    })
    .from(majorReports)
    .innerJoin(cases, eq(cases.id, majorReports.caseId))
    .innerJoin(employers, eq(employers.id, cases.employerId))
    .where(
      and(
        q.acknowledged === undefined ? undefined : q.acknowledged ? sql`${majorReports.acknowledgedAt} is not null` : sql`${majorReports.acknowledgedAt} is null`,
        q.alarm === undefined ? undefined : eq(majorReports.alarm, q.alarm),
        ks.where,
      ),
    )
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
}

export async function acknowledgeMajorReport(db: DbOrTx, id: string, userId: string) {
  const [row] = await db
    .update(majorReports)
    .set({ acknowledgedAt: sql`now()`, acknowledgedBy: userId, alarm: false, version: sql`${majorReports.version} + 1` })
    .where(and(eq(majorReports.id, id), sql`${majorReports.acknowledgedAt} is null`))
    .returning({ caseId: majorReports.caseId, officeId: majorReports.officeId });
  return row ?? null;
}

/** Scheduler: re-reads every running clock against `now`. */
export async function sweepCaseClocks(db: DbOrTx, now: Date, dueSoonHours: number) {
  const { rows } = await db.execute<{ clock: string; n: number }>(sql`
    with marked as (
      update cases set clock = case
          when due_at <= ${now} then 'overdue'
          when due_at <= ${now}::timestamptz + make_interval(hours => ${dueSoonHours}) then 'due_soon'
          else 'running' end
      where clock <> 'stopped' and due_at is not null
        and clock <> case
          when due_at <= ${now} then 'overdue'
          when due_at <= ${now}::timestamptz + make_interval(hours => ${dueSoonHours}) then 'due_soon'
          else 'running' end
      returning id, clock, office_id, case_no, network_id
    ), noticed as (
      insert into notifications (office_id, kind, entity, entity_id, title, network_id)
      select office_id, case clock when 'overdue' then 'case_overdue' else 'case_due_soon' end, 'case', id, case_no, network_id
      from marked where clock in ('due_soon', 'overdue')
      on conflict do nothing
    )
    select clock, count(*)::int as n from marked group by clock`);
  return Object.fromEntries(rows.map((r) => [r.clock, r.n]));
}

export async function sweepMajorReportAlarms(db: DbOrTx, now: Date) {
  const { rows } = await db.execute<{ n: number }>(sql`
    with raised as (
      update major_reports set alarm = true
      where acknowledged_at is null and not alarm and acknowledge_by <= ${now}
      returning id, case_id, office_id
    ), noticed as (
      insert into notifications (office_id, kind, entity, entity_id, title, network_id)
      select r.office_id, 'major_report_alarm', 'case', r.case_id, c.case_no, c.network_id
      from raised r join cases c on c.id = r.case_id
      on conflict do nothing
    ) select count(*)::int as n from raised`);
  return rows[0].n;
}
