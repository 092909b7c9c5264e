import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { LegalAidListQuery, SubsidyStatus } from '@union/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  employers,
  lawyers,
  legalAidApplications as apps,
  legalAidAttachments,
  legalAidCounters,
  legalAidEvents,
  legalAidFeeSchedule,
  legalAidSubsidies,
  offices,
} from '../../db/schema.js';
import { decodeCursor, encodeCursor, pageLimit } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: apps.id,
  applicationNo: apps.applicationNo,
  externalId: apps.externalId,
  channel: apps.channel,
  status: apps.status,
  officeId: apps.officeId,
  officeName: sql<string>`(select n.name from network_office(${apps.officeId}) n)`,
  officeTier: sql<string>`(select n.tier from network_office(${apps.officeId}) n)`,
  pendingTransferOfficeId: apps.pendingTransferOfficeId,
  // paths of the offices that act on it, so the caller's sides need no further query (null: outside the caller's view)
  officePath: sql<string | null>`(select o.path from offices o where o.id = ${apps.officeId})`,
  pendingTransferOfficePath: sql<string | null>`(select o.path from offices o where o.id = ${apps.pendingTransferOfficeId})`,
  applicantName: apps.applicantName,
  idNumber: apps.idNumber,
  phone: apps.phone,
  household: apps.household,
  hardship: apps.hardship,
  employerId: apps.employerId,
  employerName: employers.name,
  matter: apps.matter,
  service: apps.service,
  amount: apps.amount,
  funding: apps.funding,
  description: apps.description,
  hardshipExempt: apps.hardshipExempt,
  greenChannel: apps.greenChannel,
  receivedAt: apps.receivedAt,
  decisionDueAt: apps.decisionDueAt,
  decidedAt: apps.decidedAt,
  approvedAt: apps.approvedAt,
  assignmentDueAt: apps.assignmentDueAt,
  clockRule: apps.clockRule,
  dueAt: apps.dueAt,
  clock: apps.clock,
  lawyerId: apps.lawyerId,
  lawyerName: sql<string | null>`(select l.name from lawyers l where l.id = ${apps.lawyerId})`,
  lawyerUserId: sql<string | null>`(select l.user_id from lawyers l where l.id = ${apps.lawyerId})`,
  rereviewUsed: apps.rereviewUsed,
  rejectionReason: apps.rejectionReason,
  outcome: apps.outcome,
  amountRecovered: apps.amountRecovered,
  closedAt: apps.closedAt,
  networkId: apps.networkId,
  version: apps.version,
  createdAt: apps.createdAt,
};

const base = (db: DbOrTx) => (db as Db).select(columns).from(apps).innerJoin(employers, eq(employers.id, apps.employerId));

export async function findApplication(db: DbOrTx, id: string) {
  const [row] = await base(db).where(eq(apps.id, id));
  return row ?? null;
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/**
 * The queue: green channel first, then the nearest decision due date (api.md), keyset-paged on
 * (green channel, due date, id); applications no longer on a decision clock come last.
 */
export async function listApplications(db: DbOrTx, q: LegalAidListQuery, limit: number) {
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const dueKey = sql`coalesce(${apps.decisionDueAt}, 'infinity'::timestamptz)`;
  const decoded = q.cursor ? decodeCursor(q.cursor) : null;
  const cursor = decoded ? ([...(decoded[0] as [boolean, string]), decoded[1]] as const) : null;
  const where: (SQL | undefined)[] = [
    text ? or(ilike(apps.applicationNo, text), ilike(apps.applicantName, text), ilike(employers.name, text)) : undefined,
    q.status ? eq(apps.status, q.status) : undefined,
    q.greenChannel !== undefined ? eq(apps.greenChannel, q.greenChannel) : undefined,
    q.officeId ? eq(apps.officeId, q.officeId) : undefined,
    q.lawyerId ? eq(apps.lawyerId, q.lawyerId) : undefined,
    q.overdue !== undefined ? (q.overdue ? eq(apps.clock, 'overdue') : sql`${apps.clock} <> 'overdue'`) : undefined,
    q.clock ? eq(apps.clock, q.clock) : undefined,
    cursor ? sql`(not ${apps.greenChannel}, ${dueKey}, ${apps.id}) > (not ${cursor[0]}::boolean, ${cursor[1]}::timestamptz, ${cursor[2]}::uuid)` : undefined,
  ];
  const rows = await base(db)
    .where(and(...where))
    .orderBy(desc(apps.greenChannel), asc(dueKey), asc(apps.id))
    .limit(pageLimit(limit));
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor([last.greenChannel, last.decisionDueAt?.toISOString() ?? 'infinity'], last.id) : null };
}

