import { idNumberCheckChar } from '@union/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { officeIds } from '../../../test/fixtures.js';
import { runSweeps } from '../../scheduler.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let office: Record<string, string>;
const org: Record<string, string> = {};
let employerId: string;

const id = (first17: string) => first17 + idNumberCheckChar(first17);
const as = (user: string) => bearer(tokens[user]);

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_center', 'chaoyang_viewer', 'jianwai_staff', 'haidian_admin', 'city_staff', 'city_mediation']) tokens[u] = (await t.login(u)).token;
  office = await officeIds(t, ['北京市总工会法律服务中心', '朝阳区劳动争议调解中心', '建外街道工会服务站']);
  const orgs = async (q: Record<string, string>) => (await t.api.get('/api/v1/mediation-orgs').query({ ...q, limit: 500 }).set(as('admin'))).body.items as { id: string; name: string }[];
  org.committee = (await orgs({ q: '北京朝华科技有限公司劳动争议调解委员会' }))[0].id;
  org.chaoyangCenter = (await orgs({ q: '朝阳区劳动争议调解中心' }))[0].id;
  org.haidianCenter = (await orgs({ q: '海淀区劳动争议调解中心' }))[0].id;
  org.cityCenter = (await orgs({ type: 'city_guidance_center' })).find((o) => o.name === '北京市劳动争议调解指导中心')!.id;
  org.jianwaiRoom = (await orgs({ q: '建外街道劳动争议调解室' }))[0].id;
  employerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'))).body.items[0].id;
});
afterAll(() => t.close());

const intake = (user: string, over: Record<string, unknown> = {}) =>
  t.api
    .post('/api/v1/cases')
    .set(as(user))
    .send({
      channel: 'walk_in',
      employerId,
      handlerOrgId: org.committee,
      workers: [{ name: '王小明', idNumber: id('11010519900307123'), phone: '13800000001', household: 'migrant' }],
      claims: [{ category: 'wages', amount: '12000.50' }, { category: 'working_hours', amount: '3000' }],
      description: '拖欠三个月工资及加班费',
      ...over,
    });
const event = (user: string, caseId: string, body: Record<string, unknown>) => t.api.post(`/api/v1/cases/${caseId}/events`).set(as(user)).send(body);
/** An event's answer is the case as a fresh read shows it to the same caller (whose read shows full ID numbers, the answer masked ones). */
const expectFresh = async (user: string, answer: { body: { id: string; workers: { name: string }[] }; headers: Record<string, string> }) => {
  const fresh = await t.api.get(`/api/v1/cases/${answer.body.id}`).set(as(user));
  const strip = ({ workers, ...rest }: { workers: { name: string; idNumber: string | null; phone: string | null; household: string | null }[] }) => ({ ...rest, workers: workers.map((w) => ({ ...w, idNumber: w.idNumber?.slice(0, 2) })) });
  expect(strip(answer.body as never)).toEqual(strip(fresh.body));
  expect(answer.headers.etag).toBe(fresh.headers.etag);
};

