import { randomUUID } from 'node:crypto';
import { allowedNoticeEvents, mayDraftNextRung, noticeEventTypes, noticeStatuses, noticeTransition, noticeTypes, readyToEscalate, type NoticeEventType, type NoticeStatus } from '@union/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { employerBody, officeIds } from '../../../test/fixtures.js';
import { notices } from '../../db/schema.js';
import { setClock } from '../../lib/clock.js';
import { runSweeps } from '../../scheduler.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let office: Record<string, string>;
const as = (user: string) => bearer(tokens[user]);

/** The day before 国庆 2026 (holidays 1–7 October, Saturday 10 October worked), 10:00 in Beijing. */
const beforeNationalDay = new Date('2026-09-30T02:00:00Z');
/** 15 working days later: 8, 9, 10, 12–16, 19–23, 26, 27 October; the deadline is the end of the 27th. */
const fifteenWorkingDays = '2026-10-27T16:00:00.000Z';

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_admin', 'chaoyang_viewer', 'jianwai_staff', 'haidian_admin']) tokens[u] = (await t.login(u)).token;
  office = await officeIds(t, ['朝阳区总工会', '建外街道工会服务站', '海淀区总工会']);
  // a street office's administrator: holds the approval permission, but sits below district tier
  const created = await t.api
    .post('/api/v1/users')
    .set(as('admin'))
    .send({ username: 'jianwai_admin_sv', displayName: '建外街道 管理员', officeId: office['建外街道工会服务站'], roles: ['office_admin'], password: 'demo1234' });
  expect(created.status).toBe(201);
  tokens.jianwai_admin = (await t.login('jianwai_admin_sv', 'demo1234')).token;
  setClock(beforeNationalDay);
});
afterAll(async () => {
  setClock(null);
  await t.close();
});

async function newEmployer() {
  const res = await t.api.post('/api/v1/employers').set(as('chaoyang_staff')).send(employerBody({ unionOfficeId: office['朝阳区总工会'] }));
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

const draft = async (body: Record<string, unknown>, user = 'chaoyang_staff') =>
  t.api
    .post('/api/v1/notices')
    .set(as(user))
    .send({ categories: ['wages'], facts: '拖欠职工工资两个月。', legalBasis: '《中华人民共和国劳动法》第五十条', ...body });
const event = (id: string, type: NoticeEventType, user = 'chaoyang_staff', note?: string) => t.api.post(`/api/v1/notices/${id}/events`).set(as(user)).send({ type, ...(note ? { note } : {}) });
const get = async (id: string, user = 'chaoyang_staff') => (await t.api.get(`/api/v1/notices/${id}`).set(as(user))).body;

/** A notice of this rung drafted and issued; answers it as issued. */
async function issued(type: string, employerId: string, over: Record<string, unknown> = {}) {
  const d = await draft({ type, employerId, ...over });
  expect(d.status).toBe(201);
  const res = await event(d.body.id, 'issue');
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; noticeNo: string; deadlineAt: string | null; status: string };
}

