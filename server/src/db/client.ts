import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
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
  const db = drizzlePg(pool, { schema, logger: traceTo(opts.sqlTraceFile) });
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

/** The root office of a materialized path: the caller's city network. */
export const networkOf = (path: string) => path.split('/')[1] ?? '';

/**
 * Runs `fn` in a transaction as the scoped role, limited to the subtree under `scopePath` (and,
 * for the registries shared across a city, to that subtree's network).
 */
export async function inScopeTransaction<T>(db: Db, scopePath: string, fn: (tx: Tx) => Promise<T>, userId = '', lawyerOnly = false): Promise<T> {
  return db.transaction(async (tx) => {
    // app.lawyer_only: a caller whose only role is lawyer sees just the legal-aid matters assigned to them
    await tx.execute(
      sql`select set_config('app.scope_path', ${scopePath}, true), set_config('app.network_id', ${networkOf(scopePath)}, true), set_config('app.user_id', ${userId}, true), set_config('app.lawyer_only', ${lawyerOnly ? 'on' : ''}, true), set_config('role', 'app_scoped', true)`,
    );
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
