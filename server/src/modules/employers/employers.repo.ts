import { and, eq, gte, ilike, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { EmployerListQuery } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { employers } from '../../db/schema.js';
import { keyset, pageLimit, parseSort } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
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
  // the union office and group may sit outside the caller's subtree: named through the network lookup
  unionOfficeName: sql<string | null>`(select n.name from network_office(${employers.unionOfficeId}) n)`,
  groupName: sql<string | null>`(select n.name from network_office(${employers.groupId}) n)`,
};

export const sortColumns = { name: employers.name, employeeCount: employers.employeeCount, createdAt: employers.createdAt, creditCode: employers.creditCode };

export async function listEmployers(db: DbOrTx, q: EmployerListQuery, limit: number) {
  const sort = parseSort(q.sort, sortColumns, 'name');
  const ks = keyset(sort, employers.id, q.cursor);
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const where: (SQL | undefined)[] = [
    text ? or(ilike(employers.name, text), ilike(employers.creditCode, text)) : undefined,
    q.regionCode ? like(employers.regionCode, `${q.regionCode}%`) : undefined,
    q.unionized !== undefined ? eq(employers.unionized, q.unionized) : undefined,
    q.unionOfficeId ? eq(employers.unionOfficeId, q.unionOfficeId) : undefined,
    q.groupId ? eq(employers.groupId, q.groupId) : undefined,
    q.minEmployees !== undefined ? gte(employers.employeeCount, q.minEmployees) : undefined,
    q.maxEmployees !== undefined ? lte(employers.employeeCount, q.maxEmployees) : undefined,
    ks.where,
  ];
  const rows = await db.select(columns).from(employers).where(and(...where)).orderBy(...ks.orderBy).limit(pageLimit(limit));
  return { rows, sortField: sort.field };
}

export async function findEmployer(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(employers).where(eq(employers.id, id));
  return row ?? null;
}
export type EmployerRow = NonNullable<Awaited<ReturnType<typeof findEmployer>>>;

export async function findByCreditCode(db: DbOrTx, creditCode: string) {
  const [row] = await db.select({ id: employers.id }).from(employers).where(eq(employers.creditCode, creditCode));
  return row ?? null;
}

export async function insertEmployer(db: DbOrTx, values: typeof employers.$inferInsert) {
  const [row] = await db.insert(employers).values(values).returning({ id: employers.id });
  return (await findEmployer(db, row.id))!;
}

export async function updateEmployer(db: DbOrTx, id: string, version: number, values: Partial<typeof employers.$inferInsert>) {
  const [row] = await db
    .update(employers)
    .set({ ...values, version: sql`${employers.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(employers.id, id), eq(employers.version, version)))
    .returning({ id: employers.id });
  return row ? findEmployer(db, id) : null;
}
