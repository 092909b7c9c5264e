import { idNumberCheckChar } from '@union/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { officeIds } from '../../../test/fixtures.js';
import { runSweeps } from '../../scheduler.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let office: Record<string, string>;
const lawyer: Record<string, string> = {};
let employerId: string;
let otherEmployerId: string;

const idn = (first17: string) => first17 + idNumberCheckChar(first17);
const as = (user: string) => bearer(tokens[user]);

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_viewer', 'chaoyang_lawyer', 'jianwai_staff', 'haidian_admin', 'city_staff']) tokens[u] = (await t.login(u)).token;
  office = await officeIds(t, ['朝阳区总工会', '朝阳区职工服务中心', '海淀区职工服务中心', '建外街道工会服务站', '北京市总工会法律服务中心']);
  const lawyers = (await t.api.get('/api/v1/lawyers').query({ limit: 500 }).set(as('admin'))).body.items as { id: string; name: string }[];
  for (const l of lawyers) lawyer[l.name] = l.id;
  employerId = (await t.api.get('/api/v1/employers').query({ q: '北京建外餐饮' }).set(as('admin'))).body.items[0].id;
  otherEmployerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'))).body.items[0].id;
});
afterAll(() => t.close());

const apply = (user: string, over: Record<string, unknown> = {}, applicant: Record<string, unknown> = {}) =>
  t.api
    .post('/api/v1/legal-aid')
    .set(as(user))
    .send({
      channel: 'walk_in',
      applicant: { name: '李建国', idNumber: idn('41040219880512123'), phone: '13800000009', household: 'urban', hardship: 'none', ...applicant },
      employerId,
      matter: 'contract',
      service: 'arbitration',
      amount: '20000.00',
      funding: 'union_fund',
      ...over,
    });
const event = (user: string, id: string, body: Record<string, unknown>) => t.api.post(`/api/v1/legal-aid/${id}/events`).set(as(user)).send(body);
const migrantWages = { matter: 'wage_arrears' };
const migrant = { household: 'migrant' };

/** An application walked to `approved` at 朝阳区总工会 (district tier: the city lawyer team serves it). */
async function approved(over: Record<string, unknown> = {}) {
  const res = await apply('chaoyang_staff', { ...migrantWages, ...over }, migrant);
  await event('chaoyang_staff', res.body.id, { type: 'start_review' });
  const ok = await event('chaoyang_staff', res.body.id, { type: 'approve' });
  expect(ok.status).toBe(201);
  return res.body.id as string;
}

