import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { employerBody as anyEmployer, officeIds } from '../../../test/fixtures.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => bearer(tokens[user]);
const key = (k: string) => ({ 'X-Api-Key': k });
let chaoyangCaseId: string;
let chaoyang: string;
const employerBody = (over: Record<string, unknown> = {}) => anyEmployer({ unionOfficeId: chaoyang, ...over });

const createKey = (user: string, body: Record<string, unknown>) => t.api.post('/api/v1/api-clients').set(as(user)).send(body);

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_admin', 'chaoyang_staff', 'haidian_admin']) tokens[u] = (await t.login(u)).token;
  chaoyang = (await officeIds(t, ['朝阳区总工会']))['朝阳区总工会'];
  const orgs = await t.api.get('/api/v1/mediation-orgs').query({ q: '北京朝华科技有限公司劳动争议调解委员会' }).set(as('admin'));
  const employer = await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'));
  const created = await t.api
    .post('/api/v1/cases')
    .set(as('chaoyang_staff'))
    .send({ channel: 'walk_in', employerId: employer.body.items[0].id, handlerOrgId: orgs.body.items[0].id, workers: [{ name: '王小明' }], claims: [{ category: 'wages', amount: '1000' }], description: '欠薪' });
  chaoyangCaseId = created.body.id;
});
afterAll(() => t.close());