describe('inspections', () => {
  it('records an inspection with its supervisors and findings, and edits it only from the version read', async () => {
    const employer = await newEmployer();
    const supervisor = await t.api.post('/api/v1/supervisors').set(as('chaoyang_staff')).send({ name: '陈静', officeId: office['朝阳区总工会'] });
    const body = {
      employerId: employer.id,
      kind: 'joint',
      inspectedOn: '2026-09-15',
      inspectorIds: [supervisor.body.id],
      findings: [
        { category: 'wages', description: '未按月足额支付工资', serious: true },
        { category: 'working_hours', description: '加班超过法定上限', serious: false },
      ],
    };
    const res = await t.api.post('/api/v1/inspections').set(as('chaoyang_staff')).send(body);
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/inspections/${res.body.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ employerName: employer.name, officeName: '朝阳区总工会', kind: 'joint', inspectedOn: '2026-09-15', inspectors: [{ id: supervisor.body.id, name: '陈静' }], findings: body.findings });

    const byCategory = await t.api.get('/api/v1/inspections').query({ category: 'working_hours', employerId: employer.id }).set(as('chaoyang_viewer'));
    expect(byCategory.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
    expect((await t.api.get('/api/v1/inspections').query({ category: 'dispatch', employerId: employer.id }).set(as('chaoyang_viewer'))).body.items).toEqual([]);

    const url = `/api/v1/inspections/${res.body.id}`;
    expect((await t.api.patch(url).set(as('chaoyang_staff')).send({ note: '复查' })).status).toBe(428);
    expect((await t.api.patch(url).set(as('chaoyang_staff')).set('If-Match', '"7"').send({ note: '复查' })).status).toBe(412);
    const ok = await t.api.patch(url).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ note: '复查', kind: 'routine' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ note: '复查', kind: 'routine', version: 2 });
    expect((await t.api.patch(url).set(as('chaoyang_viewer')).set('If-Match', '"2"').send({ note: 'x' })).status).toBe(403);
    expect((await t.api.get(url).set(as('haidian_admin'))).status).toBe(404);

    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'inspection', entityId: res.body.id }).set(as('admin'));
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['inspection.create', 'inspection.update']);
  });

  it('refuses inspectors who are not supervisors of the subtree', async () => {
    const employer = await newEmployer();
    const other = await t.api.post('/api/v1/supervisors').set(as('haidian_admin')).send({ name: '海淀监督员', officeId: office['海淀区总工会'] });
    const res = await t.api.post('/api/v1/inspections').set(as('chaoyang_staff')).send({ employerId: employer.id, kind: 'routine', inspectedOn: '2026-09-15', inspectorIds: [other.body.id], findings: [] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'inspectorIds', rule: 'inspection.inspector_unknown' })]);
  });
});

