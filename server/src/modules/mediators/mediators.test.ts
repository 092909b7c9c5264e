import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { officeIds } from '../../../test/fixtures.js';
import { addDays, today } from '../certificates/certificates.service.js';
import { insertMediationOrg, orgOffices } from './mediators.factory.js';

let t: TestApp;
let chaoyang: string;
let haidian: string;
let room: { id: string; name: string };
/** An organization of 朝阳区 still being filed: not in the network's public directory. */
let unfiled: { id: string; name: string };

const inDays = (n: number) => addDays(today(), n);

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_staff')).token;
  haidian = (await t.login('haidian_admin')).token;
  const ids = await officeIds(t, [...orgOffices, '朝阳区总工会']);
  room = await insertMediationOrg(t, ids);
  unfiled = await insertMediationOrg(t, ids, { name: '朝阳区建筑业劳动争议调解委员会', type: 'industry_org', status: 'submitted', officeId: ids['朝阳区总工会'] });
});
afterAll(() => t.close());

const newMediator = (over: Record<string, unknown> = {}) => ({
  orgId: room.id,
  name: '王调解',
  gender: 'female',
  phone: '010-65001234',
  certificateNo: `TJ${Math.random().toString().slice(2, 10)}`,
  certificateExpiry: inDays(400),
  ...over,
});