describe('intake', () => {
  it('takes an application in with a number, a 7-day decision clock and the timeline’s first entry', async () => {
    const res = await apply('chaoyang_staff');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', greenChannel: false, hardshipExempt: false, clockRule: 'legal_aid.decision', clock: 'running', access: 'office', amount: '20000.00' });
    expect(res.body.applicationNo).toMatch(/^FY\d{4}-\d{6}-[0-9A-F]{4}-\d{5}$/);
    const days = (Date.parse(res.body.decisionDueAt) - Date.parse(res.body.receivedAt)) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThanOrEqual(8);
    expect(res.body.allowedEvents).toEqual(['start_review', 'transfer']);
    const timeline = await t.api.get(`/api/v1/legal-aid/${res.body.id}/events`).set(as('chaoyang_staff'));
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['submit']);
  });

  it('validates the applicant’s ID number and masks it for roles that do not need it, auditing full views', async () => {
    const bad = await apply('chaoyang_staff', {}, { idNumber: '110105199003071230' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'applicant.idNumber', rule: 'legal_aid.id_number' })]);
    const res = await apply('chaoyang_staff');
    const viewer = await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_viewer'));
    expect(viewer.body.applicant.idNumber).toContain('**********');
    const staff = await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_staff'));
    expect(staff.body.applicant.idNumber).toBe(idn('41040219880512123'));
    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'legal_aid', entityId: res.body.id, action: 'legal_aid.view_id_number' }).set(as('admin'));
    expect(log.body.items.length).toBeGreaterThanOrEqual(1);
  });

  it('puts migrant workers claiming wages or work injury on the green channel, first in the queue', async () => {
    const plain = await apply('chaoyang_staff');
    const green = await apply('chaoyang_staff', { matter: 'work_injury' }, migrant);
    expect(green.body).toMatchObject({ greenChannel: true, hardshipExempt: true });
    const list = await t.api.get('/api/v1/legal-aid').query({ limit: 500 }).set(as('chaoyang_staff'));
    const ids = list.body.items.map((a: { id: string }) => a.id);
    expect(ids.indexOf(green.body.id)).toBeLessThan(ids.indexOf(plain.body.id));
    const firstPlain = list.body.items.findIndex((a: { greenChannel: boolean }) => !a.greenChannel);
    expect(list.body.items.slice(firstPlain).every((a: { greenChannel: boolean }) => !a.greenChannel)).toBe(true);
    // paging keeps the order
    const page1 = await t.api.get('/api/v1/legal-aid').query({ limit: 1 }).set(as('chaoyang_staff'));
    const page2 = await t.api.get('/api/v1/legal-aid').query({ limit: 1, cursor: page1.body.nextCursor }).set(as('chaoyang_staff'));
    expect([page1.body.items[0].id, page2.body.items[0].id]).toEqual(ids.slice(0, 2));
  });
  it('shows open applications and cases of the same worker against the same employer before saving', async () => {
    const worker = { name: '赵六', idNumber: idn('11010519920202333'), phone: '13700001111' };
    const first = await apply('chaoyang_staff', {}, worker);
    await t.api
      .post('/api/v1/cases')
      .set(as('chaoyang_staff'))
      .send({ channel: 'walk_in', employerId, workers: [worker], claims: [{ category: 'wages', amount: '100' }], description: '欠薪', handlerOrgId: (await t.api.get('/api/v1/mediation-orgs').query({ q: '朝阳区劳动争议调解中心' }).set(as('admin'))).body.items[0].id });
    const byId = await t.api.get('/api/v1/legal-aid/duplicates').query({ employerId, idNumber: worker.idNumber }).set(as('chaoyang_staff'));
    expect(byId.body.items.map((d: { kind: string }) => d.kind).sort()).toEqual(['case', 'legal_aid']);
    expect(byId.body.items.find((d: { kind: string }) => d.kind === 'legal_aid')).toMatchObject({ id: first.body.id, matchedOn: 'id_number' });
    const byName = await t.api.get('/api/v1/legal-aid/duplicates').query({ employerId, name: '照六', phone: worker.phone }).set(as('chaoyang_staff'));
    expect(byName.body.items.map((d: { matchedOn: string }) => d.matchedOn)).toEqual(['name_and_phone', 'name_and_phone']);
    const fromCases = await t.api.get('/api/v1/cases/duplicates').query({ employerId, idNumber: worker.idNumber }).set(as('chaoyang_staff'));
    expect(fromCases.body.items.map((d: { kind: string }) => d.kind).sort()).toEqual(['case', 'legal_aid']);
    expect((await t.api.get('/api/v1/legal-aid/duplicates').query({ employerId, idNumber: worker.idNumber }).set(as('haidian_admin'))).body.items).toEqual([]);
  });
});

describe('review', () => {
  it('needs hardship shown before approval, except for the exempt', async () => {
    const res = await apply('chaoyang_staff');
    await event('chaoyang_staff', res.body.id, { type: 'start_review' });
    const refused = await event('chaoyang_staff', res.body.id, { type: 'approve' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].rule).toBe('legal_aid.hardship_required');
    await event('chaoyang_staff', res.body.id, { type: 'request_materials', reason: '请提供困难职工证明' });
    const back = await event('chaoyang_staff', res.body.id, { type: 'resubmit', hardship: 'registered' });
    expect(back.body).toMatchObject({ status: 'under_review', applicant: { hardship: 'registered' } });
    const ok = await event('chaoyang_staff', res.body.id, { type: 'approve' });
    expect(ok.body).toMatchObject({ status: 'approved', clockRule: 'legal_aid.assignment' });
  });

  it('rejects with a reason, allows one re-review, and refuses a second naming the rule', async () => {
    const res = await apply('chaoyang_staff');
    await event('chaoyang_staff', res.body.id, { type: 'start_review' });
    expect((await event('chaoyang_staff', res.body.id, { type: 'reject' })).status).toBe(422);
    const rejected = await event('chaoyang_staff', res.body.id, { type: 'reject', reason: '不符合经济困难标准' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '不符合经济困难标准', clock: 'stopped' });
    const again = await event('chaoyang_staff', res.body.id, { type: 'request_rereview', reason: '申请复查' });
    expect(again.body).toMatchObject({ status: 'under_review', rereviewUsed: true, clockRule: 'legal_aid.decision' });
    await event('chaoyang_staff', res.body.id, { type: 'reject', reason: '复查维持' });
    const twice = await event('chaoyang_staff', res.body.id, { type: 'request_rereview', reason: '再次复查' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'transition_not_allowed' });
    expect(twice.body.detail).toMatch(/复查只能申请一次|once/);
  });

  it('refuses events the state machine does not allow, listing the allowed', async () => {
    const res = await apply('chaoyang_staff');
    const bad = await event('chaoyang_staff', res.body.id, { type: 'approve' });
    expect(bad.status).toBe(409);
    expect(bad.body.allowed).toEqual(['start_review', 'transfer']);
  });

  it('lets one of two racing events win and answers the other 412', async () => {
    const res = await apply('chaoyang_staff');
    const [a, b] = await Promise.all([
      t.api.post(`/api/v1/legal-aid/${res.body.id}/events`).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ type: 'start_review' }),
      t.api.post(`/api/v1/legal-aid/${res.body.id}/events`).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ type: 'transfer', toOfficeId: office['海淀区职工服务中心'], reason: '异地' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
  });
});

