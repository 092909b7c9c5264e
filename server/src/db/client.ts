import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
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