describe('mediators', () => {
  it('adds a mediator to an organization of the subtree, audited', async () => {
    const res = await t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send(newMediator());
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/mediators/${res.body.id}`);
    expect(res.body).toMatchObject({ orgId: room.id, orgName: room.name, name: '王调解', partTime: true, alsoSupervisor: false, active: true, certificateStanding: 'valid', version: 1 });
    const read = await t.api.get(`/api/v1/mediators/${res.body.id}`).set(bearer(chaoyang));
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(res.body);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'mediator', entityId: res.body.id }).set(bearer((await t.login('chaoyang_admin')).token));
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'mediator.create', actorName: 'chaoyang_staff', after: { name: '王调解' } });
  });

  it('updates with If-Match, audits before and after, and refuses a stale or missing version', async () => {
    const { body } = await t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send(newMediator());
    const first = await t.api.patch(`/api/v1/mediators/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ alsoSupervisor: true, certificateExpiry: inDays(-3) });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body).toMatchObject({ alsoSupervisor: true, certificateStanding: 'expired', version: 2 });
    const stale = await t.api.patch(`/api/v1/mediators/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ name: '李调解' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    expect((await t.api.patch(`/api/v1/mediators/${body.id}`).set(bearer(chaoyang)).send({ name: '李调解' })).status).toBe(428);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'mediator', entityId: body.id, action: 'mediator.update' }).set(bearer((await t.login('chaoyang_admin')).token));
    expect(audit.body.items[0]).toMatchObject({ before: { alsoSupervisor: false, version: 1 }, after: { alsoSupervisor: true, version: 2 } });
  });

  it('names each invalid field in the problem', async () => {
    const res = await t.api
      .post('/api/v1/mediators')
      .set(bearer(chaoyang))
      .set('Accept-Language', 'en')
      .send({ orgId: 'not-a-uuid', gender: 'x', certificateExpiry: '2027-13-40', salary: 1 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['certificateExpiry', 'gender', 'name', 'orgId', 'salary']);
    const empty = await t.api.patch(`/api/v1/mediators/${room.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({});
    expect(empty.status).toBe(400);
  });

  it('refuses an organization another district files, on orgId', async () => {
    const res = await t.api.post('/api/v1/mediators').set(bearer(haidian)).send(newMediator());
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'orgId', rule: 'people.org_outside', message: '所选调解组织不在您的管辖范围内' }]);
  });

  it('shows the mediators of a filed organization across the network, but lets only its side change them', async () => {
    const { body } = await t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send(newMediator({ name: '公开目录调解员' }));
    expect((await t.api.get(`/api/v1/mediators/${body.id}`).set(bearer(haidian))).status).toBe(200);
    const change = await t.api.patch(`/api/v1/mediators/${body.id}`).set(bearer(haidian)).set('If-Match', '"1"').send({ active: false });
    expect(change.status).toBe(403);
    expect(change.body.errors[0]).toMatchObject({ path: 'orgId', rule: 'people.org_outside' });
  });

  it('hides the mediators of an organization still being filed from other districts', async () => {
    const { body } = await t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send(newMediator({ orgId: unfiled.id, name: '备案中调解员' }));
    expect(body.orgName).toBe(unfiled.name);
    expect((await t.api.get(`/api/v1/mediators/${body.id}`).set(bearer(haidian))).status).toBe(404);
    expect((await t.api.patch(`/api/v1/mediators/${body.id}`).set(bearer(haidian)).set('If-Match', '"1"').send({ active: false })).status).toBe(404);
    const list = await t.api.get('/api/v1/mediators').query({ limit: 500 }).set(bearer(haidian));
    expect(list.body.items.map((m: { id: string }) => m.id)).not.toContain(body.id);
  });

  it('keeps viewers from writing', async () => {
    const { token } = await t.login('chaoyang_viewer');
    expect((await t.api.get('/api/v1/mediators').set(bearer(token))).status).toBe(200);
    expect((await t.api.post('/api/v1/mediators').set(bearer(token)).send(newMediator())).status).toBe(403);
  });

  it('filters by organization, text, activity and certificate standing', async () => {
    const post = (over: Record<string, unknown>) => t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send(newMediator({ orgId: unfiled.id, ...over }));
    const expired = (await post({ name: '过期调解员', certificateExpiry: inDays(-1) })).body;
    const soon = (await post({ name: '将到期调解员', certificateExpiry: inDays(0), phone: '13900001111' })).body;
    const later = (await post({ name: '半年后到期调解员', certificateExpiry: inDays(150) })).body;
    const none = (await post({ name: '无证调解员', certificateNo: null, certificateExpiry: null, active: false })).body;
    expect([expired.certificateStanding, soon.certificateStanding, later.certificateStanding, none.certificateStanding]).toEqual(['expired', 'expiring', 'valid', null]);

    const list = (query: Record<string, unknown>) =>
      t.api
        .get('/api/v1/mediators')
        .query({ orgId: unfiled.id, ...query })
        .set(bearer(chaoyang))
        .then((r) => r.body.items.map((m: { name: string }) => m.name));
    expect(await list({ certificate: 'expired' })).toEqual(['过期调解员']);
    expect(await list({ certificate: 'expiring' })).toEqual(['将到期调解员']);
    expect(await list({ certificate: 'expiring', withinDays: 200, sort: 'certificateExpiry' })).toEqual(['将到期调解员', '半年后到期调解员']);
    expect(await list({ q: '13900001111' })).toEqual(['将到期调解员']);
    expect(await list({ active: false })).toEqual(['无证调解员']);
    expect(await list({ orgId: room.id, q: '无证' })).toEqual([]);
  });

  it('pages by certificate expiry with people without a certificate last', async () => {
    const seen: { id: string; certificateExpiry: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: typeof seen; nextCursor: string | null } } = await t.api
        .get('/api/v1/mediators')
        .query({ limit: 2, sort: 'certificateExpiry', ...(cursor ? { cursor } : {}) })
        .set(bearer(chaoyang));
      expect(res.status).toBe(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = await t.api.get('/api/v1/mediators').query({ limit: 500 }).set(bearer(chaoyang));
    expect(seen.map((m) => m.id).sort()).toEqual(all.body.items.map((m: { id: string }) => m.id).sort());
    const expiries = seen.map((m) => m.certificateExpiry ?? '9999-12-31');
    expect(expiries).toEqual([...expiries].sort());
    expect(seen.at(-1)!.certificateExpiry).toBeNull();
  });
});