describe('assignment', () => {
  it('lists the pool lawyers with their load and why each may not be assigned', async () => {
    const id = await approved({ employerId: otherEmployerId });
    const res = await t.api.get(`/api/v1/legal-aid/${id}/lawyer-candidates`).set(as('chaoyang_staff'));
    const byName = Object.fromEntries(res.body.items.map((c: { name: string }) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['孙明', '李华', '钱进'].sort()); // 王芳 is a volunteer only
    expect(byName['钱进']).toMatchObject({ assignable: false, refusal: 'legal_aid.lawyer_conflict' });
    expect(byName['孙明']).toMatchObject({ assignable: true, refusal: null });
  });

  it('refuses a lawyer of another pool, in conflict, inactive or at the cap', async () => {
    const id = await approved({ employerId: otherEmployerId });
    const rule = async (lawyerId: string) => (await event('chaoyang_staff', id, { type: 'assign', lawyerId })).body.errors?.[0]?.rule;
    expect(await rule(lawyer['王芳'])).toBe('legal_aid.lawyer_pool');
    expect(await rule(lawyer['钱进'])).toBe('legal_aid.lawyer_conflict');
    // 李华's cap is 2
    for (let i = 0; i < 2; i++) expect((await event('chaoyang_staff', await approved(), { type: 'assign', lawyerId: lawyer['李华'] })).status).toBe(201);
    expect(await rule(lawyer['李华'])).toBe('legal_aid.lawyer_cap');
    await t.database.db.execute(sql`update lawyers set active = false where id = ${lawyer['李华']}`);
    expect(await rule(lawyer['李华'])).toBe('legal_aid.lawyer_inactive');
    await t.database.db.execute(sql`update lawyers set active = true where id = ${lawyer['李华']}`);
  });

  it('takes conflicts of interest recorded on the lawyer through the lawyers API', async () => {
    const id = await approved();
    const current = await t.api.get(`/api/v1/lawyers/${lawyer['孙明']}`).set(as('admin'));
    const patched = await t.api
      .patch(`/api/v1/lawyers/${lawyer['孙明']}`)
      .set(as('admin'))
      .set('If-Match', `"${current.body.version}"`)
      .send({ actsForEmployerIds: [employerId] });
    expect(patched.body.actsForEmployerIds).toEqual([employerId]);
    const candidates = await t.api.get(`/api/v1/legal-aid/${id}/lawyer-candidates`).set(as('chaoyang_staff'));
    expect(candidates.body.items.find((c: { name: string }) => c.name === '孙明')).toMatchObject({ assignable: false, refusal: 'legal_aid.lawyer_conflict' });
    await t.api.patch(`/api/v1/lawyers/${lawyer['孙明']}`).set(as('admin')).set('If-Match', `"${patched.body.version}"`).send({ actsForEmployerIds: [] });
  });

  it('links a lawyer to a user account of role lawyer only', async () => {
    const sun = await t.api.get(`/api/v1/lawyers/${lawyer['孙明']}`).set(as('admin'));
    expect(sun.body.userId).toBe((await t.login('chaoyang_lawyer')).user.id);
    const staffId = (await t.login('chaoyang_staff')).user.id;
    const refused = await t.api.patch(`/api/v1/lawyers/${lawyer['王芳']}`).set(as('admin')).set('If-Match', `"${(await t.api.get(`/api/v1/lawyers/${lawyer['王芳']}`).set(as('admin'))).body.version}"`).send({ userId: staffId });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].rule).toBe('people.lawyer_user');
  });

  it('serves a street station from the volunteers', async () => {
    const res = await apply('jianwai_staff', migrantWages, migrant);
    await event('jianwai_staff', res.body.id, { type: 'start_review' });
    await event('jianwai_staff', res.body.id, { type: 'approve' });
    expect((await event('jianwai_staff', res.body.id, { type: 'assign', lawyerId: lawyer['孙明'] })).body.errors[0].rule).toBe('legal_aid.lawyer_pool');
    expect((await event('jianwai_staff', res.body.id, { type: 'assign', lawyerId: lawyer['王芳'] })).status).toBe(201);
  });
});

