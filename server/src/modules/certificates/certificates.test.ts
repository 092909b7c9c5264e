import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { officeIds } from '../../../test/fixtures.js';
import { insertMediationOrg, orgOffices } from '../mediators/mediators.factory.js';
import { addDays, today } from './certificates.service.js';

let t: TestApp;
let chaoyang: string;
let room: { id: string; name: string };

const inDays = (n: number) => addDays(today(), n);
const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((c) => c.name);

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_admin')).token;
  const ids = await officeIds(t, [...orgOffices, '朝阳区职工服务中心']);
  room = await insertMediationOrg(t, ids);
  const post = (path: string, body: object) => t.api.post(`/api/v1/${path}`).set(bearer(chaoyang)).send(body);
  await post('mediators', { orgId: room.id, name: '过期调解员', certificateNo: 'TJ-1', certificateExpiry: inDays(-10) });
  await post('mediators', { orgId: room.id, name: '今天到期调解员', certificateNo: 'TJ-2', certificateExpiry: inDays(0) });
  await post('mediators', { orgId: room.id, name: '有效调解员', certificateNo: 'TJ-3', certificateExpiry: inDays(200) });
  await post('mediators', { orgId: room.id, name: '停用过期调解员', certificateNo: 'TJ-4', certificateExpiry: inDays(-5), active: false });
  await post('mediators', { orgId: room.id, name: '无证调解员' });
  await post('supervisors', { name: '临期监督员', certificateNo: 'JD-1', certificateExpiry: inDays(45) });
  await post('lawyers', {
    name: '过期律师',
    licenseNo: '11105202011111111',
    firm: '北京市朝阳律师事务所',
    kind: 'social',
    pools: ['volunteer'],
    maxActiveMatters: 3,
    officeId: ids['朝阳区职工服务中心'],
    certificateExpiry: inDays(-1),
  });
});
afterAll(() => t.close());

describe('expiring certificates', () => {
  it('lists what runs out within 90 days or has run out, soonest first, with standing and organization', async () => {
    const res = await t.api.get('/api/v1/certificates/expiring').set(bearer(chaoyang));
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { kind: 'mediator', id: expect.any(String), name: '过期调解员', certificateNo: 'TJ-1', certificateExpiry: inDays(-10), standing: 'expired', organization: room.name },
      { kind: 'lawyer', id: expect.any(String), name: '过期律师', certificateNo: null, certificateExpiry: inDays(-1), standing: 'expired', organization: '朝阳区职工服务中心' },
      { kind: 'mediator', id: expect.any(String), name: '今天到期调解员', certificateNo: 'TJ-2', certificateExpiry: inDays(0), standing: 'expiring', organization: room.name },
      { kind: 'supervisor', id: expect.any(String), name: '临期监督员', certificateNo: 'JD-1', certificateExpiry: inDays(45), standing: 'expiring', organization: '朝阳区总工会' },
    ]);
    expect(res.body.nextCursor).toBeNull();
  });

  it('looks as far ahead as asked and filters by kind', async () => {
    expect(names(await t.api.get('/api/v1/certificates/expiring').query({ withinDays: 30 }).set(bearer(chaoyang)))).toEqual(['过期调解员', '过期律师', '今天到期调解员']);
    const year = await t.api.get('/api/v1/certificates/expiring').query({ withinDays: 365, kind: 'mediator' }).set(bearer(chaoyang));
    expect(year.body.items.map((c: { name: string; standing: string }) => [c.name, c.standing])).toEqual([
      ['过期调解员', 'expired'],
      ['今天到期调解员', 'expiring'],
      ['有效调解员', 'expiring'],
    ]);
  });

  it('pages with a cursor in the same order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { name: string }[]; nextCursor: string | null } } = await t.api
        .get('/api/v1/certificates/expiring')
        .query({ limit: 1, ...(cursor ? { cursor } : {}) })
        .set(bearer(chaoyang));
      seen.push(...names(res));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['过期调解员', '过期律师', '今天到期调解员', '临期监督员']);
  });

  it('agrees with the standing each person answers with', async () => {
    const res = await t.api.get('/api/v1/mediators').query({ orgId: room.id, sort: 'certificateExpiry' }).set(bearer(chaoyang));
    expect(res.body.items.map((m: { name: string; certificateStanding: string | null }) => [m.name, m.certificateStanding])).toEqual([
      ['过期调解员', 'expired'],
      ['停用过期调解员', 'expired'],
      ['今天到期调解员', 'expiring'],
      ['有效调解员', 'valid'],
      ['无证调解员', null],
    ]);
  });

  it('lists nothing another district looks after, though it may read those people', async () => {
    const { token } = await t.login('haidian_admin');
    const res = await t.api.get('/api/v1/certificates/expiring').query({ withinDays: 3650 }).set(bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('refuses a withinDays out of range, naming the parameter', async () => {
    const res = await t.api.get('/api/v1/certificates/expiring').query({ withinDays: 0, kind: 'judge' }).set(bearer(chaoyang));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.kind', 'query.withinDays']);
  });
});
