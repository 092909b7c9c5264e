import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
let admin: string;
let chaoyang: string;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await t.login('admin')).token;
  chaoyang = (await t.login('chaoyang_admin')).token;
  ids = {};
  for (const name of ['北京市总工会', '朝阳区总工会', '海淀区总工会', '建外街道工会服务站', '中关村街道工会服务站', '平顶山市总工会']) {
    const res = await t.api.get('/api/v1/offices').query({ q: name }).set(bearer(admin));
    ids[name] = res.body.items.find((o: { name: string }) => o.name === name)?.id;
  }
  // Pingdingshan is another network: the Beijing admin does not see it
  const pds = await t.api.get('/api/v1/offices?view=tree').set(bearer((await t.login('pds_admin')).token));
  ids['平顶山市总工会'] = pds.body.items[0].id;
});
afterAll(() => t.close());

describe('the demo network', () => {
  it('seeds Beijing with its 16 districts, every street, and real GB/T 2260 codes', async () => {
    const tree = await t.api.get('/api/v1/offices?view=tree').set(bearer(admin));
    expect(tree.status).toBe(200);
    const [root] = tree.body.items;
    expect(root).toMatchObject({ name: '北京市总工会', kind: 'city_federation', regionCode: '110000', regionName: '北京市' });
    const districts = root.children.filter((c: { kind: string }) => c.kind === 'district_federation');
    expect(districts).toHaveLength(16);
    const chaoyang = districts.find((d: { name: string }) => d.name === '朝阳区总工会');
    expect(chaoyang.regionCode).toBe('110105');
    const kinds = new Set(chaoyang.children.map((c: { kind: string }) => c.kind));
    expect(kinds).toEqual(new Set(['district_service_center', 'district_mediation_center', 'street_service_station', 'street_mediation_room']));
    const stations = districts.flatMap((d: { children: { kind: string }[] }) => d.children.filter((c) => c.kind === 'street_service_station'));
    expect(stations.length).toBeGreaterThan(300);
    expect(root.children.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(['city_legal_service_center', 'city_mediation_guidance_center', 'group_union']));
  });

  it('seeds Pingdingshan (4104) as its own network', async () => {
    const { token } = await t.login('pds_admin');
    const tree = await t.api.get('/api/v1/offices?view=tree').set(bearer(token));
    const [root] = tree.body.items;
    expect(root).toMatchObject({ name: '平顶山市总工会', regionCode: '410400' });
    expect(root.children.filter((c: { kind: string }) => c.kind === 'district_federation').every((d: { regionCode: string }) => d.regionCode.startsWith('4104'))).toBe(true);
  });
});