describe('the lawyer’s view, closing and subsidies', () => {
  it('shows a lawyer only their own matters; they start and close them; the subsidy follows the fee schedule and is paid', async () => {
    const mine = await approved({ service: 'mediation', funding: 'lottery_fund' });
    const notMine = await approved();
    await event('chaoyang_staff', mine, { type: 'assign', lawyerId: lawyer['孙明'] });
    const fees = await t.api.put('/api/v1/legal-aid/fee-schedule').set(as('city_staff')).send({ items: [{ funding: 'lottery_fund', service: 'mediation', amount: '1500.00' }] });
    expect(fees.status).toBe(200);
    expect(fees.body.items).toContainEqual({ funding: 'lottery_fund', service: 'mediation', amount: '1500.00' });
    expect((await t.api.put('/api/v1/legal-aid/fee-schedule').set(as('chaoyang_staff')).send({ items: [] })).status).toBe(403);

    const list = await t.api.get('/api/v1/legal-aid').query({ limit: 500 }).set(as('chaoyang_lawyer'));
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([mine]);
    expect((await t.api.get(`/api/v1/legal-aid/${notMine}`).set(as('chaoyang_lawyer'))).status).toBe(404);
    const started = await event('chaoyang_lawyer', mine, { type: 'start' });
    expect(started.body).toMatchObject({ status: 'in_progress', access: 'lawyer' });
    expect((await event('chaoyang_lawyer', mine, { type: 'close' })).status).toBe(422);
    const closed = await event('chaoyang_lawyer', mine, { type: 'close', outcome: 'settled', amountRecovered: '18000.00' });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'settled', amountRecovered: '18000.00' });

    const owed = await t.api.get('/api/v1/subsidies').query({ status: 'owed' }).set(as('chaoyang_staff'));
    const subsidy = owed.body.items.find((s: { applicationId: string }) => s.applicationId === mine);
    expect(subsidy).toMatchObject({ amount: '1500.00', lawyerName: '孙明', status: 'owed' });
    const ownView = await t.api.get('/api/v1/subsidies').set(as('chaoyang_lawyer'));
    expect(ownView.body.items.map((s: { id: string }) => s.id)).toEqual([subsidy.id]);
    expect((await t.api.post(`/api/v1/subsidies/${subsidy.id}/pay`).set(as('chaoyang_lawyer'))).status).toBe(403);
    const paid = await t.api.post(`/api/v1/subsidies/${subsidy.id}/pay`).set(as('chaoyang_staff'));
    expect(paid.body).toMatchObject({ status: 'paid' });
    expect((await t.api.post(`/api/v1/subsidies/${subsidy.id}/pay`).set(as('chaoyang_staff'))).status).toBe(409);
    expect((await t.api.post(`/api/v1/subsidies/${subsidy.id}/pay`).set(as('haidian_admin'))).status).toBe(404);
  });
});

