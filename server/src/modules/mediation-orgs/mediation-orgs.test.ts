import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { employerBody, officeIds } from '../../../test/fixtures.js';

let t: TestApp;
let tokens: Record<string, string>;
let office: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  tokens = {};
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_center', 'jianwai_staff', 'city_mediation', 'jinghua_staff', 'haidian_admin', 'chaoyang_viewer']) {
    tokens[u] = (await t.login(u)).token;
  }
  office = await officeIds(t, [
    '北京市总工会',
    '北京市劳动争议调解指导中心',
    '朝阳区总工会',
    '朝阳区劳动争议调解中心',
    '建外街道工会服务站',
    '北京京华建设集团工会',
  ]);
});
afterAll(() => t.close());

const as = (user: string) => bearer(tokens[user]);

async function employer(over: Record<string, unknown>) {
  const res = await t.api.post('/api/v1/employers').set(as('admin')).send(employerBody({ unionOfficeId: office['朝阳区总工会'], ...over }));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function submit(user: string, body: Record<string, unknown>) {
  return t.api.post('/api/v1/mediation-orgs').set(as(user)).send({ name: `调解组织${Math.random().toString(36).slice(2, 7)}`, ...body });
}

async function event(user: string, id: string, body: Record<string, unknown>) {
  return t.api.post(`/api/v1/mediation-orgs/${id}/events`).set(as(user)).send(body);
}

describe('the filing authority is computed by the four rules', () => {
  it('rule 1: union directly under the city federation → city guidance center', async () => {
    const employerId = await employer({ unionOfficeId: office['北京市总工会'], employeeCount: 800 });
    const res = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', filingOfficeId: office['北京市劳动争议调解指导中心'], filingRule: 1, filingOfficeName: '北京市劳动争议调解指导中心' });
  });

  it('rule 2: inside a group’s system → the group union', async () => {
    const employerId = await employer({ unionOfficeId: office['北京京华建设集团工会'], groupId: office['北京京华建设集团工会'], employeeCount: 300 });
    const res = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId });
    expect(res.body).toMatchObject({ filingOfficeId: office['北京京华建设集团工会'], filingRule: 2 });
  });

  it('rule 3: a coordinator with no superior unit → the street station of the employer’s street', async () => {
    const employerId = await employer({ employeeCount: 40 });
    const res = await submit('chaoyang_staff', { type: 'labor_relations_coordinator', employerId, coordinatorName: '王协调' });
    expect(res.body).toMatchObject({ filingOfficeId: office['建外街道工会服务站'], filingRule: 3 });
  });

  it('rule 4: otherwise → the district center of the employer’s district', async () => {
    const employerId = await employer({ employeeCount: 150 });
    const res = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId, filingOfficeId: office['北京市总工会'] });
    // a filing authority sent by the caller is not a field at all
    expect(res.status).toBe(400);
    const ok = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId });
    expect(ok.body).toMatchObject({ filingOfficeId: office['朝阳区劳动争议调解中心'], filingRule: 4 });
  });

  it('previews the authority for the form', async () => {
    const employerId = await employer({ employeeCount: 60 });
    const res = await t.api.get('/api/v1/mediation-orgs/filing-authority').query({ type: 'enterprise_committee', employerId }).set(as('chaoyang_staff'));
    expect(res.body).toEqual({ filingOfficeId: office['朝阳区劳动争议调解中心'], filingOfficeName: '朝阳区劳动争议调解中心', filingRule: 4, sizeRule: 'filing.size_committee' });
  });
});

describe('size rules', () => {
  it.each([
    ['enterprise_committee', 99, 'filing.size_committee'],
    ['labor_relations_coordinator', 100, 'filing.size_coordinator'],
    ['group_center', 4999, 'filing.size_group'],
  ] as const)('refuses a %s for %i employees, naming the rule', async (type, employeeCount, rule) => {
    const employerId = await employer({ employeeCount });
    const res = await submit('chaoyang_staff', { type, employerId, coordinatorName: '某人' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'type', rule }));
    expect(res.body.errors.find((e: { rule: string }) => e.rule === rule).message).toContain(String(employeeCount));
  });

  it.each([
    ['enterprise_committee', 100],
    ['labor_relations_coordinator', 99],
    ['group_center', 5000],
  ] as const)('accepts a %s at %i employees', async (type, employeeCount) => {
    const employerId = await employer({ employeeCount });
    expect((await submit('chaoyang_staff', { type, employerId, coordinatorName: '某人' })).status).toBe(201);
  });

  it('lets a city-tier reviewer override with a reason, and no one else', async () => {
    const employerId = await employer({ employeeCount: 60 });
    const district = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId, overrideReason: '集团统一要求设立' });
    expect(district.status).toBe(422);
    expect(district.body.errors[0]).toMatchObject({ path: 'overrideReason', rule: 'filing.override_city_only' });
    const city = await submit('city_mediation', { type: 'enterprise_committee', employerId, overrideReason: '集团统一要求设立' });
    expect(city.status).toBe(201);
    expect(city.body.overrideReason).toBe('集团统一要求设立');
  });
});

