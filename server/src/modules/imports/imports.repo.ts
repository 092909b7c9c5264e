import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
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
  version: employers.version,
};

/**
 * The employers a batch names, by external id or credit code, with what an import compares.
 * Two queries, one per unique index (an OR of both would scan the table for every batch), the
 * keys handed over as one JSON parameter rather than a thousand.
 */
export async function employersByKeys(db: DbOrTx, networkId: string, externalIds: string[], creditCodes: string[]) {
  const among = (keys: string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`;
  const byCode = creditCodes.length ? await db.select(employerKeyColumns).from(employers).where(inArray(employers.creditCode, among(creditCodes))) : [];
  const byExternalId = externalIds.length
    ? await db.select(employerKeyColumns).from(employers).where(and(eq(employers.networkId, networkId), inArray(employers.externalId, among(externalIds))))
    : [];
  const seen = new Set(byCode.map((e) => e.id));
  return [...byCode, ...byExternalId.filter((e) => !seen.has(e.id))];
}

/** New employers in one statement, handed over as one JSON parameter; answers each id by credit code. */
export async function insertEmployers(db: DbOrTx, values: (typeof employers.$inferInsert)[]) {
  if (!values.length) return new Map<string, string>();
  const rows = values.map((v) => ({
    external_id: v.externalId ?? undefined,
    name: v.name,
    credit_code: v.creditCode,
    region_code: v.regionCode,
    industry: v.industry,
    employee_count: v.employeeCount,
    unionized: v.unionized,
    union_office_id: v.unionOfficeId ?? undefined,
    group_id: v.groupId ?? undefined,
    office_id: v.officeId,
    network_id: v.networkId,
  }));
  const { rows: inserted } = await db.execute<{ id: string; credit_code: string }>(sql`
    insert into ${employers} (external_id, name, credit_code, region_code, industry, employee_count, unionized, union_office_id, group_id, office_id, network_id)
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(external_id text, name text, credit_code text, region_code text, industry text,
      employee_count integer, unionized boolean, union_office_id uuid, group_id uuid, office_id uuid, network_id uuid)
    returning id, credit_code`);
  return new Map(inserted.map((r) => [r.credit_code, r.id]));
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