describe('transfer to another office (异地协作)', () => {
  it('waits for the receiver, which accepts and takes the application with its history', async () => {
    const res = await apply('chaoyang_staff');
    expect((await event('chaoyang_staff', res.body.id, { type: 'transfer', toOfficeId: office['朝阳区总工会'], reason: 'x' })).status).toBe(422);
    const sent = await event('chaoyang_staff', res.body.id, { type: 'transfer', toOfficeId: office['海淀区职工服务中心'], reason: '申请人在海淀工作' });
    expect(sent.body).toMatchObject({ pendingTransferOfficeId: office['海淀区职工服务中心'], allowedEvents: [] });
    const waiting = await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('haidian_admin'));
    expect(waiting.body).toMatchObject({ access: 'receiver', allowedEvents: ['transfer_accept', 'transfer_decline'] });
    expect((await event('chaoyang_staff', res.body.id, { type: 'start_review' })).status).toBe(409);
    const accepted = await event('haidian_admin', res.body.id, { type: 'transfer_accept' });
    expect(accepted.body).toMatchObject({ officeId: office['海淀区职工服务中心'], pendingTransferOfficeId: null, status: 'submitted' });
    const timeline = await t.api.get(`/api/v1/legal-aid/${res.body.id}/events`).set(as('haidian_admin'));
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['submit', 'transfer', 'transfer_accept']);
    // the timeline names the office it went to
    expect(timeline.body.items[1]).toMatchObject({ toOfficeId: office['海淀区职工服务中心'], toOfficeName: '海淀区职工服务中心' });
    // the office that took it in keeps reading it, and acts on it no more
    const sender = await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_staff'));
    expect(sender.body).toMatchObject({ access: 'reader', allowedEvents: [] });
    expect((await event('chaoyang_staff', res.body.id, { type: 'start_review' })).status).toBe(403);
    expect((await event('haidian_admin', res.body.id, { type: 'start_review' })).status).toBe(201);
  });

  it('a decline needs a reason and leaves the application with the sender', async () => {
    const res = await apply('chaoyang_staff');
    await event('chaoyang_staff', res.body.id, { type: 'transfer', toOfficeId: office['海淀区职工服务中心'], reason: '异地' });
    expect((await event('haidian_admin', res.body.id, { type: 'transfer_decline' })).status).toBe(422);
    expect((await event('haidian_admin', res.body.id, { type: 'transfer_decline', reason: '不属本辖区' })).status).toBe(201);
    expect((await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('haidian_admin'))).status).toBe(404);
    const back = await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_staff'));
    expect(back.body).toMatchObject({ pendingTransferOfficeId: null, allowedEvents: ['start_review', 'transfer'] });
  });
});

