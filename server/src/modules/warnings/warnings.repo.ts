import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { LaborWarningListQuery } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { employers, laborWarnings, offices } from '../../db/schema.js';
import { keyset, pageLimit } from '../../lib/paging.js';

const columns = {
  id: laborWarnings.id,
  employerId: laborWarnings.employerId,
  employerName: employers.name,
  officeId: laborWarnings.officeId,
  officeName: offices.name,
  kind: laborWarnings.kind,
  level: laborWarnings.level,
  description: laborWarnings.description,
  status: laborWarnings.status,
  filedBy: laborWarnings.filedBy,
  filedAt: laborWarnings.filedAt,
  resolvedAt: laborWarnings.resolvedAt,
  resolution: laborWarnings.resolution,
  version: laborWarnings.version,
};

const base = (db: DbOrTx) =>
  db.select(columns).from(laborWarnings).innerJoin(employers, eq(employers.id, laborWarnings.employerId)).innerJoin(offices, eq(offices.id, laborWarnings.officeId));

export async function listWarnings(db: DbOrTx, q: LaborWarningListQuery, limit: number) {
  const ks = keyset({ column: laborWarnings.filedAt, descending: true }, laborWarnings.id, q.cursor);
  const where: (SQL | undefined)[] = [
    q.employerId ? eq(laborWarnings.employerId, q.employerId) : undefined,
    q.kind ? eq(laborWarnings.kind, q.kind) : undefined,
    q.level ? eq(laborWarnings.level, q.level) : undefined,
    q.status ? eq(laborWarnings.status, q.status) : undefined,
    q.regionCode ? like(employers.regionCode, `${q.regionCode}%`) : undefined,
    ks.where,
  ];
  return base(db)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
}

export async function findWarning(db: DbOrTx, id: string) {
  const [row] = await base(db).where(eq(laborWarnings.id, id));
  return row ?? null;
}
export type WarningRow = NonNullable<Awaited<ReturnType<typeof findWarning>>>;

export async function insertWarning(db: DbOrTx, values: typeof laborWarnings.$inferInsert) {
  const [row] = await db.insert(laborWarnings).values(values).returning({ id: laborWarnings.id });
  return row.id;
}

export async function resolveWarning(db: DbOrTx, id: string, resolution: string) {
  const [row] = await db
    .update(laborWarnings)
    .set({ status: 'resolved', resolution, resolvedAt: sql`now()`, version: sql`${laborWarnings.version} + 1` })
    .where(and(eq(laborWarnings.id, id), eq(laborWarnings.status, 'open')))
    .returning({ id: laborWarnings.id });
  return !!row;
}
