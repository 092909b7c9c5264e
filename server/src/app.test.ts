import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { buildApp } from './app.js';
import { bearer, buildTestApp, driver, openTestDatabase, type TestApp } from '../test/app.js';
import { loadConfig } from './config/env.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ corsOrigins: ['https://hotline.example'] });
});
afterAll(() => t.close());

describe('operations', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await t.api.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.api.get('/readyz')).body).toEqual({ status: 'ready', database: driver });
  });

  it('publishes OpenAPI 3.1 built from the schemas, and Swagger UI', async () => {
    const res = await t.api.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const create = res.body.paths['/api/v1/offices'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['name', 'kind', 'parentId', 'regionCode']));
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/users/{id}', '/api/v1/audit-log', '/api/v1/regions']));
    const ui = await t.api.get('/docs/').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('sets security headers', async () => {
    const res = await t.api.get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('keeps CORS closed but for the configured origins', async () => {
    const allowed = await t.api.options('/api/v1/me').set('Origin', 'https://hotline.example').set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://hotline.example');
    const other = await t.api.options('/api/v1/me').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lists GB/T 2260 divisions', async () => {
    const { token } = await t.login('chaoyang_staff');
    const districts = await t.api.get('/api/v1/regions').query({ parentCode: '110000' }).set(bearer(token));
    expect(districts.body.items).toHaveLength(16);
    const streets = await t.api.get('/api/v1/regions').query({ parentCode: '410402' }).set(bearer(token));
    expect(streets.body.items.every((r: { code: string; level: string }) => r.code.startsWith('410402') && r.level === 'street')).toBe(true);
  });

  it('finishes in-flight requests when it shuts down', async () => {
    const database = await openTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test' }, { jwtSecret: 'z'.repeat(32), seedDemo: false, adminDir: '/nonexistent' });
    const app = await buildApp({ config, database });
    await app.listen({ port: 0, host: '127.0.0.1' });
    // close as soon as the request is routed, while its handler (argon2, a transaction) still runs
    const closing = new Promise<void>((resolve) => app.server.once('request', () => setImmediate(() => resolve(app.close()))));
    const { port } = app.server.address() as { port: number };
    const inflight = fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin123' }),
    });
    const res = await inflight;
    expect(res.status).toBe(200);
    await closing;
    await database.dropAll();
  });
});

describe.runIf(driver === 'pg')('losing PostgreSQL', () => {
  it('turns /readyz red while the database refuses connections, and green again without a restart', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    const name = (await t.app.database.db.execute<{ name: string }>('select current_database() as name' as never)).rows[0].name;
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`alter database ${name} allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      const red = await t.api.get('/readyz');
      expect(red.status).toBe(503);
      const during = await t.api.get('/api/v1/offices');
      expect(during.status).toBeLessThan(500 + 4);
      expect([401, 503]).toContain(during.status);
    } finally {
      await admin.query(`alter database ${name} allow_connections true`);
      await admin.end();
    }
    let green = 0;
    for (let i = 0; i < 20 && green !== 200; i++) green = (await t.api.get('/readyz')).status;
    expect(green).toBe(200);
    const login = await t.api.post('/api/v1/auth/login').send({ username: 'admin', password: 'admin123' });
    expect(login.status).toBe(200);
  });
});

describe('configuration', () => {
  const secret = { JWT_SECRET: 'c'.repeat(32) };
  it('lets webhooks reach loopback outside production only, and the networks WEBHOOK_PRIVATE_NETWORKS names', () => {
    expect(loadConfig({ ...secret, NODE_ENV: 'development' }).webhookPrivateNetworks).toEqual(['127.0.0.0/8', '::1/128']);
    expect(loadConfig({ ...secret, NODE_ENV: 'production' }).webhookPrivateNetworks).toEqual([]);
    expect(loadConfig({ ...secret, NODE_ENV: 'production', WEBHOOK_PRIVATE_NETWORKS: '10.0.0.0/8, fd00::/8' }).webhookPrivateNetworks).toEqual(['10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ ...secret, NODE_ENV: 'production', WEBHOOK_PRIVATE_NETWORKS: '10.0.0.0/8,intranet' })).toThrow('WEBHOOK_PRIVATE_NETWORKS must list networks as CIDR (10.0.0.0/8, fd00::/8), got "intranet"');
  });
});
