import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { idNumberCheckChar, webhookMaxAttempts } from '@union/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { inScopeTransaction } from '../../db/client.js';
import { cases, webhookEvents } from '../../db/schema.js';
import { principalForApiKey } from '../api-clients/api-clients.service.js';
import { appendCaseEvent } from '../cases/cases.service.js';
import { dispatchWebhooks } from './webhooks.dispatcher.js';
import { addressAllowed, allowWebhookNetworks } from './webhooks.targets.js';

/** A real receiver on an ephemeral port: records what arrives and answers `status`. */
interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let answer = 200;

let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => bearer(tokens[user]);
let apiKey: string;
let subscription: { id: string; secret: string };
let employerId: string;
let committee: string;

/** What a subscriber does with a delivery: recompute the HMAC of "<timestamp>.<body>" and compare in constant time. */
function verifies(secret: string, r: Received): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${r.headers['x-webhook-timestamp']}.${r.body}`).digest('hex')}`);
  const given = Buffer.from(String(r.headers['x-webhook-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const intake = async () =>
  (
    await t.api
      .post('/api/v1/cases')
      .set(as('chaoyang_staff'))
      .send({ channel: 'walk_in', employerId, handlerOrgId: committee, workers: [{ name: '王小明' }], claims: [{ category: 'wages', amount: '1000' }], description: '欠薪' })
  ).body as { id: string; caseNo: string };
const event = (caseId: string, body: object, user = 'chaoyang_staff') => t.api.post(`/api/v1/cases/${caseId}/events`).set(as(user)).send(body);
const settleCase = async () => {
  const c = await intake();
  for (const type of ['accept', 'start_mediation', 'settle']) expect((await event(c.id, { type })).status).toBe(201);
  return c;
};
const deliveries = async (id = subscription.id) => (await t.api.get(`/api/v1/webhooks/${id}/deliveries`).set({ 'X-Api-Key': apiKey })).body.items;
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_admin', 'chaoyang_staff', 'haidian_admin']) tokens[u] = (await t.login(u)).token;
  employerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'))).body.items[0].id;
  committee = (await t.api.get('/api/v1/mediation-orgs').query({ q: '北京朝华科技有限公司劳动争议调解委员会' }).set(as('admin'))).body.items[0].id;
  const client = await t.api.post('/api/v1/api-clients').set(as('chaoyang_admin')).send({ name: '仲裁委对接', permissions: ['cases:read', 'cases:write', 'legal_aid:read', 'webhooks:write'] });
  apiKey = client.body.key;
  // everything the outbox held before this file's subscription is not its business
  await dispatchWebhooks(t.database.db);
  const res = await t.api.post('/api/v1/webhooks').set({ 'X-Api-Key': apiKey }).send({ url: receiverUrl, eventTypes: ['case.settled', 'case.transferred', 'legal_aid.decided'] });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ apiClientId: client.body.id, officeName: '朝阳区总工会', active: true });
  expect(res.body.secret).toMatch(/^whsec_/);
  subscription = res.body;
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('webhook subscriptions', () => {
  it('show the secret only in the create answer', async () => {
    const read = await t.api.get(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey });
    expect(read.status).toBe(200);
    expect(read.body.secret).toBeUndefined();
    const list = await t.api.get('/api/v1/webhooks').set(as('chaoyang_admin'));
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(subscription.id);
    expect(JSON.stringify(list.body)).not.toContain(subscription.secret);
  });

  it('are out of reach of another district and of those without the permission', async () => {
    expect((await t.api.get(`/api/v1/webhooks/${subscription.id}`).set(as('haidian_admin'))).status).toBe(404);
    expect((await t.api.get(`/api/v1/webhooks/${subscription.id}/deliveries`).set(as('haidian_admin'))).status).toBe(404);
    expect((await t.api.get('/api/v1/webhooks').set(as('chaoyang_staff'))).status).toBe(403);
  });

  it('refuse URLs that are not http(s) and unknown event types', async () => {
    expect((await t.api.post('/api/v1/webhooks').set(as('chaoyang_admin')).send({ url: 'ftp://example.org/x', eventTypes: ['case.settled'] })).status).toBe(400);
    expect((await t.api.post('/api/v1/webhooks').set(as('chaoyang_admin')).send({ url: receiverUrl, eventTypes: ['case.deleted'] })).status).toBe(400);
  });
});