describe('intake', () => {
  it('takes a case in with a number, a 15-day deadline and the timeline’s first entry', async () => {
    const res = await intake('chaoyang_staff');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'received', handlerOrgId: org.committee, amountClaimed: '15000.50', collective: false, workerCount: 1, clock: 'running', access: 'handler' });
    expect(res.body.caseNo).toMatch(/^\d{4}-\d{6}-[0-9A-F]{4}-\d{5}$/);
    const days = (Date.parse(res.body.dueAt) - Date.parse(res.body.receivedAt)) / 86_400_000;
    expect(days).toBeGreaterThan(15);
    expect(days).toBeLessThanOrEqual(16);
    expect(res.body.allowedEvents).toEqual(['accept', 'reject', 'withdraw', 'transfer_request']);
    const timeline = await t.api.get(`/api/v1/cases/${res.body.id}/events`).set(as('chaoyang_staff'));
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['receive']);
  });

  it('validates each worker’s ID number, naming the worker', async () => {
    const res = await intake('chaoyang_staff', { workers: [{ name: '甲' }, { name: '乙', idNumber: '110105199003071230' }] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'workers.1.idNumber', rule: 'code.id_check' })]);
  });

  it('masks ID numbers for roles that do not need them and audits every full view', async () => {
    const created = await intake('chaoyang_staff');
    const auditor = bearer((await t.login('chaoyang_admin')).token);
    const views = async (caseId: string) => (await t.api.get('/api/v1/audit-log').query({ entity: 'case', entityId: caseId, action: 'case.view_id_numbers' }).set(auditor)).body.items;
    const viewer = await t.api.get(`/api/v1/cases/${created.body.id}`).set(as('chaoyang_viewer'));
    expect(viewer.body.workers[0].idNumber).toBe(`1101**********${id('11010519900307123').slice(14)}`);
    expect(await views(created.body.id)).toEqual([]);
    const staff = await t.api.get(`/api/v1/cases/${created.body.id}`).set(as('chaoyang_staff'));
    expect(staff.body.workers[0].idNumber).toBe(id('11010519900307123'));
    expect(await views(created.body.id)).toEqual([expect.objectContaining({ actorName: 'chaoyang_staff', officeId: created.body.officeId })]);
    // a case whose workers gave no ID number shows none, and no view is logged
    const noIds = await intake('chaoyang_staff', { workers: [{ name: '丙' }] });
    expect((await t.api.get(`/api/v1/cases/${noIds.body.id}`).set(as('chaoyang_staff'))).status).toBe(200);
    expect(await views(noIds.body.id)).toEqual([]);
    const list = await t.api.get('/api/v1/cases').query({ q: created.body.caseNo }).set(as('chaoyang_staff'));
    expect(list.body.items[0].workers[0].idNumber).toContain('**********');
  });

  it('shows open cases of the same worker against the same employer before saving', async () => {
    const worker = { name: '张伟', idNumber: id('11010519851111222'), phone: '13911112222' };
    await intake('chaoyang_staff', { workers: [worker] });
    const byId = await t.api.get('/api/v1/cases/duplicates').query({ employerId, idNumber: worker.idNumber }).set(as('chaoyang_staff'));
    expect(byId.body.items).toEqual([expect.objectContaining({ matchedOn: 'id_number', workerName: '张伟' })]);
    const alike = await t.api.get('/api/v1/cases/duplicates').query({ employerId, name: '章玮', phone: '13911112222' }).set(as('chaoyang_staff'));
    expect(alike.body.items).toEqual([expect.objectContaining({ matchedOn: 'name_and_phone' })]);
    const other = await t.api.get('/api/v1/cases/duplicates').query({ employerId, name: '李娜', phone: '13911112222' }).set(as('chaoyang_staff'));
    expect(other.body.items).toEqual([]);
  });

  it('takes arbitration transfers only at the commission’s district center or the city center', async () => {
    const source = { body: '北京市朝阳区劳动人事争议仲裁委员会', regionCode: '110105', reference: '京朝劳人仲字[2026]第1001号' };
    const wrong = await intake('chaoyang_staff', { channel: 'arbitration_transfer', source });
    expect(wrong.body.errors[0].rule).toBe('case.arbitration_handler');
    const noSource = await intake('chaoyang_center', { channel: 'arbitration_transfer', handlerOrgId: org.chaoyangCenter });
    expect(noSource.body.errors[0].rule).toBe('case.source_required');
    const ok = await intake('chaoyang_center', { channel: 'arbitration_transfer', source, handlerOrgId: org.chaoyangCenter });
    expect(ok.status).toBe(201);
    expect(ok.body.source).toEqual(source);
    // mediation fails: the case goes back to the commission and closes here
    for (const e of [{ type: 'accept' }, { type: 'start_mediation' }, { type: 'fail', reason: '双方分歧较大' }]) expect((await event('chaoyang_center', ok.body.id, e)).status).toBe(201);
    const back = await event('chaoyang_center', ok.body.id, { type: 'return_to_source', note: '已函告仲裁委' });
    expect(back.body).toMatchObject({ status: 'closed', outcome: 'returned_to_source' });
  });
});