describe('the filing state machine, by events only', () => {
  async function committee() {
    const employerId = await employer({ employeeCount: 500 });
    const res = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId });
    if (res.status !== 201) console.log('SUBMIT', res.status, JSON.stringify(res.body));
    return res.body.id as string;
  }

  it('goes submitted → returned → resubmitted → filed, each step by its side, with a timeline', async () => {
    const id = await committee();
    expect((await event('chaoyang_staff', id, { type: 'file' })).status).toBe(403);
    const noReason = await event('chaoyang_center', id, { type: 'return' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0]).toMatchObject({ path: 'reason', rule: 'filing.reason_required' });
    const returned = await event('chaoyang_center', id, { type: 'return', reason: '缺少调解委员会组成人员名单' });
    expect(returned.status).toBe(201);
    expect(returned.body.status).toBe('returned');
    expect((await event('chaoyang_center', id, { type: 'resubmit' })).status).toBe(403);
    expect((await event('chaoyang_staff', id, { type: 'resubmit', note: '已补充名单' })).body.status).toBe('resubmitted');
    const filed = await event('chaoyang_center', id, { type: 'file' });
    expect(filed.body).toMatchObject({ status: 'filed' });
    expect(filed.body.filedAt).not.toBeNull();
    const timeline = await t.api.get(`/api/v1/mediation-orgs/${id}/events`).set(as('chaoyang_staff'));
    expect(timeline.body.items.map((e: { type: string; fromStatus: string; toStatus: string }) => `${e.type}:${e.fromStatus}→${e.toStatus}`)).toEqual([
      'submit:null→submitted',
      'return:submitted→returned',
      'resubmit:returned→resubmitted',
      'file:resubmitted→filed',
    ]);
    expect(timeline.body.items[1]).toMatchObject({ reason: '缺少调解委员会组成人员名单', actorName: '朝阳区调解中心 何佳' });
  });

  it('refuses events the state does not allow with 409 and the allowed ones', async () => {
    const id = await committee();
    const res = await event('chaoyang_center', id, { type: 'revoke', reason: 'x' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'transition_not_allowed', allowed: ['file', 'return'] });
    const detail = await t.api.get(`/api/v1/mediation-orgs/${id}`).set(as('chaoyang_center'));
    expect(detail.body.allowedEvents).toEqual(['file', 'return']);
    const asFiler = await t.api.get(`/api/v1/mediation-orgs/${id}`).set(as('chaoyang_staff'));
    expect(asFiler.body.allowedEvents).toEqual([]);
  });

  it('revokes with a reason and dissolves, then allows nothing more', async () => {
    const a = await committee();
    await event('chaoyang_center', a, { type: 'file' });
    expect((await event('chaoyang_center', a, { type: 'revoke' })).status).toBe(422);
    expect((await event('chaoyang_center', a, { type: 'revoke', reason: '长期未开展工作' })).body.status).toBe('revoked');
    const after = await event('chaoyang_center', a, { type: 'dissolve' });
    expect(after.status).toBe(409);
    expect(after.body.allowed).toEqual([]);
    const b = await committee();
    await event('chaoyang_center', b, { type: 'file' });
    expect((await event('chaoyang_staff', b, { type: 'dissolve' })).body.status).toBe('dissolved');
  });

  it('lets exactly one of two racing reviews of the same version win', async () => {
    const id = await committee();
    const review = (body: object) => t.api.post(`/api/v1/mediation-orgs/${id}/events`).set(as('chaoyang_center')).set('If-Match', '"1"').send(body);
    const [x, y] = await Promise.all([review({ type: 'file' }), review({ type: 'return', reason: '材料不全' })]);
    expect([x.status, y.status].sort()).toEqual([201, 412]);
    const timeline = await t.api.get(`/api/v1/mediation-orgs/${id}/events`).set(as('chaoyang_center'));
    expect(timeline.body.items).toHaveLength(2);
  });

  it('honours If-Match on events', async () => {
    const id = await committee();
    const stale = await t.api.post(`/api/v1/mediation-orgs/${id}/events`).set(as('chaoyang_center')).set('If-Match', '"7"').send({ type: 'file' });
    expect(stale.status).toBe(412);
  });

  it('shows the reviewer its queue', async () => {
    const id = await committee();
    const queue = await t.api.get('/api/v1/mediation-orgs').query({ awaitingMyReview: true, limit: 500 }).set(as('chaoyang_center'));
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(id);
    expect(queue.body.items.every((o: { status: string; filingOfficeId: string }) => ['submitted', 'resubmitted'].includes(o.status) && o.filingOfficeId === office['朝阳区劳动争议调解中心'])).toBe(true);
  });
});