export async function nextSeq(db: DbOrTx, officeId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(legalAidCounters)
    .values({ officeId, year, last: 1 })
    .onConflictDoUpdate({ target: [legalAidCounters.officeId, legalAidCounters.year], set: { last: sql`${legalAidCounters.last} + 1` } })
    .returning({ last: legalAidCounters.last });
  return row.last;
}

export async function insertApplication(db: DbOrTx, values: typeof apps.$inferInsert & { id: string }) {
  await db.insert(apps).values(values);
}

/** No RETURNING: a receiver that declines a transfer no longer reads the row it wrote (the caller holds its lock). */
export async function updateApplication(db: DbOrTx, id: string, version: number, values: Partial<typeof apps.$inferInsert>) {
  await db
    .update(apps)
    .set({ ...values, version: sql`${apps.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(apps.id, id), eq(apps.version, version)));
}

/** legal_aid_decline_transfer (migration 0011): the receiver's write that ends its own view. */
export async function declineTransfer(db: DbOrTx, id: string, version: number) {
  const { rows } = await db.execute<{ ok: boolean }>(sql`select legal_aid_decline_transfer(${id}, ${version}) as ok`);
  return rows[0].ok;
}

export async function insertEvent(db: DbOrTx, values: typeof legalAidEvents.$inferInsert) {
  await db.insert(legalAidEvents).values(values);
}

/** The timeline, each transfer with the name of the office it went to (which may lie outside the caller's subtree). */
export async function eventsOf(db: DbOrTx, applicationId: string) {
  return db
    .select({ event: legalAidEvents, toOfficeName: sql<string | null>`(select n.name from network_office(${legalAidEvents.toOfficeId}) n)` })
    .from(legalAidEvents)
    .where(eq(legalAidEvents.applicationId, applicationId))
    .orderBy(asc(legalAidEvents.at), asc(legalAidEvents.id));
}

/** Lawyers of the network with their active matters counted network-wide (lawyer_active_matters, migration 0011). */
export async function lawyersWithLoad(db: DbOrTx, ids?: string[]) {
  return (db as Db)
    .select({
      id: lawyers.id,
      name: lawyers.name,
      firm: lawyers.firm,
      pools: lawyers.pools,
      active: lawyers.active,
      maxActiveMatters: lawyers.maxActiveMatters,
      actsForEmployerIds: lawyers.actsForEmployerIds,
      activeMatters: sql<number>`lawyer_active_matters(${lawyers.id})`,
    })
    .from(lawyers)
    .where(ids ? inArray(lawyers.id, ids) : undefined)
    .orderBy(asc(lawyers.name));
}

export async function insertAttachment(db: DbOrTx, values: typeof legalAidAttachments.$inferInsert) {
  const [row] = await db.insert(legalAidAttachments).values(values).returning({ id: legalAidAttachments.id });
  return row.id;
}

const attachmentColumns = {
  id: legalAidAttachments.id,
  applicationId: legalAidAttachments.applicationId,
  fileName: legalAidAttachments.fileName,
  mimeType: legalAidAttachments.mimeType,
  size: legalAidAttachments.size,
  note: legalAidAttachments.note,
  uploadedBy: legalAidAttachments.uploadedBy,
  createdAt: legalAidAttachments.createdAt,
};

export async function attachmentsOf(db: DbOrTx, applicationId: string) {
  return db.select(attachmentColumns).from(legalAidAttachments).where(eq(legalAidAttachments.applicationId, applicationId)).orderBy(asc(legalAidAttachments.createdAt));
}

export async function attachmentContent(db: DbOrTx, applicationId: string, id: string) {
  const [row] = await db
    .select({ ...attachmentColumns, content: legalAidAttachments.content })
    .from(legalAidAttachments)
    .where(and(eq(legalAidAttachments.id, id), eq(legalAidAttachments.applicationId, applicationId)));
  return row ?? null;
}

export async function feeSchedule(db: DbOrTx, networkId: string) {
  return db
    .select({ funding: legalAidFeeSchedule.funding, service: legalAidFeeSchedule.service, amount: legalAidFeeSchedule.amount })
    .from(legalAidFeeSchedule)
    .where(eq(legalAidFeeSchedule.networkId, networkId))
    .orderBy(asc(legalAidFeeSchedule.funding), asc(legalAidFeeSchedule.service));
}

export async function upsertFees(db: DbOrTx, networkId: string, rows: { funding: (typeof legalAidFeeSchedule.$inferInsert)['funding']; service: (typeof legalAidFeeSchedule.$inferInsert)['service']; amount: string }[]) {
  for (const r of rows) {
    await db
      .insert(legalAidFeeSchedule)
      .values({ networkId, ...r })
      .onConflictDoUpdate({ target: [legalAidFeeSchedule.networkId, legalAidFeeSchedule.funding, legalAidFeeSchedule.service], set: { amount: r.amount, updatedAt: sql`now()` } });
  }
}

export async function insertSubsidy(db: DbOrTx, values: typeof legalAidSubsidies.$inferInsert) {
  await db.insert(legalAidSubsidies).values(values).onConflictDoNothing();
}

const subsidyColumns = {
  id: legalAidSubsidies.id,
  applicationId: legalAidSubsidies.applicationId,
  applicationNo: apps.applicationNo,
  lawyerId: legalAidSubsidies.lawyerId,
  lawyerName: lawyers.name,
  officeId: legalAidSubsidies.officeId,
  funding: legalAidSubsidies.funding,
  service: legalAidSubsidies.service,
  amount: legalAidSubsidies.amount,
  status: legalAidSubsidies.status,
  paidAt: legalAidSubsidies.paidAt,
  createdAt: legalAidSubsidies.createdAt,
  version: legalAidSubsidies.version,
};
const subsidyBase = (db: DbOrTx) =>
  (db as Db).select(subsidyColumns).from(legalAidSubsidies).innerJoin(apps, eq(apps.id, legalAidSubsidies.applicationId)).innerJoin(lawyers, eq(lawyers.id, legalAidSubsidies.lawyerId));

export async function listSubsidies(db: DbOrTx, q: { status?: SubsidyStatus; lawyerId?: string; funding?: string; cursor?: string }, limit: number) {
  const cursor = q.cursor ? (decodeCursor(q.cursor) as [string, string]) : null;
  const rows = await subsidyBase(db)
    .where(
      and(
        q.status ? eq(legalAidSubsidies.status, q.status) : undefined,
        q.lawyerId ? eq(legalAidSubsidies.lawyerId, q.lawyerId) : undefined,
        q.funding ? eq(legalAidSubsidies.funding, q.funding as 'union_fund') : undefined,
        cursor ? sql`(${legalAidSubsidies.createdAt}, ${legalAidSubsidies.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(legalAidSubsidies.createdAt), desc(legalAidSubsidies.id))
    .limit(pageLimit(limit));
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null };
}

export async function findSubsidy(db: DbOrTx, id: string) {
  const [row] = await subsidyBase(db).where(eq(legalAidSubsidies.id, id));
  return row ?? null;
}

export async function paySubsidy(db: DbOrTx, id: string, version: number, userId: string) {
  const [row] = await db
    .update(legalAidSubsidies)
    .set({ status: 'paid', paidAt: sql`now()`, paidBy: userId, version: sql`${legalAidSubsidies.version} + 1` })
    .where(and(eq(legalAidSubsidies.id, id), eq(legalAidSubsidies.version, version), eq(legalAidSubsidies.status, 'owed')))
    .returning({ id: legalAidSubsidies.id });
  return !!row;
}

export type LegalAidFiguresRow = {
  office_id: string;
  applications: number;
  approvals: number;
  rejections: number;
  green_channel: number;
  decided: number;
  average_decision_days: string | null;
  decided_overdue: number;
  closed: number;
  amount_recovered: string;
  subsidies_owed: string;
  subsidies_paid: string;
};

/**
 * Figures of the applications received in [from, to) in each unit's subtree (an office and, by
 * district, its federations), in one grouped pass; by unit id.
 */
export async function stats(db: DbOrTx, units: { id: string; path: string }[], from: Date | null, to: Date | null) {
  const { rows } = await db.execute<LegalAidFiguresRow>(sql`
    with units (id, path) as (values ${sql.join(
      units.map((u) => sql`(${u.id}::uuid, ${u.path}::text)`),
      sql`, `,
    )}), scoped as (
      select u.id as unit_id, a.* from units u
        join offices o on o.path like u.path || '%'
        join legal_aid_applications a on a.office_id = o.id
      where true ${from ? sql`and a.received_at >= ${from}` : sql``} ${to ? sql`and a.received_at < ${to}` : sql``}
    ), subsidies as (
      select a.unit_id,
        sum(s.amount) filter (where s.status = 'owed') as owed,
        sum(s.amount) filter (where s.status = 'paid') as paid
      from scoped a join legal_aid_subsidies s on s.application_id = a.id
      group by a.unit_id
    )
    select u.id as office_id,
      count(a.id)::int as applications,
      count(a.id) filter (where a.approved_at is not null)::int as approvals,
      count(a.id) filter (where a.status = 'rejected')::int as rejections,
      count(a.id) filter (where a.green_channel)::int as green_channel,
      count(a.id) filter (where a.decided_at is not null)::int as decided,
      (avg(extract(epoch from (a.decided_at - a.received_at)) / 86400) filter (where a.decided_at is not null))::text as average_decision_days,
      count(a.id) filter (where a.decided_at > a.decision_due_at)::int as decided_overdue,
      count(a.id) filter (where a.status = 'closed')::int as closed,
      coalesce(sum(a.amount_recovered), 0)::numeric(16,2)::text as amount_recovered,
      coalesce(min(s.owed), 0)::numeric(16,2)::text as subsidies_owed,
      coalesce(min(s.paid), 0)::numeric(16,2)::text as subsidies_paid
    from units u left join scoped a on a.unit_id = u.id left join subsidies s on s.unit_id = u.id
    group by u.id`);
  return new Map(rows.map((r) => [r.office_id, r]));
}

export async function officeById(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: offices.id, name: offices.name, path: offices.path, tier: offices.tier, kind: offices.kind }).from(offices).where(eq(offices.id, id));
  return row ?? null;
}

