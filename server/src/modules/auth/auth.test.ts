import { createSigner } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ loginRateLimit: { max: 8, windowMs: 60_000 } });
});
afterAll(() => t.close());

describe('login', () => {
  it('answers tokens and the user for the right password', async () => {
    const res = await t.api.post('/api/v1/auth/login').send({ username: 'admin', password: 'admin123' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expiresIn: t.config.accessTokenTtlSeconds, user: { username: 'admin', officeName: '北京市总工会', roles: ['admin'] } });
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const me = await t.api.get('/api/v1/me').set(bearer(res.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body.permissions).toContain('users:write');
  });

  it('takes the username in any case', async () => {
    const res = await t.api.post('/api/v1/auth/login').send({ username: 'Chaoyang_Admin', password: 'demo1234' });
    expect(res.status).toBe(200);
    expect(res.body.user.username).toBe('chaoyang_admin');
  });

  it('refuses a bad password and an unknown user alike', async () => {
    const bad = await t.api.post('/api/v1/auth/login').set('Accept-Language', 'en').send({ username: 'chaoyang_staff', password: 'wrong-password1' });
    const unknown = await t.api.post('/api/v1/auth/login').set('Accept-Language', 'en').send({ username: 'nobody', password: 'wrong-password1' });
    for (const res of [bad, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'invalid_credentials', title: 'Wrong username or password' });
    }
  });

  it('records the failed attempt in the audit log', async () => {
    await t.api.post('/api/v1/auth/login').send({ username: 'chaoyang_viewer', password: 'not-it-123' });
    const { token } = await t.login('admin');
    const log = await t.api.get('/api/v1/audit-log?action=auth.login_failed').set(bearer(token));
    expect(log.body.items.some((e: { actorName: string }) => e.actorName === 'chaoyang_viewer')).toBe(true);
  });

  it('asks for a token on protected routes', async () => {
    const res = await t.api.get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
    const garbage = await t.api.get('/api/v1/me').set(bearer('not.a.jwt'));
    expect(garbage.status).toBe(401);
  });

  it('refuses an expired access token with token_expired', async () => {
    const { user } = await t.login('chaoyang_staff');
    const login = await t.api.post('/api/v1/auth/login').send({ username: 'chaoyang_staff', password: 'demo1234' });
    const sid = JSON.parse(Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString()).sid;
    // signed with the server's key an hour ago, for fifteen minutes
    const sign = createSigner({ key: t.config.jwtSecret, expiresIn: 900_000, clockTimestamp: Date.now() - 3_600_000 });
    const expired = sign({ sub: user.id, sid });
    const res = await t.api.get('/api/v1/me').set(bearer(expired));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('token_expired');
  });

  it('refuses a token signed with another key', async () => {
    const { user } = await t.login('chaoyang_staff');
    const forged = createSigner({ key: 'y'.repeat(64) })({ sub: user.id, sid: user.id });
    expect((await t.api.get('/api/v1/me').set(bearer(forged))).status).toBe(401);
  });
});

describe('sessions', () => {
  it('revokes access and refresh tokens at logout', async () => {
    const { token, refreshToken } = await t.login('chaoyang_staff');
    expect((await t.api.get('/api/v1/me').set(bearer(token))).status).toBe(200);
    expect((await t.api.post('/api/v1/auth/logout').set(bearer(token))).status).toBe(204);
    const after = await t.api.get('/api/v1/me').set(bearer(token));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
    expect((await t.api.post('/api/v1/auth/refresh').send({ refreshToken })).status).toBe(401);
  });

  it('rotates the refresh token, and a reused one revokes the session', async () => {
    const first = await t.login('chaoyang_mediator');
    const r1 = await t.api.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(first.refreshToken);
    expect((await t.api.get('/api/v1/me').set(bearer(r1.body.accessToken))).status).toBe(200);

    const r2 = await t.api.post('/api/v1/auth/refresh').send({ refreshToken: r1.body.refreshToken });
    expect(r2.status).toBe(200);

    // the first token again: it leaked, so the whole session ends
    const reuse = await t.api.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect((await t.api.get('/api/v1/me').set(bearer(r2.body.accessToken))).status).toBe(401);
    expect((await t.api.post('/api/v1/auth/refresh').send({ refreshToken: r2.body.refreshToken })).status).toBe(401);
  });

  it('refuses an unknown refresh token', async () => {
    const res = await t.api.post('/api/v1/auth/refresh').send({ refreshToken: 'made-up' });
    expect(res.status).toBe(401);
  });
});

describe('login rate limit', () => {
  it('answers 429 problem+json after too many attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.api.post('/api/v1/auth/login').send({ username: 'haidian_admin', password: `guess-${i}xx` });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.code).toBe('rate_limited');
        expect(res.headers['retry-after']).toBeDefined();
      }
    }
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    // another account from the same address is not held up
    expect((await t.api.post('/api/v1/auth/login').send({ username: 'haidian_admin2', password: 'whatever1' })).status).toBe(401);
  });
});
