import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { nameStatements } from './named-statements.js';
import * as schema from './schema.js';

/** Both drivers speak the same dialect; the embedded one is typed as the pg one. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  driver: 'pg' | 'pglite';
  /** Resolves while the database answers. */
  ping(): Promise<void>;
  migrate(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  poolSize?: number;
  /** An already open embedded database (tests load a migrated template into one). */
  pglite?: PGlite;
  log?: { warn(obj: unknown, msg?: string): void; info(obj: unknown, msg?: string): void };
  /** A file every statement is appended to (JSON lines of query and params): the benchmark replays them through bare `pg`. */
  sqlTraceFile?: string | null;
}

const traceTo = (file: string | null | undefined) =>
  file ? { logQuery: (query: string, params: unknown[]) => appendFileSync(file, `${JSON.stringify({ query, params })}\n`) } : undefined;

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPg(opts.databaseUrl, opts);
  return openPglite(opts);
}

async function openPg(connectionString: string, opts: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: opts.poolSize ?? 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose server went away must not take the process with it.
  pool.on('error', (err) => opts.log?.warn({ err }, 'idle database connection lost'));
  nameStatements(pool);
  const logger = traceTo(opts.sqlTraceFile);
  const db = drizzlePg(pool, { schema, logger });
  // drizzle's own transaction sends `begin` alone; this one is drizzle's transaction made by hand
  const dialect = new PgDialect();
  const relations = { fullSchema: db._.fullSchema, schema: db._.schema!, tableNamesMap: db._.tableNamesMap };
  scopedOpeners.set(db, async (scope, fn) => {
    const client = await pool.connect();
    const tx: Tx = new NodePgTransaction(dialect, new NodePgSession(client, dialect, relations, { logger }), relations);
    let broken = false;
    try {
      // without parameters the two go as one simple query: one round trip, not two
      await tx.execute(sql.raw(`begin; ${scope}`));
      const result = await fn(tx);
      await tx.execute(sql.raw('commit'));
      return result;
    } catch (err) {
      await tx.execute(sql.raw('rollback')).catch(() => (broken = true));
      throw err;
    } finally {
      client.release(broken);
    }
  });
  const ping = async () => {
    await pool.query('select 1');
  };
  await waitFor(ping, opts.log);
  return {
    db,
    driver: 'pg',
    ping,
    migrate: (migrationsFolder) => migratePg(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  let client = opts.pglite;
  if (!client) {
    const dir = join(opts.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir);
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const embedded = client;
  return {
    db,
    driver: 'pglite',
    ping: async () => {
      await embedded.query('select 1');
    },
    migrate: (migrationsFolder) => migratePglite(db as never, { migrationsFolder }),
    close: () => embedded.close(),
  };
}

/** At start the server waits for PostgreSQL rather than dying because it came up first. */
async function waitFor(ping: () => Promise<void>, log: OpenOptions['log'], attempts = 30): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await ping();
      return;
    } catch (err) {
      if (i >= attempts) throw err;
      log?.warn({ err: (err as Error).message, attempt: i }, 'waiting for the database');
      await sleep(Math.min(200 * i, 2_000));
    }
  }
}

/**
 * A statement with other writes of the same change sent beside it as data-modifying CTEs
 * (`with w0 as (insert …), w1 as (…) <statement>`): one round trip for all. Each part sees the
 * rows as they were before the statement, and all of them run to completion; a change that turns
 * out refused (an update that matched nothing) throws, and the transaction takes the rest back.
 */
export function alongside(db: DbOrTx, writes: readonly SQLWrapper[]) {
  return (db as Db).with(...writes.map((w, i) => (db as Db).$with(`w${i}`, {}).as(w.getSQL())));
}

/** The root office of a materialized path: the caller's city network. */
export const networkOf = (path: string) => path.split('/')[1] ?? '';

/** How a PostgreSQL database opens a scoped transaction with its scope statement (the embedded one takes the plain path). */
const scopedOpeners = new WeakMap<Db, <T>(scope: string, fn: (tx: Tx) => Promise<T>) => Promise<T>>();

/**
 * Runs `fn` in a transaction as the scoped role, limited to the subtree under `scopePath` (and,
 * for the registries shared across a city, to that subtree's network).
 */
export async function inScopeTransaction<T>(db: Db, scopePath: string, fn: (tx: Tx) => Promise<T>, userId = '', lawyerOnly = false): Promise<T> {
  const settings = [
    ['app.scope_path', scopePath],
    ['app.network_id', networkOf(scopePath)],
    ['app.user_id', userId],
    // a caller whose only role is lawyer sees just the legal-aid matters assigned to them
    ['app.lawyer_only', lawyerOnly ? 'on' : ''],
    ['role', 'app_scoped'],
  ];
  // quoted into the text rather than bound, so that PostgreSQL can take it with `begin` in one simple query
  const scope = `select ${settings.map(([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`).join(', ')}`;
  const open = scopedOpeners.get(db);
  if (open) return open(scope, fn);
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(scope));
    return fn(tx);
  });
}

/** COPY text format: tab-separated, `\N` for null, backslash escapes. */
const copyField = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
};

/**
 * Appends rows to a table of the transaction at bulk speed: `COPY … FROM STDIN` on PostgreSQL. PGlite
 * copies only from a file, which the scoped role may not read: there the rows go in as one insert from
 * a typed array per column. `columns` are the table's columns with their types, in the rows' order.
 */
export async function copyRows(tx: Tx, table: string, columns: readonly (readonly [name: string, type: string])[], rows: readonly unknown[][]): Promise<void> {
  if (!rows.length) return;
  // the driver's client under drizzle's transaction (not part of drizzle's typed surface)
  const { client } = (tx as unknown as { session: { client: pg.ClientBase | { query(text: string, params: unknown[]): Promise<unknown> } } }).session;
  const names = columns.map(([name]) => name).join(', ');
  if (client instanceof pg.Client) {
    const text = rows.map((row) => row.map(copyField).join('\t')).join('\n') + '\n';
    await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${names}) from stdin`)));
    return;
  }
  const arrays = columns.map((_, i) => rows.map((row) => row[i] ?? null));
  await client.query(`insert into ${table} (${names}) select * from unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`, arrays);
}
