import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/app.js';
import type { Db } from '../db/client.js';
import { keyset, toPage } from './paging.js';

/** A table of this test only: a nullable sort column with ties and nulls, and one that is never null. */
const probe = pgTable('paging_probe', {
  id: uuid('id').primaryKey(),
  grp: text('grp').notNull(),
  rank: integer('rank'),
  seq: integer('seq').notNull(),
});

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Db;
const ranks = [3, null, 1, 3, null, 2, null, 1, 3, null];
const rows = ranks.map((rank, i) => ({ id: randomUUID(), grp: 'a', rank, seq: i }));

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  await db.execute(sql`create table paging_probe (id uuid primary key, grp text not null, rank integer, seq integer not null)`);
  await db.insert(probe).values(rows);
});
afterAll(async () => database.dropAll());

/** Every page of `limit` rows, walked by cursor. */
async function walk(column: typeof probe.rank | typeof probe.seq, descending: boolean, limit: number) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const ks = keyset({ column, descending }, probe.id, cursor);
    const found = await db
      .select()
      .from(probe)
      .where(and(eq(probe.grp, 'a'), ks.where))
      .orderBy(...ks.orderBy)
      .limit(limit + 1);
    const page = toPage(found, limit, (r) => (column === probe.rank ? r.rank : r.seq));
    seen.push(...page.items.map((r) => r.id));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('the cursor never ended');
}

/** The order a list promises: by the column, nulls last either way, ties by id the same way. */
function expected(key: 'rank' | 'seq', descending: boolean) {
  const sign = descending ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const x = a[key];
      const y = b[key];
      const byId = sign * (a.id < b.id ? -1 : 1);
      if (x === null || y === null) return x === y ? byId : x === null ? 1 : -1;
      return sign * (x - y) || byId;
    })
    .map((r) => r.id);
}

describe('keyset paging', () => {
  for (const descending of [false, true]) {
    it(`walks a nullable column ${descending ? 'descending' : 'ascending'} with nulls last, skipping and repeating nothing`, async () => {
      for (const limit of [1, 2, 3, 4, 10]) expect(await walk(probe.rank, descending, limit), `limit ${limit}`).toEqual(expected('rank', descending));
    });
    it(`walks a column that is never null ${descending ? 'descending' : 'ascending'}`, async () => {
      for (const limit of [1, 3]) expect(await walk(probe.seq, descending, limit)).toEqual(expected('seq', descending));
    });
  }
});
