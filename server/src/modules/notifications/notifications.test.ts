import { idNumberCheckChar } from '@union/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { runSweeps } from '../../scheduler.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};
let employerId: string;

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_admin', 'chaoyang_center', 'city_staff']) tokens[u] = (await t.login(u)).token;
  const find = async (q: string) => (await t.api.get('/api/v1/mediation-orgs').query({ q }).set(bearer(tokens.admin))).body.items[0].id as string;
  org.committee = await find('北京朝华科技有限公司劳动争议调解委员会');
  org.center = await find('朝阳区劳动争议调解中心');
  employerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(bearer(tokens.admin))).body.items[0].id;
});
afterAll(() => t.close());

const intake = (workers = 1, over: object = {}) =>
  t.api
    .post('/api/v1/cases')
    .set(bearer(tokens.chaoyang_staff))
    .send({
      channel: 'hotline_12351',
      employerId,
      handlerOrgId: org.committee,
      workers: Array.from({ length: workers }, (_, i) => ({ name: `职工${i}`, idNumber: i === 0 ? `11010519900307123${idNumberCheckChar('11010519900307123')}` : null })),
      claims: [{ category: 'wages', amount: '800' }],
      description: '欠薪',
      ...over,
    });
const inbox = async (user: string, query: object = {}) => (await t.api.get('/api/v1/notifications').query(query).set(bearer(tokens[user]))).body;

describe('the inbox', () => {
  it('tells the receiving office of a transfer waiting for it, and the sender of a decline', async () => {
    const created = await intake();
    await t.api.post(`/api/v1/cases/${created.body.id}/events`).set(bearer(tokens.chaoyang_staff)).send({ type: 'transfer_request', toOrgId: org.center, reason: 'party_declined_internal' });
    const center = await inbox('chaoyang_center', { unread: true });
    const notice = center.items.find((n: { entityId: string }) => n.entityId === created.body.id);
    expect(notice).toMatchObject({ kind: 'transfer_waiting', entity: 'case', title: created.body.caseNo, read: false });
    expect(center.unread).toBeGreaterThanOrEqual(1);
    await t.api.post(`/api/v1/cases/${created.body.id}/events`).set(bearer(tokens.chaoyang_center)).send({ type: 'transfer_decline', reason: '应先在企业调解' });
    const sender = await inbox('chaoyang_staff');
    expect(sender.items.find((n: { entityId: string }) => n.entityId === created.body.id)?.kind).toBe('transfer_declined');
    // the office's other people see it too, each reading it for themselves
    expect((await inbox('chaoyang_admin')).items.find((n: { entityId: string }) => n.entityId === created.body.id)?.read).toBe(false);

    expect((await t.api.post(`/api/v1/notifications/${notice.id}/read`).set(bearer(tokens.chaoyang_center))).status).toBe(204);
    expect((await inbox('chaoyang_center')).items.find((n: { id: string }) => n.id === notice.id).read).toBe(true);
    expect((await t.api.post(`/api/v1/notifications/${notice.id}/read`).set(bearer(tokens.chaoyang_staff))).status).toBe(404);
  });

  it('raises due-soon and overdue reminders once each, when the scheduler runs', async () => {
    const created = await intake();
    const due = Date.parse(created.body.dueAt);
    await runSweeps(t.database.db, new Date(due - 3_600_000));
    await runSweeps(t.database.db, new Date(due - 1_800_000));
    await runSweeps(t.database.db, new Date(due + 1000));
    const mine = (await inbox('chaoyang_staff')).items.filter((n: { entityId: string }) => n.entityId === created.body.id).map((n: { kind: string }) => n.kind);
    expect(mine.sort()).toEqual(['case_due_soon', 'case_overdue']);
    expect((await t.api.post('/api/v1/notifications/read-all').set(bearer(tokens.chaoyang_staff))).status).toBe(204);
    expect((await inbox('chaoyang_staff', { unread: true })).items).toEqual([]);
  });

  it('tells the city center of a major case, and again when it is left unacknowledged', async () => {
    const created = await intake(10);
    const report = (await t.api.get('/api/v1/major-reports').set(bearer(tokens.city_staff))).body.items.find((r: { caseId: string }) => r.caseId === created.body.id);
    await runSweeps(t.database.db, new Date(Date.parse(report.acknowledgeBy) + 1000));
    const kinds = (await inbox('city_staff')).items.filter((n: { entityId: string }) => n.entityId === created.body.id).map((n: { kind: string }) => n.kind);
    expect(kinds.sort()).toEqual(['major_report', 'major_report_alarm']);
  });
});

describe('clock settings per city', () => {
  it('lets the city federation set a local rule, which the next deadline uses', async () => {
    const list = await t.api.get('/api/v1/settings/clocks').set(bearer(tokens.admin));
    expect(list.body.items.find((s: { rule: string }) => s.rule === 'major_report.acknowledge')).toMatchObject({ length: 24, unit: 'hours', perCity: true, version: null });
    const set = await t.api.put('/api/v1/settings/clocks/major_report.acknowledge').set(bearer(tokens.admin)).set('If-Match', '"0"').send({ length: 48, unit: 'hours' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ length: 48, defaultLength: 24, version: 1 });
    const stale = await t.api.put('/api/v1/settings/clocks/major_report.acknowledge').set(bearer(tokens.admin)).set('If-Match', '"0"').send({ length: 12, unit: 'hours' });
    expect(stale.status).toBe(412);

    const created = await intake(0, { workers: [{ name: '甲' }], massIncident: true });
    const report = (await t.api.get('/api/v1/major-reports').set(bearer(tokens.city_staff))).body.items.find((r: { caseId: string }) => r.caseId === created.body.id);
    expect((Date.parse(report.acknowledgeBy) - Date.parse(report.reportedAt)) / 3_600_000).toBe(48);
  });

  it('keeps the law’s own deadlines and other offices out', async () => {
    expect((await t.api.put('/api/v1/settings/clocks/case.mediation').set(bearer(tokens.admin)).set('If-Match', '"0"').send({ length: 30, unit: 'calendar_days' })).status).toBe(422);
    expect((await t.api.put('/api/v1/settings/clocks/notice.opinion_rectification').set(bearer(tokens.chaoyang_admin)).set('If-Match', '"0"').send({ length: 10, unit: 'working_days' })).status).toBe(403);
  });
});
