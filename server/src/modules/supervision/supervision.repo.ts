import { and, asc, eq, ilike, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { deadlineEscalatedRungs, successorNoticeStatuses, unresolvedNoticeStatuses, type InspectionListQuery, type NoticeListQuery } from '@union/shared';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { alongside, type Db, type DbOrTx } from '../../db/client.js';
import { employers, inspections, noticeCounters, noticeEvents, notices, supervisors } from '../../db/schema.js';
import { keyset, pageLimit, parseSort } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const officeName = (officeId: AnyPgColumn) => sql<string>`(select n.name from network_office(${officeId}) n)`;

const inspectionColumns = {
  id: inspections.id,
  officeId: inspections.officeId,
  officeName: officeName(inspections.officeId),
  employerId: inspections.employerId,
  employerName: employers.name,
  kind: inspections.kind,
  inspectedOn: inspections.inspectedOn,
  inspectorIds: inspections.inspectorIds,
  // names of the supervisors the caller can see (their own subtree's)
  inspectors: sql<{ id: string; name: string }[]>`coalesce((select json_agg(json_build_object('id', s.id, 'name', s.name) order by s.name) from supervisors s where s.id = any(${inspections.inspectorIds})), '[]'::json)`,
  findings: inspections.findings,
  note: inspections.note,
  networkId: inspections.networkId,
  version: inspections.version,
  createdAt: inspections.createdAt,
};
const inspectionBase = (db: DbOrTx) => (db as Db).select(inspectionColumns).from(inspections).innerJoin(employers, eq(employers.id, inspections.employerId));

export async function findInspection(db: DbOrTx, id: string) {
  const [row] = await inspectionBase(db).where(eq(inspections.id, id));
  return row ?? null;
}
export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspection>>>;

/** Newest inspection first, keyset-paged on (inspected on, id); the service makes the page. */
export async function listInspections(db: DbOrTx, q: InspectionListQuery, limit: number) {
  const ks = keyset({ column: inspections.inspectedOn, descending: true }, inspections.id, q.cursor);
  return inspectionBase(db)
    .where(
      and(
        q.employerId ? eq(inspections.employerId, q.employerId) : undefined,
        q.officeId ? eq(inspections.officeId, q.officeId) : undefined,
        q.kind ? eq(inspections.kind, q.kind) : undefined,
        q.category ? sql`${inspections.findings} @> ${JSON.stringify([{ category: q.category }])}::jsonb` : undefined,
        ks.where,
      ),
    )
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
}

export async function insertInspection(db: DbOrTx, values: typeof inspections.$inferInsert & { id: string }) {
  await db.insert(inspections).values(values);
}

export async function updateInspection(db: DbOrTx, id: string, version: number, values: Partial<typeof inspections.$inferInsert>) {
  const [row] = await db
    .update(inspections)
    .set({ ...values, version: sql`${inspections.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(inspections.id, id), eq(inspections.version, version)))
    .returning({ id: inspections.id });
  return !!row;
}

/** Active supervisors of the caller's subtree among these ids. */
export async function supervisorsIn(db: DbOrTx, ids: string[]) {
  return db.select({ id: supervisors.id }).from(supervisors).where(and(inArray(supervisors.id, ids), eq(supervisors.active, true)));
}

/**
 * The shared readyToEscalate() rule in SQL, from the same lists, over `notices` or the columns of
 * an alias of it. A notice without a deadline is not ready (and so `not` of this holds for it).
 */
const readyToEscalateWhere = (now: Date, n: { type: SQLWrapper; status: SQLWrapper; deadlineAt: SQLWrapper } = notices) =>
  sql`(${n.type} in ${[...deadlineEscalatedRungs]} and ${n.status} in ${[...unresolvedNoticeStatuses]} and ${n.deadlineAt} is not null and ${n.deadlineAt} <= ${now})`;
/** Other notices issued on top of the one in `previousId` (a predecessor is held by one successor). */
const successorOf = (previousId: SQLWrapper, alias: SQL) =>
  sql`select ${alias}.id from notices ${alias} where ${alias}.previous_notice_id = ${previousId} and ${alias}.status in ${[...successorNoticeStatuses]}`;
const noticeColumns = {
  id: notices.id,
  noticeNo: notices.noticeNo,
  type: notices.type,
  status: notices.status,
  officeId: notices.officeId,
  officeName: officeName(notices.officeId),
  employerId: notices.employerId,
  employerName: employers.name,
  inspectionId: notices.inspectionId,
  categories: notices.categories,
  facts: notices.facts,
  legalBasis: notices.legalBasis,
  serious: notices.serious,
  previousNoticeId: notices.previousNoticeId,
  // the notice this one was escalated to, once issued
  nextNoticeId: sql<string | null>`(${successorOf(notices.id, sql`x`)} limit 1)`,
  issuedAt: notices.issuedAt,
  deadlineAt: notices.deadlineAt,
  respondedAt: notices.respondedAt,
  rectifiedAt: notices.rectifiedAt,
  publishedAt: notices.publishedAt,
  closedAt: notices.closedAt,
  networkId: notices.networkId,
  version: notices.version,
  createdAt: notices.createdAt,
};
const noticeBase = (db: DbOrTx) => (db as Db).select(noticeColumns).from(notices).innerJoin(employers, eq(employers.id, notices.employerId));

export async function findNotice(db: DbOrTx, id: string) {
  const [row] = await noticeBase(db).where(eq(notices.id, id));
  return row ?? null;
}
export type NoticeRow = NonNullable<Awaited<ReturnType<typeof findNotice>>>;

const noticeSortColumns = { createdAt: notices.createdAt, issuedAt: notices.issuedAt, deadlineAt: notices.deadlineAt };

/** Newest first unless `sort` says otherwise, keyset-paged on (sort column, id); the service makes the page. */
export async function listNotices(db: DbOrTx, q: NoticeListQuery, limit: number, now: Date) {
  const sort = parseSort(q.sort ?? '-createdAt', noticeSortColumns, 'createdAt');
  const ks = keyset(sort, notices.id, q.cursor);
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const rows = await noticeBase(db)
    .where(
      and(
        text ? or(ilike(notices.noticeNo, text), ilike(employers.name, text)) : undefined,
        q.type ? eq(notices.type, q.type) : undefined,
        q.status ? eq(notices.status, q.status) : undefined,
        q.employerId ? eq(notices.employerId, q.employerId) : undefined,
        q.officeId ? eq(notices.officeId, q.officeId) : undefined,
        q.category ? sql`${q.category} = any(${notices.categories})` : undefined,
        q.readyToEscalate === true ? readyToEscalateWhere(now) : q.readyToEscalate === false ? sql`not ${readyToEscalateWhere(now)}` : undefined,
        ks.where,
      ),
    )
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
  return { rows, sortField: sort.field };
}

export async function insertNotice(db: DbOrTx, values: typeof notices.$inferInsert & { id: string }) {
  await db.insert(notices).values(values);
}

/** Writes the change only at `version`, with the other writes of the change (`alongside`); false when someone else got there first. */
export async function updateNotice(db: DbOrTx, id: string, version: number, values: Partial<typeof notices.$inferInsert>, writes: readonly SQLWrapper[] = []) {
  const [row] = await alongside(db, writes)
    .update(notices)
    .set({ ...values, version: sql`${notices.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(notices.id, id), eq(notices.version, version)))
    .returning({ id: notices.id });
  return !!row;
}

/** Another notice already issued on top of this one (a predecessor is escalated once). */
export async function issuedSuccessor(db: DbOrTx, previousId: string, exceptId: string) {
  const { rows } = await db.execute<{ id: string }>(sql`${successorOf(sql`${previousId}::uuid`, sql`x`)} and x.id <> ${exceptId} limit 1`);
  return rows[0] ?? null;
}

export async function nextSeq(db: DbOrTx, officeId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(noticeCounters)
    .values({ officeId, year, last: 1 })
    .onConflictDoUpdate({ target: [noticeCounters.officeId, noticeCounters.year], set: { last: sql`${noticeCounters.last} + 1` } })
    .returning({ last: noticeCounters.last });
  return row.last;
}

/** The insert of a timeline entry, sent with the statement of its change. */
export const eventInsert = (db: DbOrTx, values: typeof noticeEvents.$inferInsert) => db.insert(noticeEvents).values(values);

export async function eventsOf(db: DbOrTx, noticeId: string) {
  return db
    .select({
      id: noticeEvents.id,
      type: noticeEvents.type,
      fromStatus: noticeEvents.fromStatus,
      toStatus: noticeEvents.toStatus,
      note: noticeEvents.note,
      actorName: noticeEvents.actorName,
      actorId: noticeEvents.actorId,
      officeName: sql<string | null>`(select n.name from network_office(${noticeEvents.actorOfficeId}) n)`,
      at: noticeEvents.at,
    })
    .from(noticeEvents)
    .where(eq(noticeEvents.noticeId, noticeId))
    .orderBy(asc(noticeEvents.at), asc(noticeEvents.id));
}

/** Public violations through public_violations() (migration 0014): four fields of published notices only. */
export async function publicViolations(db: DbOrTx, limit: number, offset: number) {
  const { rows } = await db.execute<{ employer_name: string; categories: string[]; published_at: string | Date; issuing_union: string; total: number }>(
    sql`select * from public_violations(${limit}, ${offset})`,
  );
  return rows;
}

export type SupervisionFiguresRow = {
  office_id: string | null;
  office_name: string | null;
  inspections: number;
  reminder: number;
  opinion: number;
  recommendation: number;
  publication: number;
  rectifiable: number;
  rectified: number;
  average_days: string | null;
  median_days: string | null;
  ready: number;
};

/**
 * Figures of a subtree for notices issued (and inspections made) in [from, to), in total
 * (office_id null, first) and per district-tier office of the subtree, with its name, by region code.
 */
export async function stats(db: DbOrTx, path: string, from: Date | null, to: Date | null, now: Date) {
  const period = (column: SQL) => sql`${from ? sql`and ${column} >= ${from}` : sql``} ${to ? sql`and ${column} < ${to}` : sql``}`;
  const { rows } = await db.execute<SupervisionFiguresRow>(sql`
    with districts as (
      -- a district's top office (its federation), not the centers under it
      select d.id, d.name, d.region_code, d.path from offices d left join offices p on p.id = d.parent_id
      where d.tier = 'district' and d.path like ${`${path}%`} and (p.tier is distinct from 'district' or d.path = ${path})
    ), n as (
      select n.*, (select d.id from districts d where o.path like d.path || '%') as district_id
      from notices n join offices o on o.id = n.office_id
      where o.path like ${`${path}%`} and n.issued_at is not null ${period(sql`n.issued_at`)}
    ), i as (
      select (select d.id from districts d where o.path like d.path || '%') as district_id
      from inspections i join offices o on o.id = i.office_id
      where o.path like ${`${path}%`} ${period(sql`i.inspected_on::timestamptz`)}
    ), units as (
      select null::uuid as office_id, null::text as office_name, null::text as region_code union all select id, name, region_code from districts
    )
    select u.office_id, u.office_name,
      (select count(*) from i where u.office_id is null or i.district_id = u.office_id)::int as inspections,
      count(n.id) filter (where n.type = 'reminder')::int as reminder,
      count(n.id) filter (where n.type = 'opinion')::int as opinion,
      count(n.id) filter (where n.type = 'recommendation')::int as recommendation,
      count(n.id) filter (where n.type = 'publication')::int as publication,
      count(n.id) filter (where n.type in ('reminder', 'opinion'))::int as rectifiable,
      count(n.id) filter (where n.type in ('reminder', 'opinion') and n.rectified_at is not null)::int as rectified,
      (avg(extract(epoch from (n.rectified_at - n.issued_at)) / 86400) filter (where n.rectified_at is not null))::text as average_days,
      (percentile_cont(0.5) within group (order by extract(epoch from (n.rectified_at - n.issued_at)) / 86400) filter (where n.rectified_at is not null))::text as median_days,
      count(n.id) filter (where ${readyToEscalateWhere(now, { type: sql`n.type`, status: sql`n.status`, deadlineAt: sql`n.deadline_at` })})::int as ready
    from units u left join n on u.office_id is null or n.district_id = u.office_id
    group by u.office_id, u.office_name, u.region_code
    order by u.region_code nulls first, u.office_id`);
  return rows;
}

/**
 * Scheduler: the offices of notices that became ready to escalate (the shared rule) are told,
 * once each: the time they were told is kept.
 */
export async function sweepReadyToEscalate(db: DbOrTx, now: Date) {
  const { rows } = await db.execute<{ n: number }>(sql`
    with marked as (
      update notices set ready_to_escalate_at = ${now}
      where ${readyToEscalateWhere(now)} and ready_to_escalate_at is null
      returning id, office_id, notice_no, network_id
    ), noticed as (
      insert into notifications (office_id, kind, entity, entity_id, title, network_id)
      select office_id, 'notice_ready_to_escalate', 'notice', id, coalesce(notice_no, ''), network_id from marked
      on conflict do nothing
    )
    select count(*)::int as n from marked`);
  return { readyToEscalate: rows[0]?.n ?? 0 };
}