describe('scope', () => {
  it('shows a district user only its own subtree', async () => {
    const list = await t.api.get('/api/v1/offices?limit=500').set(bearer(chaoyang));
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(10);
    expect(list.body.items.every((o: { regionCode: string }) => o.regionCode.startsWith('110105'))).toBe(true);
    const tree = await t.api.get('/api/v1/offices?view=tree').set(bearer(chaoyang));
    expect(tree.body.items.map((o: { name: string }) => o.name)).toEqual(['朝阳区总工会']);
  });

  it('answers 404 for another district’s office, as for one that does not exist', async () => {
    const other = await t.api.get(`/api/v1/offices/${ids['海淀区总工会']}`).set(bearer(chaoyang));
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('not_found');
    const street = await t.api.get(`/api/v1/offices/${ids['中关村街道工会服务站']}`).set(bearer(chaoyang));
    expect(street.status).toBe(404);
    const none = await t.api.get('/api/v1/offices/00000000-0000-4000-8000-000000000000').set(bearer(chaoyang));
    expect(none.status).toBe(404);
    expect(Object.keys(other.body).sort()).toEqual(Object.keys(none.body).sort());
  });

  it('keeps one city’s network from the other', async () => {
    expect((await t.api.get(`/api/v1/offices/${ids['平顶山市总工会']}`).set(bearer(admin))).status).toBe(404);
  });

  it('lets a user read the offices above its own', async () => {
    const res = await t.api.get(`/api/v1/offices/${ids['北京市总工会']}`).set(bearer(chaoyang));
    expect(res.status).toBe(200);
  });

  it('refuses to change an office outside the subtree, even one above', async () => {
    const up = await t.api.patch(`/api/v1/offices/${ids['北京市总工会']}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ name: 'x' });
    expect(up.status).toBe(404);
    const side = await t.api.patch(`/api/v1/offices/${ids['海淀区总工会']}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ name: 'x' });
    expect(side.status).toBe(404);
    const under = await t.api
      .post('/api/v1/offices')
      .set(bearer(chaoyang))
      .send({ name: '越权服务站', kind: 'street_service_station', parentId: ids['海淀区总工会'], regionCode: '110108001' });
    expect(under.status).toBe(422);
    expect(under.body.errors[0].path).toBe('parentId');
  });

  it('names the offices of a kind across the network, for pickers, and nothing of another city', async () => {
    const res = await t.api.get('/api/v1/offices/network').query({ kind: 'district_federation' }).set(bearer(chaoyang));
    expect(res.body.items).toHaveLength(16);
    expect(res.body.items.every((o: { regionCode: string }) => o.regionCode.startsWith('11'))).toBe(true);
    const groups = await t.api.get('/api/v1/offices/network').query({ kind: 'group_union' }).set(bearer(chaoyang));
    expect(groups.body.items.map((o: { name: string }) => o.name)).toContain('北京京华建设集团工会');
  });

  it('refuses writes to roles without the permission', async () => {
    const { token } = await t.login('chaoyang_viewer');
    const res = await t.api
      .post('/api/v1/offices')
      .set(bearer(token))
      .send({ name: '某服务站', kind: 'street_service_station', parentId: ids['朝阳区总工会'], regionCode: '110105001' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });
});

describe('create and update', () => {
  it('creates an office under the caller’s subtree, audited', async () => {
    const res = await t.api
      .post('/api/v1/offices')
      .set(bearer(chaoyang))
      .send({ name: '建外街道第二工会服务站', kind: 'street_service_station', parentId: ids['朝阳区总工会'], regionCode: '110105001', phone: '010-65001234' });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/offices/${res.body.id}`);
    expect(res.body).toMatchObject({ tier: 'street', regionName: '北京市 朝阳区 建外街道', childCount: 0 });
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'office', entityId: res.body.id }).set(bearer(chaoyang));
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'office.create', actorName: 'chaoyang_admin', after: { name: '建外街道第二工会服务站' } });
  });

  it('names each broken placement rule on its field', async () => {
    const res = await t.api
      .post('/api/v1/offices')
      .set(bearer(admin))
      .set('Accept-Language', 'en')
      .send({ name: '错位的调解中心', kind: 'district_mediation_center', parentId: ids['北京市总工会'], regionCode: '110105001' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('rule_violated');
    expect(res.body.errors).toEqual([
      { path: 'parentId', rule: 'office.parent_kind', message: 'a District mediation center cannot sit under a City federation' },
      { path: 'regionCode', rule: 'office.region_tier', message: 'a District-tier office needs a 6-digit region code' },
    ]);
  });

  it('refuses a region code that GB/T 2260 does not have, in Chinese by default', async () => {
    const res = await t.api
      .post('/api/v1/offices')
      .set(bearer(chaoyang))
      .send({ name: '虚构街道服务站', kind: 'street_service_station', parentId: ids['朝阳区总工会'], regionCode: '110105999' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({ path: 'regionCode', rule: 'office.region_unknown', message: '行政区划代码 110105999 不存在（GB/T 2260）' });
  });

  it('updates with If-Match and refuses a stale one with 412', async () => {
    const created = await t.api
      .post('/api/v1/offices')
      .set(bearer(chaoyang))
      .send({ name: '朝外街道新站', kind: 'street_service_station', parentId: ids['朝阳区总工会'], regionCode: '110105002' });
    const id = created.body.id;
    const first = await t.api.patch(`/api/v1/offices/${id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ address: '朝外大街 1 号' });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await t.api.patch(`/api/v1/offices/${id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ address: '另一个地址' });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    const missing = await t.api.patch(`/api/v1/offices/${id}`).set(bearer(chaoyang)).send({ address: '另一个地址' });
    expect(missing.status).toBe(428);
    const read = await t.api.get(`/api/v1/offices/${id}`).set(bearer(chaoyang));
    expect(read.body.address).toBe('朝外大街 1 号');
    expect(read.headers.etag).toBe('"2"');
  });

  it('lets exactly one of two racing updates win', async () => {
    const created = await t.api
      .post('/api/v1/offices')
      .set(bearer(chaoyang))
      .send({ name: '并发测试站', kind: 'street_service_station', parentId: ids['朝阳区总工会'], regionCode: '110105003' });
    const id = created.body.id;
    const [a, b] = await Promise.all(
      ['甲', '乙'].map((name) => t.api.patch(`/api/v1/offices/${id}`).set(bearer(chaoyang)).set('If-Match', '"1"').send({ name })),
    );
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? a : b;
    expect((await t.api.get(`/api/v1/offices/${id}`).set(bearer(chaoyang))).body.name).toBe(winner.body.name);
  });

  it('moves an office with its subtree and refuses a cycle', async () => {
    const group = await t.api
      .post('/api/v1/offices')
      .set(bearer(admin))
      .send({ name: '测试集团工会', kind: 'group_union', parentId: ids['北京市总工会'], regionCode: '110105' });
    const center = await t.api
      .post('/api/v1/offices')
      .set(bearer(admin))
      .send({ name: '测试集团调解中心', kind: 'group_mediation_center', parentId: group.body.id, regionCode: '110105' });
    expect(center.status).toBe(201);
    // someone of the group, signed in and just seen: its scope is its office's path, which the move changes
    const username = `g${Math.random().toString(36).slice(2, 10)}`;
    const user = await t.api.post('/api/v1/users').set(bearer(admin)).send({ username, displayName: '集团 同事', officeId: group.body.id, roles: ['staff'], password: 'Passw0rd!' });
    expect(user.status).toBe(201);
    const member = (await t.login(username, 'Passw0rd!')).token;
    expect((await t.api.get(`/api/v1/offices/${center.body.id}`).set(bearer(member))).status).toBe(200);
    const cycle = await t.api.patch(`/api/v1/offices/${group.body.id}`).set(bearer(admin)).set('If-Match', '"1"').send({ parentId: center.body.id });
    expect(cycle.status).toBe(422);
    expect(cycle.body.errors[0].rule).toBe('office.cycle');
    const moved = await t.api.patch(`/api/v1/offices/${group.body.id}`).set(bearer(admin)).set('If-Match', '"1"').send({ parentId: ids['朝阳区总工会'] });
    expect(moved.status).toBe(200);
    // now inside 朝阳区, the district admin sees both
    expect((await t.api.get(`/api/v1/offices/${center.body.id}`).set(bearer(chaoyang))).status).toBe(200);
    // and the group's own people keep their subtree under its new path on their very next request
    expect((await t.api.get(`/api/v1/offices/${center.body.id}`).set(bearer(member))).status).toBe(200);
  });

  it('filters and pages the list with an opaque cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string; tier: string }[]; nextCursor: string | null } } = await t.api
        .get('/api/v1/offices')
        .query({ tier: 'district', limit: 7, sort: '-name', ...(cursor ? { cursor } : {}) })
        .set(bearer(admin));
      expect(res.body.items.every((o) => o.tier === 'district')).toBe(true);
      seen.push(...res.body.items.map((o) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(16 * 3);
    const bad = await t.api.get('/api/v1/offices').query({ cursor: 'garbage' }).set(bearer(admin));
    expect(bad.status).toBe(400);
  });
});
