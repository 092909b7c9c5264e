import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
let employerId: string;
beforeAll(async () => {
  t = await buildTestApp();
  employerId = (await t.api.get('/api/v1/employers').query({ q: '建外餐饮' }).set(bearer((await t.login('admin')).token))).body.items[0].id;
});
afterAll(() => t.close());

describe('labor-relations warnings (预警)', () => {
  it('are filed by a station and roll up the tree, but not sideways', async () => {
    const station = (await t.login('jianwai_staff')).token;
    const filed = await t.api.post('/api/v1/warnings').set(bearer(station)).send({ employerId, kind: 'wage_arrears', level: 'serious', description: '职工反映两个月未发工资' });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ officeName: '建外街道工会服务站', employerName: '北京建外餐饮管理有限公司', status: 'open', filedBy: '建外街道工会服务站 郑丽' });
    for (const user of ['chaoyang_staff', 'admin']) {
      const list = await t.api.get('/api/v1/warnings').query({ status: 'open' }).set(bearer((await t.login(user)).token));
      expect(list.body.items.map((w: { id: string }) => w.id)).toContain(filed.body.id);
    }
    const haidian = (await t.login('haidian_admin')).token;
    expect((await t.api.get(`/api/v1/warnings/${filed.body.id}`).set(bearer(haidian))).status).toBe(404);
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'warning', entityId: filed.body.id }).set(bearer((await t.login('chaoyang_admin')).token));
    expect(audit.body.items[0].action).toBe('warning.file');
  });

  it('are resolved once, with what was done', async () => {
    const staff = (await t.login('chaoyang_staff')).token;
    const filed = await t.api.post('/api/v1/warnings').set(bearer(staff)).send({ employerId, kind: 'layoff', level: 'attention', description: '拟裁员30人' });
    const stale = await t.api.post(`/api/v1/warnings/${filed.body.id}/resolve`).set(bearer(staff)).set('If-Match', '"9"').send({ resolution: '已处理' });
    expect(stale.status).toBe(412);
    const resolved = await t.api.post(`/api/v1/warnings/${filed.body.id}/resolve`).set(bearer(staff)).set('If-Match', '"1"').send({ resolution: '已约谈企业，依法履行裁员程序' });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: '已约谈企业，依法履行裁员程序' });
    expect((await t.api.post(`/api/v1/warnings/${filed.body.id}/resolve`).set(bearer(staff)).send({ resolution: '再次' })).status).toBe(409);
  });

  it('name an employer that exists', async () => {
    const res = await t.api
      .post('/api/v1/warnings')
      .set(bearer((await t.login('chaoyang_staff')).token))
      .send({ employerId: '00000000-0000-4000-8000-000000000000', kind: 'other', level: 'attention', description: 'x' });
    expect(res.body.errors[0]).toMatchObject({ path: 'employerId', rule: 'people.employer_unknown' });
  });
});
