import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { newCreditCode, officeIds } from '../../../test/fixtures.js';
import { employers } from '../../db/schema.js';
import { addDays, today } from '../certificates/certificates.service.js';
import { insertMediationOrg, orgOffices } from '../mediators/mediators.factory.js';

let t: TestApp;
let chaoyang: string;
let haidian: string;
let ids: Record<string, string>;
let employerId: string;

const inDays = (n: number) => addDays(today(), n);

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_admin')).token;
  haidian = (await t.login('haidian_admin')).token;
  ids = await officeIds(t, [...orgOffices, '朝阳区总工会', '建外街道工会服务站', '海淀区总工会']);
  [{ id: employerId }] = await t.database.db
    .insert(employers)
    .values({
      name: '北京建外商贸有限公司',
      creditCode: newCreditCode(),
      regionCode: '110105001',
      industry: '批发和零售业',
      employeeCount: 320,
      unionized: true,
      unionOfficeId: ids['朝阳区总工会'],
      officeId: ids['朝阳区总工会'],
      networkId: ids['北京市总工会'],
    })
    .returning({ id: employers.id });
});
afterAll(() => t.close());

const newSupervisor = (over: Record<string, unknown> = {}) => ({ name: '陈监督', phone: '010-85001234', certificateNo: 'JD-2026-001', certificateExpiry: inDays(365), ...over });

describe('labor-law supervisors', () => {
  it('adds a supervisor at the caller’s own office by default, audited', async () => {
    const res = await t.api.post('/api/v1/supervisors').set(bearer(chaoyang)).send(newSupervisor());
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/supervisors/${res.body.id}`);
    expect(res.body).toMatchObject({ officeId: ids['朝阳区总工会'], officeName: '朝阳区总工会', employerId: null, employerName: null, mediatorId: null, certificateStanding: 'valid' });
    const read = await t.api.get(`/api/v1/supervisors/${res.body.id}`).set(bearer(chaoyang));
    expect(read.body).toEqual(res.body);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'supervisor', entityId: res.body.id }).set(bearer(chaoyang));
    expect(audit.body.items[0]).toMatchObject({ action: 'supervisor.create', after: { name: '陈监督' } });
  });

  it('places a supervisor at an office of the subtree, with an employer and a mediator who also supervises', async () => {
    const org = await insertMediationOrg(t, ids);
    const mediator = await t.api.post('/api/v1/mediators').set(bearer(chaoyang)).send({ orgId: org.id, name: '赵调解', alsoSupervisor: true });
    const res = await t.api
      .post('/api/v1/supervisors')
      .set(bearer(chaoyang))
      .send(newSupervisor({ name: '赵调解', officeId: ids['建外街道工会服务站'], employerId, mediatorId: mediator.body.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ officeName: '建外街道工会服务站', employerId, employerName: '北京建外商贸有限公司', mediatorId: mediator.body.id });
    const jianwai = (await t.login('jianwai_staff')).token;
    expect((await t.api.get(`/api/v1/supervisors/${res.body.id}`).set(bearer(jianwai))).status).toBe(200);
  });

  it('refuses an office of another district, an unknown employer and an unknown mediator, each on its field', async () => {
    const res = await t.api
      .post('/api/v1/supervisors')
      .set(bearer(haidian))
      .set('Accept-Language', 'en')
      .send(newSupervisor({ officeId: ids['朝阳区总工会'], employerId: randomUUID(), mediatorId: randomUUID() }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: 'officeId', rule: 'scope.office_outside', message: 'the office is outside your subtree' },
      { path: 'employerId', rule: 'people.employer_unknown', message: 'no such employer' },
      { path: 'mediatorId', rule: 'people.mediator_unknown', message: 'no such mediator' },
    ]);
  });

  it('answers 404 for a supervisor of another district, read or changed', async () => {
    const { body } = await t.api.post('/api/v1/supervisors').set(bearer(chaoyang)).send(newSupervisor({ name: '朝阳监督员' }));
    const read = await t.api.get(`/api/v1/supervisors/${body.id}`).set(bearer(haidian));
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('not_found');
    expect((await t.api.patch(`/api/v1/supervisors/${body.id}`).set(bearer(haidian)).set('If-Match', '"1"').send({ active: false })).status).toBe(404);
    const list = await t.api.get('/api/v1/supervisors').query({ limit: 500 }).set(bearer(haidian));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('updates with If-Match and refuses a stale one with 412', async () => {
    const { body } = await t.api.post('/api/v1/supervisors').set(bearer(chaoyang)).send(newSupervisor());
    const first = await t.api.patch(`/api/v1/supervisors/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ employerId, certificateExpiry: inDays(20) });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body).toMatchObject({ employerName: '北京建外商贸有限公司', certificateStanding: 'expiring' });
    const cleared = await t.api.patch(`/api/v1/supervisors/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"2"').send({ employerId: null });
    expect(cleared.body).toMatchObject({ employerId: null, employerName: null, version: 3 });
    const stale = await t.api.patch(`/api/v1/supervisors/${body.id}`).set(bearer(chaoyang)).set('If-Match', '"2"').send({ name: '另一个名字' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('names each invalid field in the problem', async () => {
    const res = await t.api.post('/api/v1/supervisors').set(bearer(chaoyang)).send({ name: '', phone: 'call me', officeId: 'x', extra: true });
    expect(res.status).toBe(400);
    expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['extra', 'name', 'officeId', 'phone']);
  });

  it('filters by office, employer, text, activity and certificate standing', async () => {
    const post = (over: Record<string, unknown>) => t.api.post('/api/v1/supervisors').set(bearer(chaoyang)).send(newSupervisor({ officeId: ids['建外街道工会服务站'], ...over }));
    await post({ name: '过期监督员', certificateExpiry: inDays(-30) });
    await post({ name: '停用监督员', active: false, employerId });
    await post({ name: '临期监督员', certificateExpiry: inDays(60), certificateNo: 'JD-XYZ-9' });
    const list = (query: Record<string, unknown>) =>
      t.api
        .get('/api/v1/supervisors')
        .query({ officeId: ids['建外街道工会服务站'], ...query })
        .set(bearer(chaoyang))
        .then((r) => r.body.items.map((s: { name: string }) => s.name));
    expect(await list({ certificate: 'expired' })).toEqual(['过期监督员']);
    expect(await list({ certificate: 'expiring' })).toEqual(['临期监督员']);
    expect(await list({ certificate: 'expiring', withinDays: 30 })).toEqual([]);
    expect(await list({ q: 'xyz' })).toEqual(['临期监督员']);
    expect(await list({ active: false })).toEqual(['停用监督员']);
    expect(await list({ employerId, sort: '-name' })).toEqual(['赵调解', '停用监督员']);
  });
});