describe('the state machine, by events only', () => {
  it('goes received → accepted → mediating → settled → closed', async () => {
    const { body } = await intake('chaoyang_staff');
    for (const [type, status] of [['accept', 'accepted'], ['start_mediation', 'mediating'], ['settle', 'settled'], ['close', 'closed']] as const) {
      const res = await event('chaoyang_staff', body.id, { type });
      expect(res.status).toBe(201);
      expect(res.body.status).toBe(status);
      await expectFresh('chaoyang_staff', res);
    }
    const closed = await t.api.get(`/api/v1/cases/${body.id}`).set(as('chaoyang_staff'));
    expect(closed.body).toMatchObject({ clock: 'stopped', outcome: 'settled', allowedEvents: [] });
    expect(closed.body.closedAt).not.toBeNull();
  });

  it('refuses an event the state does not allow with 409 and the allowed ones, and asks a reason to reject', async () => {
    const { body } = await intake('chaoyang_staff');
    const res = await event('chaoyang_staff', body.id, { type: 'settle' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'transition_not_allowed', allowed: ['accept', 'reject', 'withdraw', 'transfer_request'] });
    expect((await event('chaoyang_staff', body.id, { type: 'reject' })).status).toBe(422);
    expect((await event('chaoyang_staff', body.id, { type: 'reject', reason: '不属于劳动争议' })).body.status).toBe('rejected');
  });

  it('lets exactly one of two racing events on the same version win', async () => {
    const { body } = await intake('chaoyang_staff');
    const send = (b: object) => t.api.post(`/api/v1/cases/${body.id}/events`).set(as('chaoyang_staff')).set('If-Match', '"1"').send(b);
    const [a, b] = await Promise.all([send({ type: 'accept' }), send({ type: 'reject', reason: '重复申请' })]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    expect((await t.api.get(`/api/v1/cases/${body.id}/events`).set(as('chaoyang_staff'))).body.items).toHaveLength(2);
    // the loser's event, audit entry and webhook event went with its update, and went back with it
    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'case', entityId: body.id }).set(bearer((await t.login('chaoyang_admin')).token));
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual([a.status === 201 ? 'case.accept' : 'case.reject', 'case.create']);
  });
});