describe('API keys', () => {
  it('are created by an office admin, answered once, and listed by prefix only', async () => {
    const res = await createKey('chaoyang_admin', { name: '12351 热线系统', permissions: ['cases:read'] });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/api-clients/${res.body.id}`);
    expect(res.body.key).toMatch(/^uk_[A-Za-z0-9_-]{43}$/);
    expect(res.body).toMatchObject({ name: '12351 热线系统', permissions: ['cases:read'], keyPrefix: res.body.key.slice(0, 11), revokedAt: null, lastUsedAt: null, createdBy: '朝阳区总工会 张伟' });
    const read = await t.api.get(`/api/v1/api-clients/${res.body.id}`).set(as('chaoyang_admin'));
    expect(read.status).toBe(200);
    expect(read.body.key).toBeUndefined();
    expect(JSON.stringify((await t.api.get('/api/v1/api-clients').set(as('chaoyang_admin'))).body)).not.toContain(res.body.key);
    // stored as a hash, never as the key
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'api_client' }).set(as('admin'));
    expect(JSON.stringify(audit.body)).not.toContain(res.body.key);
  });

  it('are refused to those who do not manage keys, and never carry the right to make keys', async () => {
    expect((await createKey('chaoyang_staff', { name: 'x', permissions: ['cases:read'] })).status).toBe(403);
    const res = await createKey('chaoyang_admin', { name: 'x', permissions: ['cases:read', 'api_clients:write'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'permissions', rule: 'api_client.permission_not_held' })]);
  });

  it('are made only for the creator’s subtree', async () => {
    const haidian = (await t.api.get('/api/v1/offices').query({ q: '海淀区总工会' }).set(as('admin'))).body.items[0].id;
    const res = await createKey('chaoyang_admin', { name: 'x', officeId: haidian, permissions: ['cases:read'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'officeId', rule: 'scope.office_outside' })]);
  });

  it('authenticate with the key’s office and permissions only', async () => {
    const { body } = await createKey('chaoyang_admin', { name: '只读', permissions: ['cases:read'] });
    const me = await t.api.get('/api/v1/me').set(key(body.key));
    expect(me.body).toMatchObject({ via: 'api_key', id: body.id, officeName: '朝阳区总工会', roles: [] });
    expect((await t.api.get(`/api/v1/cases/${chaoyangCaseId}`).set(key(body.key))).status).toBe(200);
    // no cases:write
    const write = await t.api.post(`/api/v1/cases/${chaoyangCaseId}/events`).set(key(body.key)).send({ type: 'accept' });
    expect(write.status).toBe(403);
    expect((await t.api.get('/api/v1/users').set(key(body.key))).status).toBe(403);
    const used = await t.api.get(`/api/v1/api-clients/${body.id}`).set(as('chaoyang_admin'));
    expect(used.body.lastUsedAt).not.toBeNull();
  });

  it('see nothing of another district: its records are 404', async () => {
    const { body } = await createKey('haidian_admin', { name: '海淀对接', permissions: ['cases:read', 'cases:write'] });
    expect((await t.api.get(`/api/v1/cases/${chaoyangCaseId}`).set(key(body.key))).status).toBe(404);
    expect((await t.api.post(`/api/v1/cases/${chaoyangCaseId}/events`).set(key(body.key)).send({ type: 'accept' })).status).toBe(404);
    const list = await t.api.get('/api/v1/cases').query({ limit: 500 }).set(key(body.key));
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(chaoyangCaseId);
    // nor another district's keys
    expect((await t.api.get(`/api/v1/api-clients/${body.id}`).set(as('chaoyang_admin'))).status).toBe(404);
  });

  it('stop working the moment they are revoked', async () => {
    const { body } = await createKey('chaoyang_admin', { name: '将吊销', permissions: ['cases:read'] });
    expect((await t.api.get('/api/v1/cases').set(key(body.key))).status).toBe(200);
    const revoked = await t.api.post(`/api/v1/api-clients/${body.id}/revoke`).set(as('chaoyang_admin'));
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const res = await t.api.get('/api/v1/cases').set(key(body.key));
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
    expect((await t.api.get('/api/v1/cases').set(key('uk_not-a-key'))).status).toBe(401);
    expect((await t.api.get('/api/v1/api-clients').query({ revoked: true }).set(as('chaoyang_admin'))).body.items.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('write audit entries that name the API client as the actor', async () => {
    const { body } = await createKey('chaoyang_admin', { name: '单位名录同步', permissions: ['employers:read', 'employers:write'] });
    const created = await t.api.post('/api/v1/employers').set(key(body.key)).send(employerBody());
    expect(created.status).toBe(201);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'employer', entityId: created.body.id }).set(as('admin'));
    expect(audit.body.items[0]).toMatchObject({ action: 'employer.create', actorId: body.id, actorName: 'api:单位名录同步' });
  });
});

describe('Idempotency-Key', () => {
  const post = (user: string, idemKey: string, body: object) => t.api.post('/api/v1/employers').set(as(user)).set('Idempotency-Key', idemKey).send(body);
  const countNamed = async (name: string) => (await t.api.get('/api/v1/employers').query({ q: name }).set(as('admin'))).body.items.length;

  it('answers a retry with the same body with the first answer, creating once', async () => {
    const body = employerBody();
    const first = await post('chaoyang_staff', 'retry-1', body);
    expect(first.status).toBe(201);
    const again = await post('chaoyang_staff', 'retry-1', { ...body });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await countNamed(body.name)).toBe(1);
  });

  it('refuses the same key with another body', async () => {
    await post('chaoyang_staff', 'retry-2', employerBody());
    const res = await post('chaoyang_staff', 'retry-2', employerBody());
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('idempotency_key_reused');
  });

  it('keeps keys per caller: another user’s same key is another request', async () => {
    const body = employerBody();
    const mine = await post('chaoyang_staff', 'shared-key', body);
    const theirs = await post('admin', 'shared-key', { ...body, creditCode: employerBody().creditCode });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('does not keep a failed request: the retry runs again', async () => {
    const body = employerBody({ employeeCount: -1 });
    expect((await post('chaoyang_staff', 'retry-3', body)).status).toBe(400);
    expect((await post('chaoyang_staff', 'retry-3', { ...body, employeeCount: 5 })).status).toBe(201);
  });

  it('lets only one of concurrent duplicates create', async () => {
    const body = employerBody();
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('chaoyang_staff', 'concurrent-1', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await countNamed(body.name)).toBe(1);
  });

  it('is declared on every POST in OpenAPI, and bounded', async () => {
    const doc = (await t.api.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
    const posts = Object.entries(doc.paths).filter(([path, ops]) => ops.post && !path.startsWith('/api/v1/auth/'));
    expect(posts.length).toBeGreaterThan(10);
    for (const [path, ops] of posts) expect(ops.post.parameters?.map((p) => `${p.in}:${p.name}`), path).toContain('header:idempotency-key');
    expect((await post('chaoyang_staff', 'k'.repeat(256), employerBody())).status).toBe(400);
  });

  it('applies to every create, API keys included, and to events that answer 201', async () => {
    const { body } = await createKey('chaoyang_admin', { name: '幂等', permissions: ['cases:read', 'cases:write'] });
    const send = () => t.api.post(`/api/v1/cases/${chaoyangCaseId}/events`).set(key(body.key)).set('Idempotency-Key', 'accept-once').send({ type: 'accept' });
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.body.version).toBe(first.body.version);
    const timeline = await t.api.get(`/api/v1/cases/${chaoyangCaseId}/events`).set(key(body.key));
    expect(timeline.body.items.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(1);
  });
});