describe('clocks through the scheduler', () => {
  it('marks the decision clock due soon and overdue, and notifies once', async () => {
    const res = await apply('chaoyang_staff');
    const due = Date.parse(res.body.decisionDueAt);
    await runSweeps(t.database.db, new Date(due - 24 * 3_600_000));
    expect((await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_staff'))).body.clock).toBe('due_soon');
    await runSweeps(t.database.db, new Date(due + 1000));
    expect((await t.api.get(`/api/v1/legal-aid/${res.body.id}`).set(as('chaoyang_staff'))).body.clock).toBe('overdue');
    const overdue = await t.api.get('/api/v1/legal-aid').query({ overdue: true, limit: 500 }).set(as('chaoyang_staff'));
    expect(overdue.body.items.map((a: { id: string }) => a.id)).toContain(res.body.id);
    const byClock = async (clock: string) => (await t.api.get('/api/v1/legal-aid').query({ clock, limit: 500 }).set(as('chaoyang_staff'))).body.items as { id: string; clock: string }[];
    expect((await byClock('overdue')).map((a) => a.id)).toContain(res.body.id);
    const dueSoon = await byClock('due_soon');
    expect(dueSoon.map((a) => a.id)).not.toContain(res.body.id);
    expect(dueSoon.every((a) => a.clock === 'due_soon')).toBe(true);
    const { rows } = await t.database.db.execute<{ kind: string }>(sql`select kind from notifications where entity_id = ${res.body.id} order by kind`);
    expect(rows.map((r) => r.kind)).toEqual(['legal_aid_decision_due_soon', 'legal_aid_decision_overdue']);
  });

  it('runs the 3-working-day assignment clock from approval and stops it on assignment', async () => {
    const id = await approved();
    const app = (await t.api.get(`/api/v1/legal-aid/${id}`).set(as('chaoyang_staff'))).body;
    expect(app.clockRule).toBe('legal_aid.assignment');
    const days = (Date.parse(app.assignmentDueAt) - Date.parse(app.approvedAt)) / 86_400_000;
    expect(days).toBeGreaterThan(3);
    await runSweeps(t.database.db, new Date(Date.parse(app.assignmentDueAt) + 1000));
    const late = (await t.api.get(`/api/v1/legal-aid/${id}`).set(as('chaoyang_staff'))).body;
    expect(late.clock).toBe('overdue');
    const { rows } = await t.database.db.execute<{ kind: string }>(sql`select kind from notifications where entity_id = ${id}`);
    expect(rows.map((r) => r.kind)).toContain('legal_aid_assignment_overdue');
    const assigned = await event('chaoyang_staff', id, { type: 'assign', lawyerId: lawyer['孙明'] });
    expect(assigned.body).toMatchObject({ clock: 'stopped', clockRule: null, lawyerId: lawyer['孙明'] });
  });
});

describe('the city’s assignment clock', () => {
  it('follows the length the city set for it', async () => {
    const version = async () =>
      ((await t.api.get('/api/v1/settings/clocks').set(as('admin'))).body.items as { rule: string; version: number | null }[]).find((c) => c.rule === 'legal_aid.assignment')!.version ?? 0;
    const put = async (length: number) =>
      t.api.put('/api/v1/settings/clocks/legal_aid.assignment').set(as('admin')).set('If-Match', `"${await version()}"`).send({ length, unit: 'working_days' });
    expect((await put(10)).status).toBe(200);
    const id = await approved();
    const app = (await t.api.get(`/api/v1/legal-aid/${id}`).set(as('chaoyang_staff'))).body;
    expect((Date.parse(app.assignmentDueAt) - Date.parse(app.approvedAt)) / 86_400_000).toBeGreaterThan(10);
    expect((await put(3)).status).toBe(200);
  });
});

describe('attachments', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 32)]);
  it('stores a document, lists it and serves its bytes to the subtree only', async () => {
    const res = await apply('chaoyang_staff');
    const up = await t.api.post(`/api/v1/legal-aid/${res.body.id}/attachments`).set(as('chaoyang_staff')).send({ fileName: '困难证明.pdf', mimeType: 'application/pdf', contentBase64: pdf.toString('base64') });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: '困难证明.pdf', mimeType: 'application/pdf', size: pdf.length });
    const list = await t.api.get(`/api/v1/legal-aid/${res.body.id}/attachments`).set(as('chaoyang_staff'));
    expect(list.body.items).toHaveLength(1);
    const file = await t.api.get(`/api/v1/legal-aid/${res.body.id}/attachments/${up.body.id}`).set(as('chaoyang_staff')).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    expect((await t.api.get(`/api/v1/legal-aid/${res.body.id}/attachments/${up.body.id}`).set(as('haidian_admin'))).status).toBe(404);
    expect((await t.api.get(`/api/v1/legal-aid/${res.body.id}/attachments`).set(as('jianwai_staff'))).status).toBe(404);
  });

  it('refuses other types, content that is not what it says, and files over 5 MB', async () => {
    const res = await apply('chaoyang_staff');
    const post = (body: Record<string, unknown>) => t.api.post(`/api/v1/legal-aid/${res.body.id}/attachments`).set(as('chaoyang_staff')).send({ fileName: 'a', ...body });
    const exe = await post({ mimeType: 'application/x-msdownload', contentBase64: 'TVqQAAMAAAAEAAAA' });
    expect(exe.status).toBe(415);
    expect(exe.body.code).toBe('unsupported_media_type');
    const fake = await post({ mimeType: 'image/png', contentBase64: pdf.toString('base64') });
    expect(fake.status).toBe(422);
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await post({ mimeType: 'application/pdf', contentBase64: big.toString('base64') });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('payload_too_large');
  });
});

