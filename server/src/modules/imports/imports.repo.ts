import { and, eq, inArray, sql } from 'drizzle-orm';
import { copyRows, type DbOrTx, type Tx } from '../../db/client.js';
import { auditRows, type AuditCtx } from '../../lib/audit.js';
import { cases, employers, lawyers, legalAidApplications, mediationOrgs, mediators } from '../../db/schema.js';

const employerKeyColumns = {
  id: employers.id,
  externalId: employers.externalId,
  name: employers.name,
  creditCode: employers.creditCode,
  regionCode: employers.regionCode,
  industry: employers.industry,
  employeeCount: employers.employeeCount,
  unionized: employers.unionized,
  unionOfficeId: employers.unionOfficeId,
  groupId: employers.groupId,
  officeId: employers.officeId,
  networkId: employers.networkId,
  version: employers.version,
  createdAt: employers.createdAt,
  updatedAt: employers.updatedAt,
};
export type RegisteredEmployer = Awaited<ReturnType<typeof employersByKeys>>[number];

/**
 * The employers a batch names, by external id or credit code, as an import compares and audits them.
 * One round trip, one arm per unique index (an OR of both would scan the table), the keys handed
 * over as one JSON parameter each rather than thousands.
 */
export async function employersByKeys(db: DbOrTx, networkId: string, externalIds: string[], creditCodes: string[]) {
  if (!creditCodes.length) return [];
  const among = (keys: string[]) => sql`(select json_array_elements_text(${JSON.stringify(keys)}::json))`;
  const byCode = db.select(employerKeyColumns).from(employers).where(inArray(employers.creditCode, among(creditCodes)));
  const byExternalId = db
    .select(employerKeyColumns)
    .from(employers)
    .where(and(eq(employers.networkId, networkId), inArray(employers.externalId, among(externalIds))));
  // union, not union all: a record named by both keys comes once
  return byCode.union(byExternalId);
}

/**
 * A batch of employers as the import writes them, one row of the file each: the record's id (new, or
 * that of the record the row updates, with the version read), its fields, and its audit entry's
 * `before` and `after` as JSON (the API's own Employer, as the single create and update record them).
 */
export interface StagedEmployer {
  row: number;
  id: string;
  version: number | null;
  values: Omit<typeof employers.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
  before: string | null;
  after: string;
}

const staging = 'import_employers';
const stagingColumns = [
  ['file_row', 'integer'],
  ['id', 'uuid'],
  ['version', 'integer'],
  ['external_id', 'text'],
  ['name', 'text'],
  ['credit_code', 'text'],
  ['region_code', 'text'],
  ['industry', 'text'],
  ['employee_count', 'integer'],
  ['unionized', 'boolean'],
  ['union_office_id', 'uuid'],
  ['group_id', 'uuid'],
  ['office_id', 'uuid'],
  ['network_id', 'uuid'],
  // JSON text: PGlite's array parameters would take a string for a JSON string
  ['before', 'text'],
  ['after', 'text'],
] as const;

/**
 * The batches go through a temporary table of the import's transaction (gone at its end), made once
 * before the first: the set-based statements below read it, so that the rows cross the wire once, in
 * the cheapest form. Each statement empties it as it reads it (`delete … returning`), and a batch
 * whose write is refused is taken back to its savepoint with its rows: no batch finds another's.
 */
export async function createEmployerStaging(tx: Tx) {
  await tx.execute(sql.raw(`create temp table if not exists ${staging} (${stagingColumns.map(([n, t]) => `${n} ${t}`).join(', ')}) on commit drop`));
}

/** A batch into the staging table, by COPY. */
export async function stageEmployers(tx: Tx, rows: StagedEmployer[]) {
  await copyRows(
    tx,
    staging,
    stagingColumns,
    rows.map((r) => {
      const v = r.values;
      return [r.row, r.id, r.version, v.externalId, v.name, v.creditCode, v.regionCode, v.industry, v.employeeCount, v.unionized, v.unionOfficeId, v.groupId, v.officeId, v.networkId, r.before, r.after];
    }),
  );
}

/** The staged batch, taken out of the staging table by the statement that writes it. */
const stagedBatch = sql.raw(`staged as (delete from ${staging} returning *)`);

