import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { employers, offices, supervisors } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';
import { expirySortKey, expiryWithin, type ExpiryRange } from '../certificates/certificates.repo.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: supervisors.id,
  externalId: supervisors.externalId,
  name: supervisors.name,
  officeId: supervisors.officeId,
  officeName: offices.name,
  employerId: supervisors.employerId,
  employerName: employers.name,
  mediatorId: supervisors.mediatorId,
  phone: supervisors.phone,
  active: supervisors.active,
  certificateNo: supervisors.certificateNo,
  certificateExpiry: supervisors.certificateExpiry,
  version: supervisors.version,
  createdAt: supervisors.createdAt,
};

export const sortColumns = { name: supervisors.name, certificateExpiry: expirySortKey(supervisors.certificateExpiry), createdAt: supervisors.createdAt };

export interface SupervisorFilters {
  officeId?: string;
  employerId?: string;
  q?: string;
  active?: boolean;
  expiry?: ExpiryRange;
}

const withNames = (db: DbOrTx) =>
  db.select(columns).from(supervisors).innerJoin(offices, eq(offices.id, supervisors.officeId)).leftJoin(employers, eq(employers.id, supervisors.employerId));

export async function listSupervisors(db: DbOrTx, f: SupervisorFilters, page: { sort?: string; cursor?: string; limit: number }) {
  const sort = parseSort<keyof typeof sortColumns>(page.sort, sortColumns, 'name');
  const ks = keyset(sort, supervisors.id, page.cursor);
  const text = f.q ? `%${escapeLike(f.q)}%` : null;
  const where: (SQL | undefined)[] = [
    f.officeId ? eq(supervisors.officeId, f.officeId) : undefined,
    f.employerId ? eq(supervisors.employerId, f.employerId) : undefined,
    text ? or(ilike(supervisors.name, text), ilike(supervisors.phone, text), ilike(supervisors.certificateNo, text)) : undefined,
    f.active !== undefined ? eq(supervisors.active, f.active) : undefined,
    expiryWithin(supervisors.certificateExpiry, f.expiry),
    ks.where,
  ];
  const rows = await withNames(db)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows, sortField: sort.field };
}

export async function findSupervisor(db: DbOrTx, id: string) {
  const [row] = await withNames(db).where(eq(supervisors.id, id));
  return row ?? null;
}
export type SupervisorRow = NonNullable<Awaited<ReturnType<typeof findSupervisor>>>;

/** Employers are readable across the network: any the caller sees may employ a supervisor. */
export async function employerExists(db: DbOrTx, id: string) {
  const [row] = await db.select({ id: employers.id }).from(employers).where(eq(employers.id, id));
  return !!row;
}

export async function insertSupervisor(db: DbOrTx, values: typeof supervisors.$inferInsert) {
  const [row] = await db.insert(supervisors).values(values).returning({ id: supervisors.id });
  return (await findSupervisor(db, row.id))!;
}

/** Writes the change only if the row is still at `version`; null when someone else got there first. */
export async function updateSupervisor(db: DbOrTx, id: string, version: number, values: Partial<typeof supervisors.$inferInsert>) {
  const [row] = await db
    .update(supervisors)
    .set({ ...values, version: sql`${supervisors.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(supervisors.id, id), eq(supervisors.version, version)))
    .returning({ id: supervisors.id });
  return row ? findSupervisor(db, id) : null;
}
