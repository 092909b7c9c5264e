import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
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
  version: employers.version,
};

/**
 * The employers a batch names, by external id or credit code, with what an import compares.
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
 * New employers and their audit entries (as the single create writes them) in one statement: the
 * rows go over once, as one JSON parameter. With `skipTaken`, a row whose external id or credit
 * code is already registered is left out (nothing else is: a refused row fails the statement), and
 * the answer is the credit codes of the rows left out; otherwise every row is written.
 */
export async function insertEmployersAudited(ctx: AuditCtx, values: (typeof employers.$inferInsert)[], skipTaken: boolean): Promise<string[]> {
  if (!values.length) return [];
  // short keys: the parameter is a few hundred kilobytes a batch
  const rows = values.map((v) => ({
    x: v.externalId ?? undefined,
    n: v.name,
    c: v.creditCode,
    r: v.regionCode,
    i: v.industry,
    e: v.employeeCount,
    u: v.unionized,
    uo: v.unionOfficeId ?? undefined,
    g: v.groupId ?? undefined,
    o: v.officeId,
    nw: v.networkId,
  }));
  const { rows: left } = await ctx.db.execute<{ credit_code: string }>(sql`
    with input as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json)
        as v(x text, n text, c text, r text, i text, e integer, u boolean, uo uuid, g uuid, o uuid, nw uuid)
    ), written as (
      insert into ${employers} (external_id, name, credit_code, region_code, industry, employee_count, unionized, union_office_id, group_id, office_id, network_id)
      select x, n, c, r, i, e, u, uo, g, o, nw from input
      ${skipTaken ? sql`on conflict do nothing` : sql``}
      returning *
    ), audited as (
      ${auditRows(
        ctx,
        'employer.create',
        'employer',
        sql`select id::text as entity_id, office_id, jsonb_build_object('id', id, 'externalId', external_id, 'name', name, 'creditCode', credit_code,
          'regionCode', region_code, 'industry', industry, 'employeeCount', employee_count, 'unionized', unionized, 'unionOfficeId', union_office_id,
          'groupId', group_id, 'officeId', office_id, 'version', version) as after from written`,
      )}
    )
    select c as credit_code from input where c not in (select credit_code from written)`);
  return left.map((r) => r.credit_code);
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
