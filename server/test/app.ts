import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import supertest from 'supertest';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config/env.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { demoPassword } from '../src/db/seed.js';
import { withDatabase } from './global-setup.js';
import './paths.js';

export const driver = process.env.TEST_DATABASE_URL ? 'pg' : 'pglite';

/**
 * A fresh copy of the migrated, seeded template for one test file: a PGlite loaded from the
 * dumped data dir, or a PostgreSQL database cloned from the template database.
 */
export async function openTestDatabase(): Promise<Database & { dropAll(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('template');
  if (!url) {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(template.file)]) });
    const database = await openDatabase({ databaseUrl: null, dataDir: '', pglite: client });
    return { ...database, dropAll: async () => database.close() };
  }
  const name = `union_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template.database}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabase(url, name), dataDir: '', poolSize: 5 });
  return {
    ...database,
    async dropAll() {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  api: ReturnType<typeof supertest>;
  /** Signs a demo user in and answers the access token (and the rest of the login answer). */
  login(username: string, password?: string): Promise<{ token: string; refreshToken: string; user: { id: string; officeId: string } }>;
  close(): Promise<void>;
}

export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig(
    { ...process.env, NODE_ENV: 'test', DATA_DIR: '.tmp/test-data' },
    { jwtSecret: randomBytes(32).toString('hex'), seedDemo: false, adminDir: '/nonexistent', ...overrides },
  );
  const app = await buildApp({ config, database });
  await app.ready();
  const api = supertest(app.server);
  return {
    app,
    database,
    config,
    api,
    async login(username, password = username === 'admin' ? 'admin123' : demoPassword) {
      const res = await api.post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return { token: res.body.accessToken, refreshToken: res.body.refreshToken, user: res.body.user };
    },
    async close() {
      await app.close();
      await database.dropAll();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
