import { and, eq, ilike, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { apiClients, offices } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: apiClients.id,
  name: apiClients.name,
  officeId: apiClients.officeId,
  officeName: offices.name,
  keyPrefix: apiClients.keyPrefix,
  permissions: apiClients.permissions,
  createdBy: apiClients.createdByName,
  createdAt: apiClients.createdAt,
  lastUsedAt: apiClients.lastUsedAt,
  revokedAt: apiClients.revokedAt,
  version: apiClients.version,
};
export type ApiClientRow = Awaited<ReturnType<typeof findApiClient>> & {};

export interface ApiClientFilters {
  officeId?: string;
  revoked?: boolean;
  q?: string;
}

export async function listApiClients(db: DbOrTx, f: ApiClientFilters, page: { sort?: string; cursor?: string; limit: number }) {
  // newest first unless asked otherwise
  const sort = parseSort<'name' | 'createdAt'>(page.sort ?? '-createdAt', { name: apiClients.name, createdAt: apiClients.createdAt }, 'createdAt');
  const ks = keyset(sort, apiClients.id, page.cursor);
  const where: (SQL | undefined)[] = [
    f.officeId ? eq(apiClients.officeId, f.officeId) : undefined,
    f.revoked === undefined ? undefined : f.revoked ? isNotNull(apiClients.revokedAt) : isNull(apiClients.revokedAt),
    f.q ? ilike(apiClients.name, `%${escapeLike(f.q)}%`) : undefined,
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(apiClients)
    .innerJoin(offices, eq(offices.id, apiClients.officeId))
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows, sortField: sort.field };
}

export async function findApiClient(db: DbOrTx, id: string) {
  const [row] = await db.select(columns).from(apiClients).innerJoin(offices, eq(offices.id, apiClients.officeId)).where(eq(apiClients.id, id));
  return row ?? null;
}

export async function insertApiClient(db: DbOrTx, values: typeof apiClients.$inferInsert) {
  const [row] = await db.insert(apiClients).values(values).returning({ id: apiClients.id });
  return (await findApiClient(db, row.id))!;
}

/** Revokes the key if it was not; answers whether this call did it. */
export async function revokeApiClient(db: DbOrTx, id: string, version: number) {
  const rows = await db
    .update(apiClients)
    .set({ revokedAt: sql`now()`, version: sql`${apiClients.version} + 1` })
    .where(and(eq(apiClients.id, id), eq(apiClients.version, version), isNull(apiClients.revokedAt)))
    .returning({ id: apiClients.id });
  return rows.length > 0;
}

/** The caller behind a key, by the key's hash (an index lookup), unless the key is revoked. Runs as the owner. */
export async function findKeyPrincipal(db: DbOrTx, keyHash: string) {
  const [row] = await db
    .select({
      id: apiClients.id,
      name: apiClients.name,
      keyPrefix: apiClients.keyPrefix,
      permissions: apiClients.permissions,
      lastUsedAt: apiClients.lastUsedAt,
      officeId: offices.id,
      officeName: offices.name,
      officeKind: offices.kind,
      officeTier: offices.tier,
      officePath: offices.path,
    })
    .from(apiClients)
    .innerJoin(offices, eq(offices.id, apiClients.officeId))
    .where(and(eq(apiClients.keyHash, keyHash), isNull(apiClients.revokedAt)));
  return row ?? null;
}

/** Marks the key used, unless another request did so within the last minute. */
export async function touchApiClient(db: DbOrTx, id: string) {
  await db
    .update(apiClients)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiClients.id, id), sql`(${apiClients.lastUsedAt} is null or ${apiClients.lastUsedAt} < now() - interval '1 minute')`));
}