/** Scheduler: re-reads every running legal-aid clock against `now` and notifies the office once per standing. */
export async function sweepClocks(db: DbOrTx, now: Date, dueSoon: { decision: number; assignment: number }) {
  const { rows } = await db.execute<{ clock: string; n: number }>(sql`
    with standing as (
      select id, case
          when due_at <= ${now} then 'overdue'
          when due_at <= ${now}::timestamptz + make_interval(hours => case clock_rule when 'legal_aid.assignment' then ${dueSoon.assignment}::int else ${dueSoon.decision}::int end) then 'due_soon'
          else 'running' end as clock
      from legal_aid_applications where clock <> 'stopped' and due_at is not null
    ), marked as (
      update legal_aid_applications a set clock = s.clock from standing s
      where a.id = s.id and a.clock <> s.clock
      returning a.id, a.clock, a.clock_rule, a.office_id, a.application_no, a.network_id
    ), noticed as (
      insert into notifications (office_id, kind, entity, entity_id, title, network_id)
      select office_id, 'legal_aid_' || replace(clock_rule, 'legal_aid.', '') || '_' || clock, 'legal_aid', id, application_no, network_id
      from marked where clock in ('due_soon', 'overdue')
      on conflict do nothing
    )
    select clock, count(*)::int as n from marked group by clock`);
  return Object.fromEntries(rows.map((r) => [r.clock, r.n]));
}

/** Open applications against the employer with the same ID number, or the same phone (names compared by the caller). */
export async function duplicateCandidates(db: DbOrTx, employerId: string, idNumbers: string[], phone: string | null, open: readonly string[]) {
  const match = or(idNumbers.length ? inArray(apps.idNumber, idNumbers) : undefined, phone ? eq(apps.phone, phone) : undefined);
  if (!match) return [];
  return db
    .select({ id: apps.id, applicationNo: apps.applicationNo, status: apps.status, receivedAt: apps.receivedAt, name: apps.applicantName, idNumber: apps.idNumber, phone: apps.phone })
    .from(apps)
    .where(and(eq(apps.employerId, employerId), inArray(apps.status, [...open] as (typeof apps.$inferSelect.status)[]), match))
    .limit(50);
}
