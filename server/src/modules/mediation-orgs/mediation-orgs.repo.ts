import { and, asc, eq, getTableColumns, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { FilingStatus, MediationOrgListQuery } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { employers, inScope, mediationOrgEvents, mediationOrgs, orgReports } from '../../db/schema.js';
import { keyset, pageLimit, parseSort } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  ...getColumns(),
  employerName: employers.name,
  // filer and authority sit on different branches of the tree: named through the network lookup
  officeName: sql<string>`(select n.name from network_office(${mediationOrgs.officeId}) n)`,
  filingOfficeName: sql<string>`(select n.name from network_office(${mediationOrgs.filingOfficeId}) n)`,
  // kept by the mediators' trigger (coverage.schema.ts)
  mediatorCount: mediationOrgs.activeMediators,
};
function getColumns() {
  const { networkId, activeMediators, ...rest } = getTableColumns(mediationOrgs);
  void networkId;
  void activeMediators;
  return rest;
}

export const sortColumns = { name: mediationOrgs.name, createdAt: mediationOrgs.createdAt, regionCode: mediationOrgs.regionCode };

const notStandardized = sql`not (${mediationOrgs.checklist} @> '{"institution": true, "sign": true, "staff": true, "rules": true}'::jsonb)`;

export async function listMediationOrgs(db: DbOrTx, q: MediationOrgListQuery & { reviewOfficeId?: string }, limit: number) {
  const sort = parseSort(q.sort, sortColumns, 'name');
  const ks = keyset(sort, mediationOrgs.id, q.cursor);
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const where: (SQL | undefined)[] = [
    text ? or(ilike(mediationOrgs.name, text), ilike(employers.name, text), ilike(employers.creditCode, text)) : undefined,
    q.type ? eq(mediationOrgs.type, q.type) : undefined,
    q.status ? eq(mediationOrgs.status, q.status) : undefined,
    q.filingOfficeId ? eq(mediationOrgs.filingOfficeId, q.filingOfficeId) : undefined,
    q.employerId ? eq(mediationOrgs.employerId, q.employerId) : undefined,
    q.regionCode ? like(mediationOrgs.regionCode, `${q.regionCode}%`) : undefined,
    q.standardized === false ? notStandardized : q.standardized === true ? sql`not ${notStandardized}` : undefined,
    q.reviewOfficeId ? and(eq(mediationOrgs.filingOfficeId, q.reviewOfficeId), inArray(mediationOrgs.status, ['submitted', 'resubmitted'])) : undefined,
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(mediationOrgs)
    .leftJoin(employers, eq(employers.id, mediationOrgs.employerId))
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
  return { rows, sortField: sort.field };
}

export async function findMediationOrg(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(mediationOrgs).leftJoin(employers, eq(employers.id, mediationOrgs.employerId)).where(eq(mediationOrgs.id, id));
  return row ?? null;
}
export type MediationOrgRow = NonNullable<Awaited<ReturnType<typeof findMediationOrg>>>;

export async function insertMediationOrg(db: DbOrTx, values: typeof mediationOrgs.$inferInsert) {
  const [row] = await db.insert(mediationOrgs).values(values).returning({ id: mediationOrgs.id });
  return (await findMediationOrg(db, row.id))!;
}

export async function updateMediationOrg(db: DbOrTx, id: string, version: number, values: Partial<typeof mediationOrgs.$inferInsert>) {
  const [row] = await db
    .update(mediationOrgs)
    .set({ ...values, version: sql`${mediationOrgs.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(mediationOrgs.id, id), eq(mediationOrgs.version, version)))
    .returning({ id: mediationOrgs.id });
  return row ? findMediationOrg(db, id) : null;
}

export async function insertFilingEvent(db: DbOrTx, values: typeof mediationOrgEvents.$inferInsert) {
  await db.insert(mediationOrgEvents).values(values);
}

export async function listFilingEvents(db: DbOrTx, orgId: string) {
  return db.select().from(mediationOrgEvents).where(eq(mediationOrgEvents.orgId, orgId)).orderBy(asc(mediationOrgEvents.at), asc(mediationOrgEvents.id));
}

export async function insertReport(db: DbOrTx, values: typeof orgReports.$inferInsert) {
  const [row] = await db.insert(orgReports).values(values).returning();
  return row;
}

export async function listReports(db: DbOrTx, orgId: string) {
  return db.select().from(orgReports).where(eq(orgReports.orgId, orgId)).orderBy(sql`${orgReports.period} desc`);
}

/** Filed organizations reporting at `cadence` (optionally to one authority) and their report of `period`, if any. */
export async function reportStandings(db: DbOrTx, opts: { period: string; cadence: string; filingOfficeId?: string }) {
  return db
    .select({
      orgId: mediationOrgs.id,
      orgName: mediationOrgs.name,
      type: mediationOrgs.type,
      filingOfficeId: mediationOrgs.filingOfficeId,
      filingOfficeName: columns.filingOfficeName,
      submittedAt: orgReports.submittedAt,
    })
    .from(mediationOrgs)
    .leftJoin(orgReports, and(eq(orgReports.orgId, mediationOrgs.id), eq(orgReports.period, opts.period)))
    .where(
      and(
        eq(mediationOrgs.status, 'filed' satisfies FilingStatus),
        eq(mediationOrgs.reportingCadence, opts.cadence as 'month'),
        opts.filingOfficeId ? eq(mediationOrgs.filingOfficeId, opts.filingOfficeId) : undefined,
        // only the organizations the caller files for or reviews, not the whole public directory
        or(inScope(mediationOrgs.officeId), inScope(mediationOrgs.filingOfficeId)),
      ),
    )
    .orderBy(asc(mediationOrgs.name));
}


/** The filed organization an office is (a center or room), or, for a street station, its street's room. */
export async function findOwnOrgId(db: DbOrTx, officeId: string, streetRoomRegion: string | null) {
  const [row] = await db
    .select({ id: mediationOrgs.id })
    .from(mediationOrgs)
    .where(
      and(
        eq(mediationOrgs.status, 'filed'),
        or(eq(mediationOrgs.officeId, officeId), streetRoomRegion ? and(eq(mediationOrgs.type, 'street_room'), eq(mediationOrgs.regionCode, streetRoomRegion)) : undefined),
      ),
    )
    .orderBy(sql`${mediationOrgs.officeId} = ${officeId} desc`)
    .limit(1);
  return row?.id ?? null;
}
