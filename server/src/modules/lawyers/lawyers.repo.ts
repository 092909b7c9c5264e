import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { LawyerKind, LawyerPool } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { lawyers } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';
import { expirySortKey, expiryWithin, type ExpiryRange } from '../certificates/certificates.repo.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: lawyers.id,
  externalId: lawyers.externalId,
  name: lawyers.name,
  licenseNo: lawyers.licenseNo,
  firm: lawyers.firm,
  kind: lawyers.kind,
  pools: lawyers.pools,
  maxActiveMatters: lawyers.maxActiveMatters,
  active: lawyers.active,
  actsForEmployerIds: lawyers.actsForEmployerIds,
  userId: lawyers.userId,
  officeId: lawyers.officeId,
  // lawyers are read across the network, from offices outside the caller's subtree: named through the network lookup
  officeName: sql<string>`(select n.name from network_office(${lawyers.officeId}) n)`,
  phone: lawyers.phone,
  certificateExpiry: lawyers.certificateExpiry,
  version: lawyers.version,
  createdAt: lawyers.createdAt,
};

export const sortColumns = { name: lawyers.name, certificateExpiry: expirySortKey(lawyers.certificateExpiry), createdAt: lawyers.createdAt };

export interface LawyerFilters {
  officeId?: string;
  pool?: LawyerPool;
  kind?: LawyerKind;
  q?: string;
  active?: boolean;
  expiry?: ExpiryRange;
}

export async function listLawyers(db: DbOrTx, f: LawyerFilters, page: { sort?: string; cursor?: string; limit: number }) {
  const sort = parseSort<keyof typeof sortColumns>(page.sort, sortColumns, 'name');
  const ks = keyset(sort, lawyers.id, page.cursor);
  const text = f.q ? `%${escapeLike(f.q)}%` : null;
  const where: (SQL | undefined)[] = [
    f.officeId ? eq(lawyers.officeId, f.officeId) : undefined,
    f.pool ? sql`${f.pool} = any(${lawyers.pools})` : undefined,
    f.kind ? eq(lawyers.kind, f.kind) : undefined,
    text ? or(ilike(lawyers.name, text), ilike(lawyers.licenseNo, text), ilike(lawyers.firm, text)) : undefined,
    f.active !== undefined ? eq(lawyers.active, f.active) : undefined,
    expiryWithin(lawyers.certificateExpiry, f.expiry),
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(lawyers)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows, sortField: sort.field };
}

export async function findLawyer(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(lawyers).where(eq(lawyers.id, id));
  return row ?? null;
}
export type LawyerRow = NonNullable<Awaited<ReturnType<typeof findLawyer>>>;

/** Who holds a licence number, in any city: licences are national (see migration 0006). */
export async function findByLicense(db: DbOrTx, licenseNo: string): Promise<{ id: string } | null> {
  const { rows } = await db.execute<{ id: string | null }>(sql`select lawyer_license_holder(${licenseNo}) as id`);
  return rows[0]?.id ? { id: rows[0].id } : null;
}

export async function insertLawyer(db: DbOrTx, values: typeof lawyers.$inferInsert) {
  const [row] = await db.insert(lawyers).values(values).returning({ id: lawyers.id });
  return (await findLawyer(db, row.id))!;
}

/** Writes the change only if the row is still at `version`; null when someone else got there first. */
export async function updateLawyer(db: DbOrTx, id: string, version: number, values: Partial<typeof lawyers.$inferInsert>) {
  const [row] = await db
    .update(lawyers)
    .set({ ...values, version: sql`${lawyers.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(lawyers.id, id), eq(lawyers.version, version)))
    .returning({ id: lawyers.id });
  return row ? findLawyer(db, id) : null;
}
