import { and, asc, eq, gte, lte, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { inScope, lawyers, mediationOrgs, mediators, offices, supervisors } from '../../db/schema.js';
import { pageLimit, keyset } from '../../lib/paging.js';

export type CertificateHolder = 'mediator' | 'supervisor' | 'lawyer';

/** Inclusive bounds on a certificate's expiry date. */
export interface ExpiryRange {
  from?: string;
  to?: string;
}

export const expiryWithin = (column: AnyColumn, range: ExpiryRange | undefined): SQL | undefined =>
  range && and(range.from ? gte(column, range.from) : undefined, range.to ? lte(column, range.to) : undefined);

/**
 * The sort key of `?sort=certificateExpiry`: keyset paging compares values, and people without a
 * certificate (a null expiry) would otherwise drop out of the pages; they sort last.
 */
const noExpiry = '9999-12-31';
export const expirySortKey = (column: AnyColumn) => sql<string>`coalesce(${column}, ${noExpiry}::date)` as unknown as AnyColumn;
export const expirySortValue = (expiry: string | null) => expiry ?? noExpiry;

/** One row of the expiring list, in the same shape whichever table it comes from. */
function holderColumns(kind: CertificateHolder, t: { id: AnyColumn; name: AnyColumn; certificateNo: AnyColumn | null; certificateExpiry: AnyColumn }, organization: AnyColumn) {
  return {
    kind: sql<CertificateHolder>`${kind}::text`.as('kind'),
    id: sql<string>`${t.id}`.as('id'),
    name: sql<string>`${t.name}`.as('name'),
    certificateNo: sql<string | null>`${t.certificateNo ?? sql`null::text`}`.as('certificate_no'),
    certificateExpiry: sql<string>`${t.certificateExpiry}`.as('certificate_expiry'),
    organization: sql<string>`${organization}`.as('organization'),
  };
}

export async function listExpiring(db: DbOrTx, f: { until: string; kind?: CertificateHolder }, page: { cursor?: string; limit: number }) {
  const after = (t: { id: AnyColumn; certificateExpiry: AnyColumn }) => keyset({ column: t.certificateExpiry, descending: false }, t.id, page.cursor).where;
  const due = (t: { certificateExpiry: AnyColumn; active: AnyColumn }) => and(lte(t.certificateExpiry, f.until), eq(t.active, true));
  const branches = {
    mediator: () =>
      db
        .select(holderColumns('mediator', mediators, mediationOrgs.name))
        .from(mediators)
        .innerJoin(mediationOrgs, eq(mediationOrgs.id, mediators.orgId))
        // every mediator of a filed organization is readable; the list is of those the caller looks after
        .where(and(due(mediators), or(inScope(mediationOrgs.officeId), inScope(mediationOrgs.filingOfficeId)), after(mediators))),
    supervisor: () =>
      db
        .select(holderColumns('supervisor', supervisors, offices.name))
        .from(supervisors)
        .innerJoin(offices, eq(offices.id, supervisors.officeId))
        .where(and(due(supervisors), after(supervisors))),
    lawyer: () =>
      db
        .select(holderColumns('lawyer', { id: lawyers.id, name: lawyers.name, certificateNo: null, certificateExpiry: lawyers.certificateExpiry }, offices.name))
        .from(lawyers)
        .innerJoin(offices, eq(offices.id, lawyers.officeId))
        // lawyers are readable across the network; the list is of those the caller's subtree keeps
        .where(and(due(lawyers), inScope(lawyers.officeId), after(lawyers))),
  };
  const order = [asc(sql.identifier('certificate_expiry')), asc(sql.identifier('id'))];
  if (f.kind) return branches[f.kind]().orderBy(...order).limit(pageLimit(page.limit));
  return unionAll(branches.mediator(), branches.supervisor(), branches.lawyer())
    .orderBy(...order)
    .limit(pageLimit(page.limit));
}