describe('figures', () => {
  it('counts applications, approvals, green-channel share, decision times and amounts recovered per subtree', async () => {
    const stats = await t.api.get('/api/v1/stats/legal-aid').set(as('chaoyang_staff'));
    expect(stats.status).toBe(200);
    expect(stats.body.applications).toBeGreaterThan(5);
    expect(stats.body.approvals).toBeGreaterThan(2);
    expect(stats.body.greenChannelShare).toBeGreaterThan(0);
    expect(stats.body.greenChannelShare).toBeLessThan(1);
    expect(stats.body.averageDecisionDays).toBeGreaterThanOrEqual(0);
    expect(Number(stats.body.amountRecovered)).toBeGreaterThanOrEqual(18000);
    const haidian = await t.api.get('/api/v1/stats/legal-aid').set(as('haidian_admin'));
    expect(haidian.body.applications).toBeLessThan(stats.body.applications);
    const future = await t.api.get('/api/v1/stats/legal-aid').query({ from: '2100-01-01T00:00:00Z' }).set(as('chaoyang_staff'));
    expect(future.body).toMatchObject({ applications: 0, greenChannelShare: null });
    expect((await t.api.get('/api/v1/stats/legal-aid').query({ officeId: office['海淀区职工服务中心'] }).set(as('chaoyang_staff'))).status).toBe(404);
  });

  it('breaks the figures down by district federation', async () => {
    const city = await t.api.get('/api/v1/stats/legal-aid').query({ by: 'district' }).set(as('admin'));
    expect(city.status).toBe(200);
    const districts = city.body.districts as { officeName: string; regionCode: string; applications: number }[];
    expect(districts.length).toBeGreaterThan(10);
    const chaoyang = await t.api.get('/api/v1/stats/legal-aid').set(as('chaoyang_staff'));
    expect(districts.find((d) => d.officeName === '朝阳区总工会')).toMatchObject({ regionCode: '110105', applications: chaoyang.body.applications });
    expect(districts.reduce((n, d) => n + d.applications, 0)).toBeLessThanOrEqual(city.body.applications);
    expect((await t.api.get('/api/v1/stats/legal-aid').set(as('chaoyang_staff'))).body.districts).toBeUndefined();
  });

  it('answers each district in the breakdown as it answers that district alone, and the counts hold against the rows', async () => {
    for (const period of [{}, { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' }]) {
      const city = await t.api.get('/api/v1/stats/legal-aid').query({ by: 'district', ...period }).set(as('admin'));
      expect(city.status).toBe(200);
      const alone = await t.api.get('/api/v1/stats/legal-aid').query(period).set(as('admin'));
      const { districts, ...total } = city.body;
      expect(total).toEqual(alone.body);
      for (const { regionCode, ...district } of districts as { officeId: string; regionCode: string }[]) {
        const one = await t.api.get('/api/v1/stats/legal-aid').query({ officeId: district.officeId, ...period }).set(as('admin'));
        expect(district, regionCode).toEqual(one.body);
      }
    }
    const districts = (await t.api.get('/api/v1/stats/legal-aid').query({ by: 'district' }).set(as('admin'))).body as { officeId: string; districts: { officeId: string; applications: number; subsidiesOwed: string; subsidiesPaid: string }[] };
    const { rows } = await t.database.db.execute<{ id: string; applications: number; owed: string; paid: string }>(sql`
      select f.id, (select count(*) from legal_aid_applications a join offices o on o.id = a.office_id where o.path like f.path || '%')::int as applications,
        (select coalesce(sum(s.amount), 0)::numeric(16,2)::text from legal_aid_subsidies s join legal_aid_applications a on a.id = s.application_id join offices o on o.id = a.office_id where o.path like f.path || '%' and s.status = 'owed') as owed,
        (select coalesce(sum(s.amount), 0)::numeric(16,2)::text from legal_aid_subsidies s join legal_aid_applications a on a.id = s.application_id join offices o on o.id = a.office_id where o.path like f.path || '%' and s.status = 'paid') as paid
      from offices f where f.kind = 'district_federation' and f.path like (select c.path from offices c where c.id = ${districts.officeId}) || '%'`);
    expect(districts.districts.map((d) => ({ id: d.officeId, applications: d.applications, owed: d.subsidiesOwed, paid: d.subsidiesPaid })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...rows].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(rows.some((r) => r.applications > 0 && Number(r.owed) + Number(r.paid) > 0)).toBe(true);
    // a federation asked by district is one unit, not counted twice
    const chaoyang = await t.api.get('/api/v1/stats/legal-aid').query({ by: 'district' }).set(as('chaoyang_staff'));
    expect(chaoyang.body.districts).toEqual([expect.objectContaining({ officeName: '朝阳区总工会', applications: chaoyang.body.applications, subsidiesOwed: chaoyang.body.subsidiesOwed })]);
  });
});
