import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { officeIds } from '../../../test/fixtures.js';
import { addDays, today } from '../certificates/certificates.service.js';

let t: TestApp;
let chaoyang: string;
let haidian: string;
let ids: Record<string, string>;

const inDays = (n: number) => addDays(today(), n);
let serial = 0;
const licenseNo = () => `111052020${String(Date.now() % 1e6).padStart(6, '0')}${String(++serial).padStart(2, '0')}`;

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_admin')).token;
  haidian = (await t.login('haidian_admin')).token;
  ids = await officeIds(t, ['北京市总工会', '朝阳区总工会', '朝阳区职工服务中心', '海淀区总工会']);
});
afterAll(() => t.close());

const newLawyer = (over: Record<string, unknown> = {}) => ({
  name: '孙律师',
  licenseNo: licenseNo(),
  firm: '北京市朝阳律师事务所',
  kind: 'social',
  pools: ['volunteer'],
  maxActiveMatters: 5,
  officeId: ids['朝阳区职工服务中心'],
  certificateExpiry: inDays(300),
  ...over,
});

describe('lawyers', () => {
  it('adds a lawyer kept by an office of the subtree, audited', async () => {
    const body = newLawyer({ phone: '13800001234' });
    const res = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(body);
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/lawyers/${res.body.id}`);
    expect(res.body).toMatchObject({ ...body, officeName: '朝阳区职工服务中心', active: true, certificateNo: null, certificateStanding: 'valid', version: 1 });
    expect(res.body).not.toHaveProperty('networkId');
    const read = await t.api.get(`/api/v1/lawyers/${res.body.id}`).set(bearer(chaoyang));
    expect(read.body).toEqual(res.body);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'lawyer', entityId: res.body.id }).set(bearer(chaoyang));
    expect(audit.body.items[0]).toMatchObject({ action: 'lawyer.create', after: { licenseNo: body.licenseNo } });
  });

  it('keeps a lawyer at the caller’s own office by default', async () => {
    const res = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer({ officeId: undefined }));
    expect(res.body).toMatchObject({ officeId: ids['朝阳区总工会'], officeName: '朝阳区总工会' });
  });

  it('answers 409 duplicate on licenseNo for a licence already registered, on create and on update', async () => {
    const first = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer());
    const again = await t.api.post('/api/v1/lawyers').set(bearer((await t.login('admin')).token)).send(newLawyer({ licenseNo: first.body.licenseNo, officeId: undefined }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('duplicate');
    expect(again.body.errors).toEqual([{ path: 'licenseNo', rule: 'people.license_taken', message: `律师执业证号 ${first.body.licenseNo} 已登记` }]);
    const other = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer());
    const taken = await t.api.patch(`/api/v1/lawyers/${other.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ licenseNo: first.body.licenseNo });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe('licenseNo');
    const same = await t.api.patch(`/api/v1/lawyers/${other.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ licenseNo: other.body.licenseNo, firm: '北京市建外律师事务所' });
    expect(same.status).toBe(200);
    // licences are national: one kept in Pingdingshan's network is taken too, and the field says so
    const elsewhere = await t.api.post('/api/v1/lawyers').set(bearer((await t.login('pds_admin')).token)).send(newLawyer({ licenseNo: first.body.licenseNo, officeId: undefined }));
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.errors[0].path).toBe('licenseNo');
  });

  it('names each invalid field in the problem', async () => {
    const res = await t.api
      .post('/api/v1/lawyers')
      .set(bearer(chaoyang))
      .send(newLawyer({ licenseNo: '1234', kind: 'judge', pools: ['volunteer', 'volunteer'], maxActiveMatters: 0, firm: undefined }));
    expect(res.status).toBe(400);
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['firm', 'kind', 'licenseNo', 'maxActiveMatters', 'pools']);
  });

  it('is read across the city network but changed only by the keeping office’s subtree', async () => {
    const { body } = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer({ name: '网络共享律师' }));
    const read = await t.api.get(`/api/v1/lawyers/${body.id}`).set(bearer(haidian));
    expect(read.status).toBe(200);
    expect(read.body.officeName).toBe('朝阳区职工服务中心');
    const listed = await t.api.get('/api/v1/lawyers').query({ q: '网络共享' }).set(bearer(haidian));
    expect(listed.body.items.map((l: { id: string }) => l.id)).toEqual([body.id]);
    const change = await t.api.patch(`/api/v1/lawyers/${body.id}`).set(bearer(haidian)).set('If-Match', '"1"').send({ active: false });
    expect(change.status).toBe(403);
    expect(change.body.errors[0]).toMatchObject({ path: 'officeId', rule: 'scope.office_outside' });
    const place = await t.api.post('/api/v1/lawyers').set(bearer(haidian)).send(newLawyer());
    expect(place.status).toBe(422);
    expect(place.body.errors[0]).toMatchObject({ path: 'officeId', rule: 'scope.office_outside' });
    const pds = (await t.login('pds_admin')).token;
    expect((await t.api.get(`/api/v1/lawyers/${body.id}`).set(bearer(pds))).status).toBe(404);
  });

  it('updates with If-Match and refuses a stale one with 412', async () => {
    const { body } = await t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer());
    const first = await t.api
      .patch(`/api/v1/lawyers/${body.id}`)
      .set(bearer(chaoyang))
      .set('If-Match', '"1"')
      .send({ pools: ['city_team', 'volunteer'], maxActiveMatters: 8, certificateExpiry: inDays(-1) });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body).toMatchObject({ pools: ['city_team', 'volunteer'], maxActiveMatters: 8, certificateStanding: 'expired' });
    const stale = await t.api.patch(`/api/v1/lawyers/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ active: false });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('filters by office, pool, kind, text, activity and certificate standing', async () => {
    const post = (over: Record<string, unknown>) => t.api.post('/api/v1/lawyers').set(bearer(chaoyang)).send(newLawyer({ officeId: ids['朝阳区总工会'], ...over }));
    await post({ name: '律师团公职律师', kind: 'public', pools: ['city_team'], certificateExpiry: inDays(30) });
    await post({ name: '公司律师', kind: 'corporate', pools: [], active: false, certificateExpiry: null });
    const list = (query: Record<string, unknown>) =>
      t.api
        .get('/api/v1/lawyers')
        .query({ officeId: ids['朝阳区总工会'], ...query })
        .set(bearer(haidian))
        .then((r) => r.body.items.map((l: { name: string }) => l.name));
    expect(await list({ pool: 'city_team' })).toEqual(['律师团公职律师']);
    expect(await list({ kind: 'corporate' })).toEqual(['公司律师']);
    expect(await list({ active: false })).toEqual(['公司律师']);
    expect(await list({ certificate: 'expiring' })).toEqual(['律师团公职律师']);
    expect(await list({ q: '朝阳律师事务所', sort: '-createdAt' })).toEqual(['公司律师', '律师团公职律师', '孙律师']);
  });
});
