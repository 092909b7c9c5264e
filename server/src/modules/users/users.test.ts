import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
let chaoyang: string;
let office: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_admin')).token;
  const { token } = await t.login('admin');
  office = {};
  for (const name of ['朝阳区总工会', '建外街道工会服务站', '海淀区总工会']) {
    const res = await t.api.get('/api/v1/offices').query({ q: name }).set(bearer(token));
    office[name] = res.body.items.find((o: { name: string }) => o.name === name).id;
  }
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `u${Math.random().toString(36).slice(2, 10)}`,
  displayName: '建外街道 新同事',
  officeId: office['建外街道工会服务站'],
  roles: ['staff'],
  password: 'Passw0rd!',
  ...over,
});

describe('office admins manage users in their subtree', () => {
  it('creates a user who can then sign in, audited without the password', async () => {
    const body = newUser();
    const res = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: body.username, officeName: '建外街道工会服务站', roles: ['staff'], active: true });
    expect(res.body).not.toHaveProperty('passwordHash');
    const login = await t.api.post('/api/v1/auth/login').send({ username: body.username, password: body.password });
    expect(login.status).toBe(200);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'user', entityId: res.body.id }).set(bearer(chaoyang));
    expect(audit.body.items[0].action).toBe('user.create');
    expect(JSON.stringify(audit.body.items[0])).not.toMatch(/argon2|Passw0rd/);
  });

  it('lists only the users of the subtree', async () => {
    const res = await t.api.get('/api/v1/users?limit=500').set(bearer(chaoyang));
    const names = res.body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['chaoyang_admin', 'chaoyang_staff', 'jianwai_staff']));
    expect(names).not.toContain('haidian_admin');
    expect(names).not.toContain('admin');
  });

  it('filters by role and text', async () => {
    const res = await t.api.get('/api/v1/users').query({ role: 'mediator', q: 'chaoyang' }).set(bearer(chaoyang));
    expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['chaoyang_mediator']);
  });

  it('refuses the admin role, an office outside the subtree, and a weak password, each on its field', async () => {
    const res = await t.api
      .post('/api/v1/users')
      .set(bearer(chaoyang))
      .set('Accept-Language', 'en')
      .send(newUser({ roles: ['admin'], officeId: office['海淀区总工会'], password: 'short' }));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string; rule: string }) => [e.path, e.rule])).toEqual([
      ['officeId', 'scope.office_outside'],
      ['roles', 'user.role_not_grantable'],
      ['password', 'user.password_weak'],
    ]);
  });

  it('answers 409 duplicate for a username taken in any case', async () => {
    const res = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(newUser({ username: 'CHAOYANG_STAFF' }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'duplicate', errors: [{ path: 'username', rule: 'user.username_taken', message: '用户名 CHAOYANG_STAFF 已被使用' }] });
    // taken in another district too, where the caller cannot see the account
    const elsewhere = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(newUser({ username: 'haidian_admin' }));
    expect(elsewhere.status).toBe(409);
  });

  it('answers 404 for a user of another district', async () => {
    const { token } = await t.login('haidian_admin');
    const me = await t.api.get('/api/v1/me').set(bearer(token));
    expect((await t.api.get(`/api/v1/users/${me.body.id}`).set(bearer(chaoyang))).status).toBe(404);
    expect((await t.api.patch(`/api/v1/users/${me.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ active: false })).status).toBe(404);
  });

  it('ends the sessions of a user it deactivates', async () => {
    const body = newUser();
    const created = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(body);
    const { token } = await t.login(body.username, body.password);
    expect((await t.api.get('/api/v1/me').set(bearer(token))).status).toBe(200);
    const off = await t.api.patch(`/api/v1/users/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await t.api.get('/api/v1/me').set(bearer(token))).status).toBe(401);
    expect((await t.api.post('/api/v1/auth/login').send({ username: body.username, password: body.password })).status).toBe(401);
  });

  it('ends the sessions of a user whose password or roles change, at once though the caller was just seen', async () => {
    for (const change of [{ password: 'NewPassw0rd' }, { roles: ['viewer'] }]) {
      const body = newUser();
      const created = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(body);
      const { token } = await t.login(body.username, body.password);
      expect((await t.api.get('/api/v1/me').set(bearer(token))).status).toBe(200);
      expect((await t.api.patch(`/api/v1/users/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send(change)).status).toBe(200);
      expect((await t.api.get('/api/v1/me').set(bearer(token))).status).toBe(401);
    }
  });

  it('shows a new display name on the next request of an open session', async () => {
    const body = newUser();
    const created = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(body);
    const { token } = await t.login(body.username, body.password);
    expect((await t.api.get('/api/v1/me').set(bearer(token))).body.displayName).toBe(body.displayName);
    expect((await t.api.patch(`/api/v1/users/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ displayName: '改了名' })).status).toBe(200);
    expect((await t.api.get('/api/v1/me').set(bearer(token))).body.displayName).toBe('改了名');
  });

  it('resets a password with If-Match, and refuses a stale version', async () => {
    const body = newUser();
    const created = await t.api.post('/api/v1/users').set(bearer(chaoyang)).send(body);
    const reset = await t.api.patch(`/api/v1/users/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ password: 'NewPassw0rd' });
    expect(reset.status).toBe(200);
    expect((await t.api.post('/api/v1/auth/login').send({ username: body.username, password: 'NewPassw0rd' })).status).toBe(200);
    const stale = await t.api.patch(`/api/v1/users/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ displayName: '改名' });
    expect(stale.status).toBe(412);
  });

  it('does not let an office admin deactivate itself or touch an administrator', async () => {
    const me = await t.api.get('/api/v1/me').set(bearer(chaoyang));
    const self = await t.api.patch(`/api/v1/users/${me.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ active: false });
    expect(self.status).toBe(422);
    expect(self.body.errors[0].rule).toBe('user.self_deactivate');
  });

  it('keeps staff from managing users', async () => {
    const { token } = await t.login('chaoyang_staff');
    expect((await t.api.get('/api/v1/users').set(bearer(token))).status).toBe(200);
    expect((await t.api.post('/api/v1/users').set(bearer(token)).send(newUser())).status).toBe(403);
  });
});