describe('lists', () => {
  /** Every id of a list, a page of `limit` at a time by cursor. */
  async function walk(path: string, query: Record<string, unknown>, limit: number) {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.api.get(path).query({ ...query, limit, ...(cursor ? { cursor } : {}) }).set(as('chaoyang_staff'));
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      ids.push(...(res.body.items as { id: string }[]).map((n) => n.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  }

  it('pages notices by each sort, nulls last, as one page lists them', async () => {
    const employer = await newEmployer();
    const drafted = await draft({ type: 'reminder', employerId: employer.id, categories: ['contract'] });
    const reminder = await issued('reminder', employer.id);
    const opinion = await issued('opinion', employer.id, { serious: true, categories: ['dispatch'] });
    const second = await issued('opinion', employer.id, { serious: true, categories: ['safety_health'] });
    await draft({ type: 'opinion', employerId: employer.id, previousNoticeId: reminder.id });
    for (const sort of [undefined, 'createdAt', '-createdAt', 'issuedAt', '-issuedAt', 'deadlineAt', '-deadlineAt']) {
      const query = { employerId: employer.id, ...(sort ? { sort } : {}) };
      const all = (await t.api.get('/api/v1/notices').query(query).set(as('chaoyang_staff'))).body.items as { id: string; createdAt: string; issuedAt: string | null; deadlineAt: string | null }[];
      expect(all).toHaveLength(5);
      const field = (sort ?? '-createdAt').replace('-', '') as 'createdAt' | 'issuedAt' | 'deadlineAt';
      const values = all.map((n) => n[field]);
      const present = values.filter((v) => v !== null);
      // nulls last either way, the others in the order asked
      expect(values).toEqual([...present, ...values.filter((v) => v === null)]);
      expect(present).toEqual([...present].sort((a, b) => (sort?.startsWith('-') || !sort ? b!.localeCompare(a!) : a!.localeCompare(b!))));
      for (const limit of [1, 2]) expect(await walk('/api/v1/notices', query, limit), `${sort} by ${limit}`).toEqual(all.map((n) => n.id));
    }
    const byDeadline = (await t.api.get('/api/v1/notices').query({ employerId: employer.id, sort: 'deadlineAt' }).set(as('chaoyang_staff'))).body.items as { id: string }[];
    expect(byDeadline.slice(0, 2).map((n) => n.id).sort()).toEqual([opinion.id, second.id].sort());
    expect(byDeadline.map((n) => n.id)).toContain(drafted.body.id);
    expect((await t.api.get('/api/v1/notices').query({ sort: 'facts' }).set(as('chaoyang_staff'))).status).toBe(400);
  });

  it('pages inspections newest first by cursor', async () => {
    const employer = await newEmployer();
    const supervisor = await t.api.post('/api/v1/supervisors').set(as('chaoyang_staff')).send({ name: '周平', officeId: office['朝阳区总工会'] });
    const findings = [{ category: 'wages', description: '未按月足额支付工资' }];
    for (const inspectedOn of ['2026-09-01', '2026-09-03', '2026-09-03', '2026-09-02']) {
      const res = await t.api.post('/api/v1/inspections').set(as('chaoyang_staff')).send({ employerId: employer.id, kind: 'routine', inspectedOn, inspectorIds: [supervisor.body.id], findings });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const all = (await t.api.get('/api/v1/inspections').query({ employerId: employer.id }).set(as('chaoyang_staff'))).body.items as { id: string; inspectedOn: string }[];
    expect(all.map((i) => i.inspectedOn)).toEqual(['2026-09-03', '2026-09-03', '2026-09-02', '2026-09-01']);
    for (const limit of [1, 3]) expect(await walk('/api/v1/inspections', { employerId: employer.id }, limit)).toEqual(all.map((i) => i.id));
  });
});

describe('the notice ladder over HTTP', () => {
  it('drafts, then issues a reminder with a number per office and year', async () => {
    const employer = await newEmployer();
    const d = await draft({ type: 'reminder', employerId: employer.id });
    expect(d.status).toBe(201);
    expect(d.headers.location).toBe(`/api/v1/notices/${d.body.id}`);
    expect(d.headers.etag).toBe('"1"');
    expect(d.body).toMatchObject({ status: 'draft', noticeNo: null, allowedEvents: ['issue', 'close'], employerName: employer.name });
    const first = await event(d.body.id, 'issue');
    expect(first.body.noticeNo).toMatch(/^朝阳工监〔2026〕\d+号$/);
    const second = await issued('reminder', employer.id);
    expect(Number(/(\d+)号/.exec(second.noticeNo)![1])).toBe(Number(/(\d+)号/.exec(first.body.noticeNo)![1]) + 1);
    const street = await issued('reminder', employer.id, { officeId: office['建外街道工会服务站'] });
    expect(street.noticeNo).toMatch(/^建外工监〔2026〕1号$/);
  });

  it('refuses an opinion without a reminder, naming the rule, unless the breach is serious', async () => {
    const employer = await newEmployer();
    const d = await draft({ type: 'opinion', employerId: employer.id });
    const refused = await event(d.body.id, 'issue');
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'previousNoticeId', rule: 'notice.predecessor_required' })]);
    expect(refused.body.detail).toContain('提示函');
    const serious = await issued('opinion', employer.id, { serious: true });
    expect(serious).toMatchObject({ status: 'issued', deadlineAt: fifteenWorkingDays });
  });

  it('issues an opinion on a reminder of the same employer and breach, and escalates the reminder', async () => {
    const employer = await newEmployer();
    const reminder = await issued('reminder', employer.id, { categories: ['wages', 'contract'] });
    const opinion = await issued('opinion', employer.id, { previousNoticeId: reminder.id });
    expect(opinion.status).toBe('issued');
    expect(await get(reminder.id)).toMatchObject({ status: 'escalated', nextNoticeId: opinion.id, allowedEvents: [] });
    const timeline = await t.api.get(`/api/v1/notices/${reminder.id}/events`).set(as('chaoyang_viewer'));
    expect(timeline.body.items.map((e: { type: string; toStatus: string }) => [e.type, e.toStatus])).toEqual([
      ['issue', 'issued'],
      ['escalate', 'escalated'],
    ]);
    // the same reminder is escalated once
    const again = await draft({ type: 'opinion', employerId: employer.id, previousNoticeId: reminder.id });
    const taken = await event(again.body.id, 'issue');
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ rule: 'notice.predecessor_taken' })]);
  });

  it('refuses a predecessor of another employer, breach or rung, and one rectified', async () => {
    const employer = await newEmployer();
    const other = await newEmployer();
    const reminder = await issued('reminder', employer.id);
    for (const body of [
      { type: 'opinion', employerId: other.id, previousNoticeId: reminder.id },
      { type: 'opinion', employerId: employer.id, categories: ['dispatch'], previousNoticeId: reminder.id },
      { type: 'recommendation', employerId: employer.id, previousNoticeId: reminder.id },
    ]) {
      const res = await draft(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'previousNoticeId', rule: 'notice.predecessor_mismatch' })]);
    }
    const onReminder = await draft({ type: 'reminder', employerId: employer.id, previousNoticeId: reminder.id });
    expect(onReminder.body.errors).toEqual([expect.objectContaining({ rule: 'notice.predecessor_not_allowed' })]);

    const d = await draft({ type: 'opinion', employerId: employer.id, previousNoticeId: reminder.id });
    expect((await event(reminder.id, 'rectify', 'chaoyang_staff', '复查已整改')).status).toBe(201);
    const refused = await event(d.body.id, 'issue');
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([expect.objectContaining({ rule: 'notice.predecessor_state' })]);
  });

  it('allows a recommendation only after the opinion’s deadline passed unrectified', async () => {
    const employer = await newEmployer();
    const opinion = await issued('opinion', employer.id, { serious: true });
    const d = await draft({ type: 'recommendation', employerId: employer.id, previousNoticeId: opinion.id });
    const early = await event(d.body.id, 'issue');
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ rule: 'notice.deadline_not_passed' })]);
    expect(early.body.detail).toContain('2026-10-27');
    expect((await event(opinion.id, 'escalate')).status).toBe(409);

    setClock(new Date('2026-10-28T01:00:00Z'));
    try {
      const late = await event(d.body.id, 'issue');
      expect(late.status).toBe(201);
      expect(late.body).toMatchObject({ type: 'recommendation', status: 'issued', deadlineAt: null });
      expect(await get(opinion.id)).toMatchObject({ status: 'escalated', clock: 'stopped' });
    } finally {
      setClock(beforeNationalDay);
    }
  });

  it('publishes only with approval at district tier or above, and never by issuing', async () => {
    const employer = await newEmployer();
    const opinion = await issued('opinion', employer.id, { serious: true });
    setClock(new Date('2026-10-28T01:00:00Z'));
    try {
      const recommendation = await issued('recommendation', employer.id, { previousNoticeId: opinion.id });
      // drafted by the district for the street station that found it
      const d = await draft({ type: 'publication', employerId: employer.id, previousNoticeId: recommendation.id, officeId: office['建外街道工会服务站'] });
      expect(d.status).toBe(201);
      expect(d.body.allowedEvents).toEqual(['close', 'approve_publication']);
      const byIssue = await event(d.body.id, 'issue', 'jianwai_admin');
      expect(byIssue.status).toBe(409);
      expect(byIssue.body).toMatchObject({ code: 'transition_not_allowed', allowed: ['close', 'approve_publication'] });
      const byStreet = await event(d.body.id, 'approve_publication', 'jianwai_admin');
      expect(byStreet.status).toBe(403);
      expect(byStreet.body.detail).toContain('区县级以上');
      expect((await event(d.body.id, 'approve_publication', 'chaoyang_staff')).status).toBe(403);
      const approved = await event(d.body.id, 'approve_publication', 'chaoyang_admin');
      expect(approved.status).toBe(201);
      expect(approved.body).toMatchObject({ status: 'issued', officeName: '建外街道工会服务站' });
      expect(approved.body.noticeNo).toMatch(/^建外工监〔2026〕\d+号$/);
      expect(approved.body.publishedAt.slice(0, 10)).toBe('2026-10-28');
      expect(await get(recommendation.id)).toMatchObject({ status: 'escalated' });
    } finally {
      setClock(beforeNationalDay);
    }
  });

  it('walks every state and event of a reminder: allowed ones move it, the others are 409 with the allowed list', async () => {
    const employer = await newEmployer();
    const paths: Record<NoticeStatus, NoticeEventType[]> = {
      draft: [],
      issued: ['issue'],
      responded: ['issue', 'respond'],
      rectified: ['issue', 'rectify'],
      escalated: ['issue', 'escalate'],
      closed: ['close'],
    };
    const reach = async (steps: NoticeEventType[]) => {
      const d = await draft({ type: 'reminder', employerId: employer.id });
      for (const step of steps) expect((await event(d.body.id, step)).status).toBe(201);
      return d.body.id as string;
    };
    for (const [status, steps] of Object.entries(paths) as [NoticeStatus, NoticeEventType[]][]) {
      // refused events leave the notice as it was, so one notice takes them all
      const kept = await reach(steps);
      for (const type of noticeEventTypes) {
        const to = noticeTransition(status, 'reminder', type);
        const res = await event(to ? await reach(steps) : kept, type, 'chaoyang_staff', '备注');
        expect(res.status, `${status} + ${type}`).toBe(to ? 201 : 409);
        if (to) expect(res.body.status).toBe(to);
        else expect(res.body).toMatchObject({ code: 'transition_not_allowed', allowed: allowedNoticeEvents(status, 'reminder') });
      }
      expect((await get(kept)).status).toBe(status);
    }
  }, 120_000);

  it('honours If-Match on events and edits only drafts', async () => {
    const employer = await newEmployer();
    const d = await draft({ type: 'reminder', employerId: employer.id });
    const url = `/api/v1/notices/${d.body.id}`;
    expect((await t.api.patch(url).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ facts: '改正后的事实。' })).body).toMatchObject({ facts: '改正后的事实。', version: 2 });
    expect((await t.api.post(`${url}/events`).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ type: 'issue' })).status).toBe(412);
    expect((await t.api.post(`${url}/events`).set(as('chaoyang_staff')).set('If-Match', '"2"').send({ type: 'issue' })).status).toBe(201);
    const locked = await t.api.patch(url).set(as('chaoyang_staff')).set('If-Match', '"3"').send({ facts: '再改' });
    expect(locked.status).toBe(409);
    expect(locked.body.detail).toBe('文书发出后内容不能修改');
    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'notice', entityId: d.body.id }).set(as('admin'));
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['notice.create', 'notice.issue', 'notice.update']);
  });

  it('lets one of two racing events on a notice win, and keeps nothing of the other', async () => {
    const employer = await newEmployer();
    const d = await draft({ type: 'reminder', employerId: employer.id });
    const url = `/api/v1/notices/${d.body.id}`;
    const send = (type: string) => t.api.post(`${url}/events`).set(as('chaoyang_staff')).set('If-Match', '"1"').send({ type });
    const [a, b] = await Promise.all([send('issue'), send('issue')]);
    expect([a.status, b.status].sort()).toEqual([201, 412]);
    // the loser's timeline entry, audit entry and outbox event went with its update, and back with it
    expect((await t.api.get(`${url}/events`).set(as('chaoyang_staff'))).body.items.map((e: { type: string }) => e.type).filter((type: string) => type === 'issue')).toHaveLength(1);
    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'notice', entityId: d.body.id }).set(as('admin'));
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['notice.create', 'notice.issue']);
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from webhook_events where type = 'notice.issued' and data->>'noticeId' = ${d.body.id}`);
    expect(rows[0].n).toBe(1);
  });
});

describe('the opinion’s deadline', () => {
  it('counts working days over 国庆 with the swapped Saturday, and follows the city’s own length', async () => {
    const employer = await newEmployer();
    expect((await issued('opinion', employer.id, { serious: true })).deadlineAt).toBe(fifteenWorkingDays);
    const version = async () =>
      ((await t.api.get('/api/v1/settings/clocks').set(as('admin'))).body.items as { rule: string; version: number | null }[]).find((c) => c.rule === 'notice.opinion_rectification')!.version ?? 0;
    const put = async (length: number) => t.api.put('/api/v1/settings/clocks/notice.opinion_rectification').set(as('admin')).set('If-Match', `"${await version()}"`).send({ length, unit: 'working_days' });
    expect((await put(10)).status).toBe(200);
    try {
      // 8, 9, 10, 12–16, 19, 20 October
      expect((await issued('opinion', employer.id, { serious: true, categories: ['contract'] })).deadlineAt).toBe('2026-10-20T16:00:00.000Z');
    } finally {
      expect((await put(15)).status).toBe(200);
    }
  });

  it('is listed ready to escalate by the daily sweep once it passed unrectified, and its office is told', async () => {
    const employer = await newEmployer();
    const waiting = await issued('opinion', employer.id, { serious: true });
    const rectified = await issued('opinion', employer.id, { serious: true, categories: ['contract'] });
    await event(rectified.id, 'respond', 'chaoyang_staff', '单位书面答复');
    await event(rectified.id, 'rectify', 'chaoyang_staff', '复查已整改');
    const ready = async () =>
      ((await t.api.get('/api/v1/notices').query({ readyToEscalate: true, employerId: employer.id }).set(as('chaoyang_staff'))).body.items as { id: string }[]).map((n) => n.id);

    const told = async () => (await t.database.db.execute<{ kind: string; office_id: string }>(sql`select kind, office_id from notifications where entity_id = ${waiting.id}`)).rows;
    const sweepAt = async (at: string) => {
      setClock(new Date(at));
      await runSweeps(t.database.db, new Date(at));
    };
    try {
      await sweepAt('2026-10-27T15:00:00Z');
      expect(await ready()).toEqual([]);
      expect(await told()).toEqual([]);
      await sweepAt('2026-10-28T00:30:00Z');
      expect(await ready()).toEqual([waiting.id]);
      expect(await get(waiting.id)).toMatchObject({ readyToEscalate: true, allowedEvents: ['respond', 'rectify', 'escalate', 'close'] });
      await sweepAt('2026-10-29T00:30:00Z');
      expect(await told()).toEqual([{ kind: 'notice_ready_to_escalate', office_id: office['朝阳区总工会'] }]);
      // rectified late, it leaves the queue
      await event(waiting.id, 'rectify');
      expect(await ready()).toEqual([]);
    } finally {
      setClock(beforeNationalDay);
    }
  });

  it('answers, lists, counts and sweeps readiness (and the next rung) by the shared rules: every rung, status and deadline', async () => {
    const employer = await newEmployer();
    const now = new Date('2021-03-10T02:00:00Z');
    const deadlines = [null, new Date('2021-03-01T16:00:00Z'), now, new Date('2021-03-20T16:00:00Z')];
    const cases = noticeTypes.flatMap((type) => noticeStatuses.flatMap((status) => deadlines.map((deadlineAt) => ({ id: randomUUID(), type, status, deadlineAt }))));
    // written as they might stand, past the ladder's checks, issued in a period of their own
    await t.database.db.insert(notices).values(
      cases.map((c) => ({
        ...c,
        officeId: office['朝阳区总工会'],
        employerId: employer.id,
        categories: ['wages' as const],
        facts: '—',
        legalBasis: '—',
        issuedAt: new Date('2021-02-01T02:00:00Z'),
        networkId: sql`(select network_id from employers where id = ${employer.id})`,
      })),
    );
    const expected: string[] = cases.filter((c) => readyToEscalate(c, now)).map((c) => c.id).sort();
    expect(expected).toHaveLength(4); // an opinion issued or responded, its deadline past or now
    setClock(now);
    try {
      const list = async (readyToEscalate: boolean) =>
        ((await t.api.get('/api/v1/notices').query({ readyToEscalate, employerId: employer.id, limit: 500 }).set(as('chaoyang_staff'))).body.items as { id: string; readyToEscalate: boolean; mayDraftNextRung: boolean }[]);
      const ready = await list(true);
      expect(ready.map((n) => n.id).sort()).toEqual(expected);
      const others = await list(false);
      expect(ready.length + others.length).toBe(cases.length);
      for (const n of [...ready, ...others]) expect(n.readyToEscalate, n.id).toBe(expected.includes(n.id));
      // the next rung's button follows the shared ladder at the same clock
      const drafting: string[] = cases.filter((c) => mayDraftNextRung({ ...c, employerId: employer.id, categories: ['wages'], nextNoticeId: null }, now)).map((c) => c.id);
      expect(drafting.length).toBeGreaterThan(0);
      for (const n of [...ready, ...others]) expect(n.mayDraftNextRung, n.id).toBe(drafting.includes(n.id));
      const figures = await t.api.get('/api/v1/stats/supervision').query({ officeId: office['朝阳区总工会'], from: '2021-02-01T00:00:00Z', to: '2021-02-02T00:00:00Z' }).set(as('chaoyang_staff'));
      expect(figures.body.readyToEscalate).toBe(expected.length);
      await runSweeps(t.database.db, now);
      const { rows } = await t.database.db.execute<{ entity_id: string }>(sql`select entity_id from notifications where kind = 'notice_ready_to_escalate' and entity_id in ${cases.map((c) => c.id)}`);
      expect(rows.map((r) => r.entity_id).sort()).toEqual(expected);
    } finally {
      setClock(beforeNationalDay);
    }
  });
});

describe('letters', () => {
  it('fills the opinion letter from the record', async () => {
    const employer = await newEmployer();
    const opinion = await issued('opinion', employer.id, { serious: true, categories: ['wages', 'working_hours'] });
    const res = await t.api.get(`/api/v1/notices/${opinion.id}/letter`).set(as('chaoyang_viewer'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'opinion',
      title: '工会劳动法律监督意见书',
      noticeNo: opinion.noticeNo,
      addressee: `${employer.name}：`,
      issuingUnion: '朝阳区总工会',
      date: '2026年9月30日',
      issuedDate: '2026-09-30',
      deadlineDate: '2026-10-27',
    });
    const text = res.body.paragraphs.join('');
    for (const part of ['工资支付、工作时间和休息休假', '拖欠职工工资两个月。', '《中华人民共和国劳动法》第五十条', '2026年10月27日']) expect(text).toContain(part);
  });
});

describe('public violations', () => {
  it('lists published violations to anyone, with four fields, and nothing unpublished or withdrawn', async () => {
    const employer = await newEmployer();
    const secret = '内部调查细节：不得公开';
    const opinion = await issued('opinion', employer.id, { serious: true, facts: secret });
    setClock(new Date('2026-10-28T01:00:00Z'));
    try {
      const recommendation = await issued('recommendation', employer.id, { previousNoticeId: opinion.id, facts: secret });
      const publish = async () => {
        const d = await draft({ type: 'publication', employerId: employer.id, previousNoticeId: recommendation.id, facts: secret });
        return d.body.id as string;
      };
      const pending = await publish();
      const before = await t.api.get('/api/v1/public/violations');
      expect(before.status).toBe(200);
      expect(JSON.stringify(before.body)).not.toContain(employer.name);

      expect((await event(pending, 'approve_publication', 'chaoyang_admin')).status).toBe(201);
      const res = await t.api.get('/api/v1/public/violations').query({ limit: 200 });
      const mine = res.body.items.filter((v: { employerName: string }) => v.employerName === employer.name);
      expect(mine).toEqual([{ employerName: employer.name, categories: ['wages'], publishedOn: '2026-10-28', issuingUnion: '朝阳区总工会' }]);
      for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['categories', 'employerName', 'issuingUnion', 'publishedOn']);
      expect(JSON.stringify(res.body)).not.toContain(secret);
      expect(res.body.total).toBe(res.body.items.length);

      // withdrawn, it is gone again
      expect((await event(pending, 'close', 'chaoyang_admin', '撤回公布')).status).toBe(201);
      expect(JSON.stringify((await t.api.get('/api/v1/public/violations').query({ limit: 200 })).body)).not.toContain(employer.name);
    } finally {
      setClock(beforeNationalDay);
    }
  });
});

describe('scope and figures', () => {
  it('answers 404 to another district and lists nothing of it', async () => {
    const employer = await newEmployer();
    const reminder = await issued('reminder', employer.id);
    for (const path of [`/api/v1/notices/${reminder.id}`, `/api/v1/notices/${reminder.id}/events`, `/api/v1/notices/${reminder.id}/letter`]) {
      expect((await t.api.get(path).set(as('haidian_admin'))).status, path).toBe(404);
    }
    expect((await event(reminder.id, 'respond', 'haidian_admin')).status).toBe(404);
    const list = await t.api.get('/api/v1/notices').query({ limit: 500 }).set(as('haidian_admin'));
    expect(JSON.stringify(list.body)).not.toContain(reminder.id);
    // a street office sees its own notices, not its district's
    expect((await t.api.get(`/api/v1/notices/${reminder.id}`).set(as('jianwai_staff'))).status).toBe(404);
  });

  it('counts notices by rung, rectification and time to rectify per subtree and district', async () => {
    const employer = await newEmployer();
    const reminder = await issued('reminder', employer.id, { categories: ['female_workers'] });
    setClock(new Date('2026-10-02T02:00:00Z'));
    try {
      await event(reminder.id, 'rectify');
    } finally {
      setClock(beforeNationalDay);
    }
    const period = { from: '2026-09-01T00:00:00Z', to: '2026-10-01T00:00:00Z' };
    const res = await t.api.get('/api/v1/stats/supervision').query({ officeId: office['朝阳区总工会'], ...period }).set(as('chaoyang_staff'));
    expect(res.status).toBe(200);
    expect(res.body.officeName).toBe('朝阳区总工会');
    expect(res.body.byType.reminder).toBeGreaterThan(0);
    expect(res.body.issued).toBe(res.body.byType.reminder + res.body.byType.opinion + res.body.byType.recommendation + res.body.byType.publication);
    expect(res.body.rectified).toBeGreaterThan(0);
    expect(res.body.rectificationRate).toBeGreaterThan(0);
    expect(res.body.averageDaysToRectify).toBeGreaterThan(0);
    expect(res.body.medianDaysToRectify).toBeGreaterThanOrEqual(0);
    expect(res.body.byDistrict).toEqual([expect.objectContaining({ officeId: office['朝阳区总工会'], issued: res.body.issued })]);
    const city = await t.api.get('/api/v1/stats/supervision').query(period).set(as('admin'));
    expect(city.body.byDistrict.find((d: { officeId: string }) => d.officeId === office['朝阳区总工会']).issued).toBe(res.body.issued);
    expect((await t.api.get('/api/v1/stats/supervision').query({ officeId: office['朝阳区总工会'] }).set(as('haidian_admin'))).status).toBe(404);
  });

  it('answers each district in the breakdown, named and in region order, as it answers that district alone', async () => {
    const city = await t.api.get('/api/v1/stats/supervision').set(as('admin'));
    expect(city.status).toBe(200);
    const byDistrict = city.body.byDistrict as { officeId: string; officeName: string; issued: number }[];
    expect(byDistrict.length).toBeGreaterThan(10);
    const { rows } = await t.database.db.execute<{ id: string; name: string; region_code: string }>(sql`select id, name, region_code from offices where id in ${byDistrict.map((d) => d.officeId)} order by region_code`);
    expect(byDistrict.map((d) => ({ id: d.officeId, name: d.officeName }))).toEqual(rows.map((r) => ({ id: r.id, name: r.name })));
    for (const { officeId, officeName, ...figures } of byDistrict) {
      const alone = await t.api.get('/api/v1/stats/supervision').query({ officeId }).set(as('admin'));
      expect(alone.body).toMatchObject({ officeName, ...figures });
    }
    expect(byDistrict.some((d) => d.issued > 0)).toBe(true);
  });
});