describe('delivery', () => {
  it('POSTs a signed event that the receiver can verify, and logs it', async () => {
    received.length = 0;
    answer = 200;
    const c = await settleCase();
    const round = await dispatchWebhooks(t.database.db);
    expect(round.delivered).toBe(1);
    expect(received).toHaveLength(1);
    const [r] = received;
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({ type: 'case.settled', data: { caseId: c.id, caseNo: c.caseNo } });
    expect(r.headers['x-webhook-id']).toBe(body.id);
    expect(r.headers['content-type']).toBe('application/json');
    expect(verifies(subscription.secret, r)).toBe(true);
    expect(verifies('whsec_another', r)).toBe(false);
    expect(verifies(subscription.secret, { ...r, body: r.body.replace(c.caseNo, 'X') })).toBe(false);

    const log = await deliveries();
    expect(log[0]).toMatchObject({ eventId: body.id, eventType: 'case.settled', status: 'delivered', attempts: 1, responseStatus: 200, error: null, nextAttemptAt: null });
    // nothing more to send
    expect((await dispatchWebhooks(t.database.db)).delivered).toBe(0);
    expect(received).toHaveLength(1);
  });

  it('retries a failed delivery later with backoff, with the same event id', async () => {
    received.length = 0;
    answer = 500;
    await settleCase();
    expect((await dispatchWebhooks(t.database.db)).retrying).toBe(1);
    expect(received).toHaveLength(1);
    let [entry] = await deliveries();
    expect(entry).toMatchObject({ status: 'pending', attempts: 1, responseStatus: 500, error: 'HTTP 500' });
    expect(new Date(entry.nextAttemptAt).getTime()).toBeGreaterThan(Date.now());

    // not before its time
    await dispatchWebhooks(t.database.db);
    expect(received).toHaveLength(1);

    answer = 200;
    expect((await dispatchWebhooks(t.database.db, later(31))).delivered).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1].headers['x-webhook-id']).toBe(received[0].headers['x-webhook-id']);
    expect(verifies(subscription.secret, received[1])).toBe(true);
    [entry] = await deliveries();
    expect(entry).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 200 });
  });

  it('signs with a new secret from its rotation on, retries included, and the old one no longer verifies', async () => {
    received.length = 0;
    answer = 500;
    await settleCase();
    expect((await dispatchWebhooks(t.database.db)).retrying).toBe(1);
    const read = await t.api.get(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey });
    const stale = await t.api.post(`/api/v1/webhooks/${subscription.id}/rotate-secret`).set({ 'X-Api-Key': apiKey }).set('If-Match', `"${read.body.version - 1}"`);
    expect(stale.status).toBe(412);
    expect((await t.api.post(`/api/v1/webhooks/${subscription.id}/rotate-secret`).set({ 'X-Api-Key': apiKey })).status).toBe(428);
    expect((await t.api.post(`/api/v1/webhooks/${subscription.id}/rotate-secret`).set(as('haidian_admin')).set('If-Match', `"${read.body.version}"`)).status).toBe(404);
    const rotated = await t.api.post(`/api/v1/webhooks/${subscription.id}/rotate-secret`).set({ 'X-Api-Key': apiKey }).set('If-Match', `"${read.body.version}"`);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ id: subscription.id, version: read.body.version + 1, secret: expect.stringMatching(/^whsec_/) });
    expect(rotated.body.secret).not.toBe(subscription.secret);
    expect(rotated.headers.etag).toBe(`"${read.body.version + 1}"`);
    // the retry of the event before the rotation goes out signed with the new secret
    answer = 200;
    expect((await dispatchWebhooks(t.database.db, later(31))).delivered).toBe(1);
    const retry = received[received.length - 1];
    expect(verifies(rotated.body.secret, retry)).toBe(true);
    expect(verifies(subscription.secret, retry)).toBe(false);
    // the log knows it changed, and not the secret
    const log = await t.api.get('/api/v1/audit-log').query({ entity: 'webhook_subscription', entityId: subscription.id, action: 'webhook.rotate_secret' }).set(as('admin'));
    expect(log.body.items).toHaveLength(1);
    expect(JSON.stringify(log.body.items)).not.toContain(rotated.body.secret);
    subscription = { id: subscription.id, secret: rotated.body.secret };
  });

  it('gives up after the last attempt', async () => {
    received.length = 0;
    answer = 503;
    await settleCase();
    let at = 0;
    for (let attempt = 1; attempt <= webhookMaxAttempts; attempt++) {
      await dispatchWebhooks(t.database.db, later(at));
      at += 6 * 3600 + 1;
    }
    expect(received).toHaveLength(webhookMaxAttempts);
    const [entry] = await deliveries();
    expect(entry).toMatchObject({ status: 'failed', attempts: webhookMaxAttempts, nextAttemptAt: null });
    await dispatchWebhooks(t.database.db, later(at));
    expect(received).toHaveLength(webhookMaxAttempts);
  });

  it('reports transfers to both sides and legal-aid decisions', async () => {
    received.length = 0;
    answer = 200;
    const center = (await t.api.get('/api/v1/mediation-orgs').query({ q: '朝阳区劳动争议调解中心' }).set(as('admin'))).body.items[0].id;
    const c = await intake();
    await event(c.id, { type: 'accept' });
    expect((await event(c.id, { type: 'transfer_request', toOrgId: center, reason: 'party_declined_internal' })).status).toBe(201);
    expect((await event(c.id, { type: 'transfer_accept' }, 'chaoyang_admin')).status).toBe(201);

    const idNumber = '11010519900307123';
    const aid = await t.api
      .post('/api/v1/legal-aid')
      .set(as('chaoyang_staff'))
      .send({ channel: 'walk_in', applicant: { name: '申请人', idNumber: idNumber + idNumberCheckChar(idNumber), household: 'migrant', hardship: 'none' }, employerId, matter: 'wage_arrears', service: 'mediation', amount: '1000', funding: 'union_fund' });
    for (const type of ['start_review', 'approve']) expect((await t.api.post(`/api/v1/legal-aid/${aid.body.id}/events`).set(as('chaoyang_staff')).send({ type })).status).toBe(201);

    await dispatchWebhooks(t.database.db);
    const bodies = received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => [b.type, b.data.step ?? b.data.decision])).toEqual([
      ['case.transferred', 'requested'],
      ['case.transferred', 'accepted'],
      ['legal_aid.decided', 'approved'],
    ]);
    expect(bodies[0].data).toMatchObject({ caseId: c.id, fromOrgId: committee, toOrgId: center });
    expect(bodies[2].data).toMatchObject({ applicationId: aid.body.id, decision: 'approved' });
    // identifiers only: no worker's personal data travels
    expect(JSON.stringify(bodies)).not.toContain(idNumber);
  });

  it('reports issued supervision notices', async () => {
    const sub = await t.api.post('/api/v1/webhooks').set(as('chaoyang_admin')).send({ url: receiverUrl, eventTypes: ['notice.issued'] });
    expect(sub.status).toBe(201);
    const reminder = await t.api.post('/api/v1/notices').set(as('chaoyang_staff')).send({ type: 'reminder', employerId, categories: ['wages'], facts: '拖欠工资', legalBasis: '《劳动法》第五十条' });
    expect(reminder.status).toBe(201);
    received.length = 0;
    expect((await t.api.post(`/api/v1/notices/${reminder.body.id}/events`).set(as('chaoyang_staff')).send({ type: 'issue' })).status).toBe(201);
    await dispatchWebhooks(t.database.db);
    const issued = received.map((r) => JSON.parse(r.body)).filter((b) => b.type === 'notice.issued');
    expect(issued).toHaveLength(1);
    expect(issued[0].data).toMatchObject({ noticeId: reminder.body.id, employerId, noticeNo: expect.stringMatching(/〔\d{4}〕\d+号$/) });
    await t.api.patch(`/api/v1/webhooks/${sub.body.id}`).set(as('chaoyang_admin')).set('If-Match', `"${sub.body.version}"`).send({ active: false });
  });

  it('does not reach another district’s subscription, nor a revoked client’s', async () => {
    const haidian = await t.api.post('/api/v1/webhooks').set(as('haidian_admin')).send({ url: receiverUrl, eventTypes: ['case.settled'] });
    expect(haidian.status).toBe(201);
    const client = await t.api.post('/api/v1/api-clients').set(as('chaoyang_admin')).send({ name: '将吊销', permissions: ['webhooks:write'] });
    const revokedSub = await t.api.post('/api/v1/webhooks').set({ 'X-Api-Key': client.body.key }).send({ url: receiverUrl, eventTypes: ['case.settled'] });
    expect(revokedSub.status).toBe(201);
    await t.api.post(`/api/v1/api-clients/${client.body.id}/revoke`).set(as('chaoyang_admin'));
    received.length = 0;
    await settleCase();
    await dispatchWebhooks(t.database.db);
    expect(received).toHaveLength(1);
    expect((await t.api.get(`/api/v1/webhooks/${haidian.body.id}/deliveries`).set(as('haidian_admin'))).body.items).toEqual([]);
    expect((await t.api.get(`/api/v1/webhooks/${revokedSub.body.id}/deliveries`).set(as('chaoyang_admin'))).body.items).toEqual([]);
  });

  it('holds the retries of a paused subscription until it is resumed, and hears nothing new meanwhile', async () => {
    received.length = 0;
    answer = 500;
    await settleCase();
    await dispatchWebhooks(t.database.db);
    expect(received).toHaveLength(1);
    const read = await t.api.get(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey });
    const paused = await t.api.patch(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey }).set('If-Match', read.headers.etag).send({ active: false });
    expect(paused.status).toBe(200);
    answer = 200;
    await settleCase();
    await dispatchWebhooks(t.database.db, later(3600));
    expect(received).toHaveLength(1);
    const resumed = await t.api.patch(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey }).set('If-Match', paused.headers.etag).send({ active: true });
    expect(resumed.status).toBe(200);
    // the held retry goes out; the event of the pause was never fanned out to it
    expect((await dispatchWebhooks(t.database.db, later(3600))).delivered).toBe(1);
    expect(received).toHaveLength(2);
    expect(received[1].headers['x-webhook-id']).toBe(received[0].headers['x-webhook-id']);
  });
});