describe('routes', () => {
  it('escalates an enterprise committee’s case to the district center, which accepts it; the case keeps its number and history', async () => {
    const { body } = await intake('chaoyang_staff');
    await event('chaoyang_staff', body.id, { type: 'accept' });
    const targets = await t.api.get(`/api/v1/cases/${body.id}/transfer-targets`).set(as('chaoyang_staff'));
    expect(targets.body.items).toEqual([expect.objectContaining({ orgId: org.chaoyangCenter, reasons: ['party_declined_internal'] })]);

    const offTable = await event('chaoyang_staff', body.id, { type: 'transfer_request', toOrgId: org.cityCenter, reason: 'party_declined_internal' });
    expect(offTable.status).toBe(409);
    expect(offTable.body).toMatchObject({ code: 'route_not_allowed', allowed: [org.chaoyangCenter] });
    const wrongReason = await event('chaoyang_staff', body.id, { type: 'transfer_request', toOrgId: org.chaoyangCenter, reason: 'major_difficult' });
    expect(wrongReason.status).toBe(409);

    const requested = await event('chaoyang_staff', body.id, { type: 'transfer_request', toOrgId: org.chaoyangCenter, reason: 'party_declined_internal', note: '职工不愿在企业内部调解' });
    expect(requested.body).toMatchObject({ status: 'accepted', pendingTransferOrgId: org.chaoyangCenter, allowedEvents: ['transfer_accept', 'transfer_decline'] });
    await expectFresh('chaoyang_staff', requested);
    expect((await event('chaoyang_staff', body.id, { type: 'start_mediation' })).status).toBe(409);
    const queue = await t.api.get('/api/v1/cases').query({ awaitingMyAcceptance: true }).set(as('chaoyang_center'));
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(body.id);

    const accepted = await event('chaoyang_center', body.id, { type: 'transfer_accept' });
    expect(accepted.body).toMatchObject({ caseNo: body.caseNo, handlerOrgId: org.chaoyangCenter, status: 'accepted', pendingTransferOrgId: null, access: 'handler' });
    await expectFresh('chaoyang_center', accepted);
    await event('chaoyang_center', body.id, { type: 'start_mediation' });
    const settled = await event('chaoyang_center', body.id, { type: 'settle' });
    expect(settled.body.status).toBe('settled');
    const timeline = await t.api.get(`/api/v1/cases/${body.id}/events`).set(as('chaoyang_center'));
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['receive', 'accept', 'transfer_request', 'transfer_accept', 'start_mediation', 'settle']);
    expect(timeline.body.items[2]).toMatchObject({ toOrgId: org.chaoyangCenter, toOrgName: '朝阳区劳动争议调解中心', reason: 'party_declined_internal' });
  });

  it('lets the receiver decline with a reason, and the case stays with its handler', async () => {
    const { body } = await intake('chaoyang_staff');
    await event('chaoyang_staff', body.id, { type: 'transfer_request', toOrgId: org.chaoyangCenter, reason: 'party_declined_internal' });
    expect((await event('chaoyang_center', body.id, { type: 'transfer_decline' })).status).toBe(422);
    const declined = await event('chaoyang_center', body.id, { type: 'transfer_decline', reason: '企业调委会应先行调解' });
    expect(declined.body).toMatchObject({ status: 'received', handlerOrgId: org.committee, pendingTransferOrgId: null });
    // the decliner reads the case no more; its handler reads what the answer said
    const fresh = await t.api.get(`/api/v1/cases/${body.id}`).set(as('chaoyang_staff'));
    expect(fresh.body).toMatchObject({ status: declined.body.status, version: declined.body.version, pendingTransferOrgName: null });
  });

  it('keeps the sending office reading a case it sent on, and shows it to no third district', async () => {
    // a street station takes the case in for its street's mediation room, which escalates it
    const created = await intake('jianwai_staff', { handlerOrgId: org.jianwaiRoom });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ handlerOrgId: org.jianwaiRoom, access: 'handler' });
    expect((await event('jianwai_staff', created.body.id, { type: 'accept' })).status).toBe(201);
    const req = await event('jianwai_staff', created.body.id, { type: 'transfer_request', toOrgId: org.chaoyangCenter, reason: 'beyond_capacity' });
    expect(req.status).toBe(201);
    await event('chaoyang_center', created.body.id, { type: 'transfer_accept' });
    await event('chaoyang_center', created.body.id, { type: 'start_mediation' });
    await event('chaoyang_center', created.body.id, { type: 'settle' });
    const seen = await t.api.get(`/api/v1/cases/${created.body.id}`).set(as('jianwai_staff'));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'settled', access: 'sender', allowedEvents: [] });
    expect((await t.api.get('/api/v1/cases').query({ q: created.body.caseNo }).set(as('jianwai_staff'))).body.items).toHaveLength(1);
    expect((await t.api.get(`/api/v1/cases/${created.body.id}`).set(as('haidian_admin'))).status).toBe(404);
    expect((await t.api.get('/api/v1/cases').query({ q: created.body.caseNo }).set(as('haidian_admin'))).body.items).toEqual([]);
  });
});