describe('scope', () => {
  it('hides a filing in progress from another district and refuses its review', async () => {
    const employerId = await employer({ employeeCount: 500 });
    const { body } = await submit('chaoyang_staff', { type: 'enterprise_committee', employerId });
    expect((await t.api.get(`/api/v1/mediation-orgs/${body.id}`).set(as('haidian_admin'))).status).toBe(404);
    expect((await event('haidian_admin', body.id, { type: 'file' })).status).toBe(404);
    const list = await t.api.get('/api/v1/mediation-orgs').query({ status: 'submitted', limit: 500 }).set(as('haidian_admin'));
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(body.id);
  });

  it('publishes filed organizations to the whole network', async () => {
    const list = await t.api.get('/api/v1/mediation-orgs').query({ q: '朝华', status: 'filed' }).set(as('haidian_admin'));
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(['北京朝华科技有限公司劳动争议调解委员会']);
  });
});

describe('the network’s own organizations and standardization', () => {
  it('seeds every center and room as filed, linked to its office', async () => {
    const rooms = await t.api.get('/api/v1/mediation-orgs').query({ type: 'street_room', regionCode: '110105', limit: 500 }).set(as('chaoyang_staff'));
    expect(rooms.body.items.length).toBeGreaterThan(20);
    expect(rooms.body.items.every((o: { status: string; filingOfficeId: string }) => o.status === 'filed' && o.filingOfficeId === office['北京市劳动争议调解指导中心'])).toBe(true);
    const centers = await t.api.get('/api/v1/mediation-orgs').query({ type: 'district_center', limit: 500 }).set(as('admin'));
    expect(centers.body.items).toHaveLength(16);
  });

  it('lists organizations missing a checklist item', async () => {
    const list = await t.api.get('/api/v1/mediation-orgs').query({ standardized: false, regionCode: '110105', limit: 500 }).set(as('chaoyang_staff'));
    const names = list.body.items.map((o: { name: string }) => o.name);
    expect(names).toContain('北京朝华科技有限公司劳动争议调解委员会');
    expect(list.body.items.every((o: { standardized: boolean }) => !o.standardized)).toBe(true);
    const org = list.body.items.find((o: { name: string }) => o.name === '北京朝华科技有限公司劳动争议调解委员会');
    const fixed = await t.api.patch(`/api/v1/mediation-orgs/${org.id}`).set(as('chaoyang_staff')).set('If-Match', `"${org.version}"`).send({ checklist: { institution: true, sign: true, staff: true, rules: true } });
    expect(fixed.body.standardized).toBe(true);
  });
});

describe('periodic reports', () => {
  it('takes a filed organization’s report once per ended period and lists late and missing ones per authority', async () => {
    const org = (await t.api.get('/api/v1/mediation-orgs').query({ q: '朝华' }).set(as('chaoyang_staff'))).body.items[0];
    const report = { casesReceived: 12, casesMediated: 10, casesSettled: 8, amountSettled: '152000.50', warningsRaised: 1 };
    const future = await t.api.post(`/api/v1/mediation-orgs/${org.id}/reports`).set(as('chaoyang_staff')).send({ period: '2099-01', ...report });
    expect(future.body.errors[0].rule).toBe('report.not_ended');
    const quarter = await t.api.post(`/api/v1/mediation-orgs/${org.id}/reports`).set(as('chaoyang_staff')).send({ period: '2026-Q1', ...report });
    expect(quarter.body.errors[0].rule).toBe('report.cadence');
    const muddled = await t.api.post(`/api/v1/mediation-orgs/${org.id}/reports`).set(as('chaoyang_staff')).send({ period: '2026-01', ...report, casesSettled: 11 });
    expect(muddled.body.errors[0].rule).toBe('report.settled_exceeds');
    const ok = await t.api.post(`/api/v1/mediation-orgs/${org.id}/reports`).set(as('chaoyang_staff')).send({ period: '2026-01', ...report });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ period: '2026-01', amountSettled: '152000.50', late: true, dueAt: '2026-02-10T16:00:00.000Z' });
    expect((await t.api.post(`/api/v1/mediation-orgs/${org.id}/reports`).set(as('chaoyang_staff')).send({ period: '2026-01', ...report })).status).toBe(409);

    const standing = await t.api.get('/api/v1/org-reports/standing').query({ period: '2026-01', filingOfficeId: office['朝阳区劳动争议调解中心'] }).set(as('chaoyang_center'));
    expect(standing.body.items).toEqual([expect.objectContaining({ orgId: org.id, standing: 'late' })]);
    const missing = await t.api.get('/api/v1/org-reports/standing').query({ period: '2026-02', standing: 'missing' }).set(as('chaoyang_center'));
    expect(missing.body.items.map((r: { orgId: string }) => r.orgId)).toContain(org.id);
  });
});