describe('the outbox', () => {
  it('keeps no event of a change whose transaction rolls back', async () => {
    const c = await intake();
    for (const type of ['accept', 'start_mediation']) await event(c.id, { type });
    const principal = (await principalForApiKey(t.database.db, apiKey))!;
    const events = () => t.database.db.select().from(webhookEvents).where(sql`${webhookEvents.data}->>'caseId' = ${c.id}`);
    await expect(
      inScopeTransaction(t.database.db, principal.officePath, async (tx) => {
        await appendCaseEvent({ db: tx, actor: principal, requestId: 'rollback-test', language: 'zh-CN' }, c.id, { type: 'settle' }, null);
        // the event is written with the change (read as the owner: the scoped role only writes the outbox)...
        await tx.execute(sql`set local role none`);
        expect(await tx.select().from(webhookEvents).where(sql`${webhookEvents.data}->>'caseId' = ${c.id}`)).toHaveLength(1);
        throw new Error('the server dies before the commit');
      }, principal.id),
    ).rejects.toThrow('the server dies');
    // ...and goes with it
    expect(await events()).toHaveLength(0);
    const [row] = await t.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, c.id));
    expect(row.status).toBe('mediating');
  });
});

describe('receivers out of reach', () => {
  // what production allows: public addresses only; outside production (these tests) loopback too
  const productionOnly = async (fn: () => Promise<void>) => {
    allowWebhookNetworks([]);
    try {
      await fn();
    } finally {
      allowWebhookNetworks(['127.0.0.0/8', '::1/128']);
    }
  };

  it('tells public addresses from loopback, link-local, private and reserved ones, and lets a deployment name its intranet', async () => {
    await productionOnly(async () => {
      for (const a of ['8.8.8.8', '114.114.114.114', '2400:3200::1']) expect(addressAllowed(a), a).toBe(true);
      for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not an address']) {
        expect(addressAllowed(a), a).toBe(false);
      }
      allowWebhookNetworks(['10.0.0.0/8', 'fd00::/8']);
      for (const a of ['10.1.2.3', '::ffff:10.0.0.1', 'fd00::1']) expect(addressAllowed(a), a).toBe(true);
      for (const a of ['192.168.1.10', '127.0.0.1', '169.254.169.254']) expect(addressAllowed(a), a).toBe(false);
    });
  });

  it('refuses a subscription to an address out of reach, however it is written', async () => {
    await productionOnly(async () => {
      for (const url of ['http://127.0.0.1:8080/hooks', 'http://0x7f.1/hooks', 'http://2130706433/hooks', 'http://[::1]/hooks', 'http://localhost:3000/hooks', 'http://169.254.169.254/latest/meta-data', 'https://192.168.0.10/hooks']) {
        const res = await t.api.post('/api/v1/webhooks').set(as('chaoyang_admin')).send({ url, eventTypes: ['case.settled'] });
        expect(res.status, url).toBe(422);
        expect(res.body.errors, url).toEqual([expect.objectContaining({ path: 'url', rule: 'webhook.url_not_public' })]);
      }
      const moved = await t.api.patch(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey }).set('If-Match', `"${(await t.api.get(`/api/v1/webhooks/${subscription.id}`).set({ 'X-Api-Key': apiKey })).body.version}"`).send({ url: 'http://10.0.0.1/hooks' });
      expect(moved.status).toBe(422);
    });
  });

  it('does not deliver to a receiver whose address, or whose name’s address, is out of reach', async () => {
    const byName = await t.api.post('/api/v1/webhooks').set(as('chaoyang_admin')).send({ url: receiverUrl.replace('127.0.0.1', 'localhost'), eventTypes: ['case.settled'] });
    expect(byName.status).toBe(201);
    const errors = async () =>
      (
        await t.database.db.execute<{ subscription_id: string; status: string; error: string | null }>(
          sql`select subscription_id, status, error from webhook_deliveries where subscription_id in (${subscription.id}, ${byName.body.id}) and event_id = (select id from webhook_events where data->>'caseId' = ${c.id})`,
        )
      ).rows;
    let c: { id: string };
    await productionOnly(async () => {
      received.length = 0;
      answer = 200;
      c = await settleCase();
      await dispatchWebhooks(t.database.db);
      expect(received).toEqual([]);
      expect(Object.fromEntries((await errors()).map((r) => [r.subscription_id, [r.status, r.error]]))).toEqual({
        [subscription.id]: ['pending', expect.stringContaining('127.0.0.1 is 127.0.0.1, not a public address')],
        [byName.body.id]: ['pending', expect.stringContaining('localhost is 127.0.0.1, not a public address')],
      });
    });
    // where loopback is allowed, the same deliveries go out on their next try
    expect((await dispatchWebhooks(t.database.db, later(31))).delivered).toBeGreaterThanOrEqual(2);
    expect((await errors()).map((r) => r.status)).toEqual(['delivered', 'delivered']);
    expect(received.filter((r) => JSON.parse(r.body).data.caseId === c!.id)).toHaveLength(2);
  });
});

