import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { employerBody, newCreditCode, officeIds } from '../../../test/fixtures.js';

let t: TestApp;
let chaoyang: string;
let office: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  chaoyang = (await t.login('chaoyang_staff')).token;
  office = await officeIds(t, ['北京市总工会', '朝阳区总工会', '海淀区总工会', '北京京华建设集团工会', '建外街道工会服务站']);
});
afterAll(() => t.close());

describe('employers (domain.md §2)', () => {
  it('registers an employer with a valid credit code, audited', async () => {
    const body = employerBody({ unionOfficeId: office['朝阳区总工会'] });
    const res = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ creditCode: body.creditCode, unionOfficeName: '朝阳区总工会', regionName: '北京市 朝阳区 建外街道', officeId: office['朝阳区总工会'] });
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'employer', entityId: res.body.id }).set(bearer((await t.login('chaoyang_admin')).token));
    expect(audit.body.items[0].action).toBe('employer.create');
  });

  it('refuses a credit code whose check character is wrong, naming the rule', async () => {
    const good = newCreditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).set('Accept-Language', 'en').send(employerBody({ creditCode: bad, unionOfficeId: office['朝阳区总工会'] }));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'creditCode', rule: 'code.credit_check', message: 'the check character of the credit code is wrong (GB 32100)' }]);
  });

  it('answers 409 duplicate for a credit code registered twice', async () => {
    const body = employerBody({ unionOfficeId: office['朝阳区总工会'] });
    expect((await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send(body)).status).toBe(201);
    const again = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send({ ...body, name: '另一个名字' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'duplicate', errors: [{ path: 'creditCode', rule: 'employer.credit_code_taken' }] });
  });

  it('checks the union links and the street', async () => {
    const res = await t.api
      .post('/api/v1/employers')
      .set(bearer(chaoyang))
      .send(employerBody({ unionOfficeId: office['建外街道工会服务站'], groupId: office['朝阳区总工会'], regionCode: '110105999' }));
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string; rule: string }) => `${e.path}:${e.rule}`).sort()).toEqual([
      'groupId:employer.group_kind',
      'regionCode:office.region_unknown',
      'unionOfficeId:employer.union_office_kind',
    ]);
    const noUnion = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send(employerBody({ unionized: false, unionOfficeId: office['朝阳区总工会'] }));
    expect(noUnion.body.errors[0].rule).toBe('employer.union_office_without_union');
    const pds = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send(employerBody({ regionCode: '410402001', unionOfficeId: office['朝阳区总工会'] }));
    expect(pds.body.errors[0].rule).toBe('employer.region_outside_network');
  });

  it('lists a group’s member employers, and searches names and codes', async () => {
    const members = await t.api.get('/api/v1/employers').query({ groupId: office['北京京华建设集团工会'] }).set(bearer(chaoyang));
    expect(members.body.items.map((e: { name: string }) => e.name).sort()).toEqual(['京华建设第三工程有限公司', '北京京华建设集团有限公司']);
    expect(members.body.items[0].groupName).toBe('北京京华建设集团工会');
    const byName = await t.api.get('/api/v1/employers').query({ q: '朝华' }).set(bearer(chaoyang));
    expect(byName.body.items.map((e: { name: string }) => e.name)).toEqual(['北京朝华科技有限公司']);
    const byCode = await t.api.get('/api/v1/employers').query({ q: byName.body.items[0].creditCode.slice(4) }).set(bearer(chaoyang));
    expect(byCode.body.items.map((e: { id: string }) => e.id)).toEqual([byName.body.items[0].id]);
  });

  it('shares the registry across the city but keeps writes with the keeping office', async () => {
    const { token } = await t.login('haidian_admin');
    const list = await t.api.get('/api/v1/employers').query({ q: '朝华' }).set(bearer(token));
    expect(list.body.items).toHaveLength(1);
    const id = list.body.items[0].id;
    const read = await t.api.get(`/api/v1/employers/${id}`).set(bearer(token));
    expect(read.status).toBe(200);
    const write = await t.api.patch(`/api/v1/employers/${id}`).set(bearer(token)).set('If-Match', `"${read.body.version}"`).send({ employeeCount: 1 });
    expect(write.status).toBe(403);
    const pds = await t.api.get('/api/v1/employers').query({ q: '朝华' }).set(bearer((await t.login('pds_admin')).token));
    expect(pds.body.items).toEqual([]);
  });

  it('updates with If-Match, and 412 on a stale version', async () => {
    const created = await t.api.post('/api/v1/employers').set(bearer(chaoyang)).send(employerBody({ unionOfficeId: office['朝阳区总工会'] }));
    const ok = await t.api.patch(`/api/v1/employers/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ employeeCount: 99 });
    expect(ok.status).toBe(200);
    expect(ok.body.employeeCount).toBe(99);
    const stale = await t.api.patch(`/api/v1/employers/${created.body.id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ employeeCount: 98 });
    expect(stale.status).toBe(412);
  });
});
