import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../src/config/env.js';
import { openDatabase } from '../src/db/client.js';
import { seedDemo } from '../src/db/seed.js';
import type { TestProject } from 'vitest/node';
import { templateFor } from './paths.js';

/**
 * Migrates and seeds one database before the suite, which every test file then copies: a PGlite
 * data dir dumped to a tarball, or, with TEST_DATABASE_URL, a PostgreSQL template database.
 */
export default async function setup({ provide }: TestProject) {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' }, { jwtSecret: 'x'.repeat(32) });
  const url = process.env.TEST_DATABASE_URL;
  // named per run, so that runs side by side on one machine or cluster do not clash
  const template = templateFor(process.pid);
  provide('template', template);
  const TEMPLATE_DB = template.database;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB), dataDir: config.dataDir });
    await database.migrate(config.migrationsDir);
    await seedDemo(database.db);
    await database.close();
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
      await c.end();
    };
  }
  const client = await PGlite.create();
  const database = await openDatabase({ databaseUrl: null, dataDir: config.dataDir, pglite: client });
  await database.migrate(config.migrationsDir);
  await seedDemo(database.db);
  const dump = await client.dumpDataDir('gzip');
  mkdirSync(dirname(template.file), { recursive: true });
  writeFileSync(template.file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  return () => rmSync(template.file, { force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