/**
 * The staged rows as new employers stamped `at`, each with its audit entry, in one statement that
 * reads nothing back. A row whose external id or credit code is already registered is left out
 * (nothing else is: a refused row fails the statement); the answer is the rows left out.
 */
export async function insertStagedEmployers(ctx: AuditCtx, at: Date): Promise<number[]> {
  const { rows } = await ctx.db.execute<{ row: number }>(sql`
    with ${stagedBatch}, written as (
      insert into ${employers} (id, external_id, name, credit_code, region_code, industry, employee_count, unionized, union_office_id, group_id, office_id, network_id, created_at, updated_at)
      select id, external_id, name, credit_code, region_code, industry, employee_count, unionized, union_office_id, group_id, office_id, network_id, ${at}, ${at} from staged
      on conflict do nothing
      returning id, office_id
    ), audited as (
      ${auditRows(ctx, 'employer.create', 'employer', sql`select w.id::text as entity_id, w.office_id, null::jsonb as before, s.after::jsonb as after from written w join staged s using (id)`)}
    )
    select file_row as row from staged where id not in (select id from written)`);
  return rows.map((r) => r.row);
}

/**
 * The staged rows as updates stamped `at` of the records they name, at the version read, each with its
 * audit entry, in one statement; the answer is the rows whose record moved on since (a version conflict).
 */
export async function updateStagedEmployers(ctx: AuditCtx, at: Date): Promise<number[]> {
  const { rows } = await ctx.db.execute<{ row: number }>(sql`
    with ${stagedBatch}, written as (
      update ${employers} e set external_id = s.external_id, name = s.name, credit_code = s.credit_code, region_code = s.region_code, industry = s.industry,
        employee_count = s.employee_count, unionized = s.unionized, union_office_id = s.union_office_id, group_id = s.group_id,
        version = e.version + 1, updated_at = ${at}
      from staged s where e.id = s.id and e.version = s.version
      returning e.id, e.office_id, s.file_row
    ), audited as (
      ${auditRows(ctx, 'employer.update', 'employer', sql`select w.id::text as entity_id, w.office_id, s.before::jsonb, s.after::jsonb from written w join staged s using (file_row)`)}
    )
    select file_row as row from staged where file_row not in (select file_row from written)`);
  return rows.map((r) => r.row);
}

const one = async (rows: Promise<{ id: string }[]>) => (await rows)[0]?.id ?? null;

/** The record a row names by its external id, or else by the resource's natural key. */
export const findExisting = {
  mediationOrg: (db: DbOrTx, networkId: string, k: { externalId?: string | null; name: string }) =>
    one(
      db
        .select({ id: mediationOrgs.id })
        .from(mediationOrgs)
        .where(and(eq(mediationOrgs.networkId, networkId), k.externalId ? eq(mediationOrgs.externalId, k.externalId) : eq(mediationOrgs.name, k.name.trim())))
        .limit(1),
    ),
  mediator: (db: DbOrTx, k: { orgId: string; externalId?: string | null; name: string }) =>
    one(
      db
        .select({ id: mediators.id })
        .from(mediators)
        .where(and(eq(mediators.orgId, k.orgId), k.externalId ? eq(mediators.externalId, k.externalId) : eq(mediators.name, k.name.trim())))
        .limit(1),
    ),
  lawyer: (db: DbOrTx, networkId: string, k: { externalId?: string | null; licenseNo: string }) =>
    one(
      db
        .select({ id: lawyers.id })
        .from(lawyers)
        .where(k.externalId ? and(eq(lawyers.networkId, networkId), eq(lawyers.externalId, k.externalId)) : eq(lawyers.licenseNo, k.licenseNo))
        .limit(1),
    ),
  case: (db: DbOrTx, networkId: string, externalId: string) =>
    one(db.select({ id: cases.id }).from(cases).where(and(eq(cases.networkId, networkId), eq(cases.externalId, externalId)))),
  legalAid: (db: DbOrTx, networkId: string, externalId: string) =>
    one(
      db
        .select({ id: legalAidApplications.id })
        .from(legalAidApplications)
        .where(and(eq(legalAidApplications.networkId, networkId), eq(legalAidApplications.externalId, externalId))),
    ),
};
