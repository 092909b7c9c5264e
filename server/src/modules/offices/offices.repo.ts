import { and, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { OfficeKind, OfficeTier } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { offices } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';

export type OfficeRow = typeof offices.$inferSelect & { childCount: number };

const childCount = sql<number>`(select count(*)::int from offices c where c.parent_id = "offices"."id")`.as('child_count');
const columns = { ...getColumns(), childCount };
function getColumns() {
  const { id, parentId, name, kind, tier, regionCode, address, phone, path, version, createdAt, updatedAt } = offices;
  return { id, parentId, name, kind, tier, regionCode, address, phone, path, version, createdAt, updatedAt };
}

export const sortColumns = { name: offices.name, regionCode: offices.regionCode, kind: offices.kind, createdAt: offices.createdAt };

export interface OfficeFilters {
  tier?: OfficeTier;
  kind?: OfficeKind;
  regionCode?: string;
  parentId?: string;
  q?: string;
  /** Limits the list to a subtree (the caller's own, not the offices above it). */
  pathPrefix: string;
}

export async function listOffices(db: DbOrTx, f: OfficeFilters, page: { sort?: string; cursor?: string; limit: number }) {
  const sort = parseSort(page.sort, sortColumns, 'regionCode');
  const ks = keyset(sort, offices.id, page.cursor);
  const where: (SQL | undefined)[] = [
    like(offices.path, `${f.pathPrefix}%`),
    f.tier ? eq(offices.tier, f.tier) : undefined,
    f.kind ? eq(offices.kind, f.kind) : undefined,
    f.regionCode ? like(offices.regionCode, `${f.regionCode}%`) : undefined,
    f.parentId ? eq(offices.parentId, f.parentId) : undefined,
    f.q ? ilike(offices.name, `%${escapeLike(f.q)}%`) : undefined,
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(offices)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows, sortField: sort.field };
}

export async function subtree(db: DbOrTx, pathPrefix: string): Promise<OfficeRow[]> {
  return db.select(columns).from(offices).where(like(offices.path, `${pathPrefix}%`)).orderBy(offices.path);
}

export async function findOffice(db: DbOrTx, id: string): Promise<OfficeRow | null> {
  const [row] = await db.select(columns).from(offices).where(eq(offices.id, id));
  return row ?? null;
}

export async function insertOffice(db: DbOrTx, values: typeof offices.$inferInsert): Promise<OfficeRow> {
  await db.insert(offices).values(values);
  return (await findOffice(db, values.id!))!;
}

/** Writes the change only if the row is still at `version`; null when someone else got there first. */
export async function updateOffice(db: DbOrTx, id: string, version: number, values: Partial<typeof offices.$inferInsert>) {
  const [row] = await db
    .update(offices)
    .set({ ...values, version: sql`${offices.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(offices.id, id), eq(offices.version, version)))
    .returning({ id: offices.id });
  return row ? findOffice(db, id) : null;
}

/** Re-roots every path under `from` at `to` (an office moved with its subtree). */
export async function movePaths(db: DbOrTx, from: string, to: string) {
  await db
    .update(offices)
    .set({ path: sql`${to} || substr(${offices.path}, ${from.length + 1})` })
    .where(and(like(offices.path, `${from}%`), sql`${offices.path} <> ${from}`));
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An office of the caller's city network, inside the caller's subtree or not (see migration 0004). */
export type NetworkOffice = {
  id: string;
  name: string;
  kind: OfficeKind;
  tier: OfficeTier;
  regionCode: string;
  path: string;
  parentId: string | null;
};

const networkColumns = sql`id, name, kind, tier, region_code as "regionCode", path, parent_id as "parentId"`;

export async function findNetworkOffice(db: DbOrTx, id: string): Promise<NetworkOffice | null> {
  const { rows } = await db.execute<NetworkOffice>(sql`select ${networkColumns} from network_office(${id})`);
  return rows[0] ?? null;
}

/** Every office of a kind in the caller's network, for pickers such as an employer's union office. */
export async function listNetworkOfficesByKind(db: DbOrTx, kind: OfficeKind): Promise<NetworkOffice[]> {
  const { rows } = await db.execute<NetworkOffice>(sql`select ${networkColumns} from network_office_by_kind(${kind}, null) order by region_code, name`);
  return rows;
}

/** The first office of a kind at a region code (any region when null) in the caller's network. */
export async function findNetworkOfficeByKind(db: DbOrTx, kind: OfficeKind, regionCode: string | null): Promise<NetworkOffice | null> {
  const { rows } = await db.execute<NetworkOffice>(sql`select ${networkColumns} from network_office_by_kind(${kind}, ${regionCode}) limit 1`);
  return rows[0] ?? null;
}