describe('clocks and major reports', () => {
  it('marks cases due soon and overdue when the scheduler runs', async () => {
    const { body } = await intake('chaoyang_staff');
    const due = Date.parse(body.dueAt);
    await runSweeps(t.database.db, new Date(due - 24 * 3_600_000));
    expect((await t.api.get(`/api/v1/cases/${body.id}`).set(as('chaoyang_staff'))).body.clock).toBe('due_soon');
    const dueSoon = await t.api.get('/api/v1/cases').query({ clock: 'due_soon', limit: 500 }).set(as('chaoyang_staff'));
    expect(dueSoon.body.items.map((c: { id: string }) => c.id)).toContain(body.id);
    expect(dueSoon.body.items.every((c: { clock: string }) => c.clock === 'due_soon')).toBe(true);
    await runSweeps(t.database.db, new Date(due + 1000));
    const late = await t.api.get(`/api/v1/cases/${body.id}`).set(as('chaoyang_staff'));
    expect(late.body).toMatchObject({ clock: 'overdue', overdue: true });
    const listed = await t.api.get('/api/v1/cases').query({ overdue: true, limit: 500 }).set(as('chaoyang_staff'));
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(body.id);
  });

  it('makes ten workers a collective dispute, reported to the city center at once, an alarm after 24 hours unacknowledged', async () => {
    const workers = Array.from({ length: 10 }, (_, i) => ({ name: `职工${i}` }));
    const nine = await intake('chaoyang_staff', { workers: workers.slice(0, 9) });
    expect(nine.body.collective).toBe(false);
    const ten = await intake('chaoyang_staff', { workers });
    expect(ten.body.collective).toBe(true);
    const board = await t.api.get('/api/v1/major-reports').query({ acknowledged: false }).set(as('city_staff'));
    const report = board.body.items.find((r: { caseId: string }) => r.caseId === ten.body.id);
    expect(report).toMatchObject({ reasons: ['collective'], workerCount: 10, alarm: false });
    expect(board.body.items.some((r: { caseId: string }) => r.caseId === nine.body.id)).toBe(false);

    await runSweeps(t.database.db, new Date(Date.parse(report.acknowledgeBy) + 1000));
    const alarms = await t.api.get('/api/v1/major-reports').query({ alarm: true }).set(as('city_staff'));
    expect(alarms.body.items.map((r: { id: string }) => r.id)).toContain(report.id);

    expect((await t.api.post(`/api/v1/major-reports/${report.id}/acknowledge`).set(as('chaoyang_staff'))).status).toBe(403);
    const inbox = async () =>
      (await t.api.get('/api/v1/notifications').query({ limit: 100 }).set(as('city_staff'))).body.items.filter((n: { entityId: string }) => n.entityId === ten.body.id);
    expect((await inbox()).map((n: { kind: string; read: boolean }) => [n.kind, n.read]).sort()).toEqual([['major_report', false], ['major_report_alarm', false]]);
    expect((await t.api.post(`/api/v1/major-reports/${report.id}/acknowledge`).set(as('city_staff'))).status).toBe(204);
    // whoever signed for the report is done with its notices
    expect((await inbox()).map((n: { kind: string; read: boolean }) => [n.kind, n.read]).sort()).toEqual([['major_report', true], ['major_report_alarm', true]]);
    const after = await t.api.get('/api/v1/major-reports').query({ alarm: true }).set(as('city_staff'));
    expect(after.body.items.map((r: { id: string }) => r.id)).not.toContain(report.id);
  });

  it('reports a case flagged as a mass incident', async () => {
    const res = await intake('chaoyang_staff', { massIncident: true });
    const board = await t.api.get('/api/v1/major-reports').set(as('city_staff'));
    expect(board.body.items.find((r: { caseId: string }) => r.caseId === res.body.id)?.reasons).toEqual(['mass_incident']);
  });
});
