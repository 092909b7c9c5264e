import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { inScope, mediationOrgs, mediators } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';
import { expirySortKey, expiryWithin, type ExpiryRange } from '../certificates/certificates.repo.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: mediators.id,
  externalId: mediators.externalId,
  orgId: mediators.orgId,
  orgName: mediationOrgs.name,
  name: mediators.name,
  gender: mediators.gender,
  phone: mediators.phone,
  partTime: mediators.partTime,
  alsoSupervisor: mediators.alsoSupervisor,
  active: mediators.active,
  certificateNo: mediators.certificateNo,
  certificateExpiry: mediators.certificateExpiry,
  version: mediators.version,
  createdAt: mediators.createdAt,
};

export const sortColumns = { name: mediators.name, certificateExpiry: expirySortKey(mediators.certificateExpiry), createdAt: mediators.createdAt };

export interface MediatorFilters {
  orgId?: string;
  q?: string;
  active?: boolean;
  expiry?: ExpiryRange;
}

export async function listMediators(db: DbOrTx, f: MediatorFilters, page: { sort?: string; cursor?: string; limit: number }) {
  const sort = parseSort<keyof typeof sortColumns>(page.sort, sortColumns, 'name');
  const ks = keyset(sort, mediators.id, page.cursor);
  const text = f.q ? `%${escapeLike(f.q)}%` : null;
  const where: (SQL | undefined)[] = [
    f.orgId ? eq(mediators.orgId, f.orgId) : undefined,
    text ? or(ilike(mediators.name, text), ilike(mediators.phone, text), ilike(mediators.certificateNo, text)) : undefined,
    f.active !== undefined ? eq(mediators.active, f.active) : undefined,
    expiryWithin(mediators.certificateExpiry, f.expiry),
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(mediators)
    .innerJoin(mediationOrgs, eq(mediationOrgs.id, mediators.orgId))
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows, sortField: sort.field };
}

export async function findMediator(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(mediators).innerJoin(mediationOrgs, eq(mediationOrgs.id, mediators.orgId)).where(eq(mediators.id, id));
  return row ?? null;
}
export type MediatorRow = NonNullable<Awaited<ReturnType<typeof findMediator>>>;

/**
 * An organization the caller may staff: filed by the caller's subtree or filed with it. Filed
 * organizations are readable across the network, so being visible is not enough.
 */
export async function findOrgInReach(db: DbOrTx, orgId: string) {
  const [row] = await db
    .select({ id: mediationOrgs.id, officeId: mediationOrgs.officeId })
    .from(mediationOrgs)
    .where(and(eq(mediationOrgs.id, orgId), or(inScope(mediationOrgs.officeId), inScope(mediationOrgs.filingOfficeId))));
  return row ?? null;
}

export async function insertMediator(db: DbOrTx, values: typeof mediators.$inferInsert) {
  const [row] = await db.insert(mediators).values(values).returning({ id: mediators.id });
  return (await findMediator(db, row.id))!;
}

/** Writes the change only if the row is still at `version`; null when someone else got there first. */
export async function updateMediator(db: DbOrTx, id: string, version: number, values: Partial<typeof mediators.$inferInsert>) {
  const [row] = await db
    .update(mediators)
    .set({ ...values, version: sql`${mediators.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(mediators.id, id), eq(mediators.version, version)))
    .returning({ id: mediators.id });
  return row ? findMediator(db, id) : null;
}
