import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { webhookMaxAttempts, webhookRetryDelaySeconds, type WebhookEventType } from '@union/shared';
import type { Db } from '../../db/client.js';
import { now as clockNow } from '../../lib/clock.js';
import { repeatInBackground } from '../../scheduler.js';
import { postWebhook } from './webhooks.targets.js';

/**
 * Delivers the outbox: fans new events out to the subscriptions that hear them, then POSTs each due
 * delivery, signed, and records what the receiver answered. Failures are retried with backoff and
 * given up after `webhookMaxAttempts`. It runs as the database owner, outside any request; claims
 * use `skip locked`, so several servers on one database share the work without sending twice.
 */
export interface DispatchOptions {
  /** How long a receiver may take to answer. */
  timeoutMs?: number;
  /** Deliveries tried per round. */
  batch?: number;
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: what X-Webhook-Signature carries. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export async function dispatchWebhooks(db: Db, now = clockNow(), opts: DispatchOptions = {}) {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const events = await fanOut(db, now);
  const due = await claimDue(db, now, opts.batch ?? 50, timeoutMs);
  const outcomes = await Promise.all(due.map((d) => deliver(db, d, now, timeoutMs)));
  return {
    events,
    delivered: outcomes.filter((o) => o === 'delivered').length,
    retrying: outcomes.filter((o) => o === 'pending').length,
    failed: outcomes.filter((o) => o === 'failed').length,
  };
}

/** New events become one delivery per subscription that hears them: active, of the type, its office above one of the event's. */
async function fanOut(db: Db, now: Date): Promise<number> {
  const { rows } = await db.execute<{ id: string }>(sql`
    with batch as (
      select id from webhook_events where dispatched_at is null order by occurred_at limit 500 for update skip locked
    ), fan as (
      insert into webhook_deliveries (subscription_id, event_id, event_type, next_attempt_at)
      select s.id, e.id, e.type, ${ts(now)}
      from webhook_events e
      join batch b on b.id = e.id
      join webhook_subscriptions s on s.active and e.type = any(s.event_types) and s.created_at <= e.occurred_at
      join offices so on so.id = s.office_id
      left join api_clients c on c.id = s.api_client_id
      where c.revoked_at is null
        and exists (select 1 from offices eo where eo.id = any(e.office_ids) and eo.path like so.path || '%')
      on conflict do nothing
    )
    update webhook_events set dispatched_at = ${ts(now)} where id in (select id from batch) returning id`);
  return rows.length;
}

type Due = {
  id: string;
  attempts: number;
  eventId: string;
  type: WebhookEventType;
  data: unknown;
  occurredAt: string;
  url: string;
  secret: string;
};

/** Takes due deliveries of active subscriptions for this round: pushing their next try past the round keeps other servers off them. */
async function claimDue(db: Db, now: Date, batch: number, timeoutMs: number): Promise<Due[]> {
  const lease = new Date(now.getTime() + timeoutMs + 60_000);
  const { rows } = await db.execute<Due>(sql`
    with due as (
      -- a paused subscription or a revoked client keeps its deliveries waiting, unsent
      select d.id from webhook_deliveries d
      join webhook_subscriptions s on s.id = d.subscription_id and s.active
      left join api_clients c on c.id = s.api_client_id
      where d.status = 'pending' and d.next_attempt_at <= ${ts(now)} and c.revoked_at is null
      order by d.next_attempt_at limit ${batch} for update of d skip locked
    )
    update webhook_deliveries d set next_attempt_at = ${ts(lease)}
    from due, webhook_events e, webhook_subscriptions s
    where d.id = due.id and e.id = d.event_id and s.id = d.subscription_id
    returning d.id, d.attempts, e.id as "eventId", e.type, e.data, e.occurred_at as "occurredAt", s.url, s.secret`);
  return rows;
}

async function deliver(db: Db, d: Due, now: Date, timeoutMs: number) {
  const body = JSON.stringify({ id: d.eventId, type: d.type, occurredAt: new Date(d.occurredAt).toISOString(), data: d.data });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  let responseStatus: number | null = null;
  let error: string | null = null;
  try {
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'union-legal-services-webhooks/1',
      'X-Webhook-Id': d.eventId,
      'X-Webhook-Timestamp': timestamp,
      'X-Webhook-Signature': signWebhook(d.secret, timestamp, body),
    };
    // a redirect is not a delivery (it is not followed): the subscriber fixes its URL
    responseStatus = await postWebhook(d.url, headers, body, timeoutMs);
    if (responseStatus < 200 || responseStatus >= 300) error = `HTTP ${responseStatus}`;
  } catch (err) {
    error = (err as Error).name === 'AbortError' ? `no answer within ${timeoutMs} ms` : (err as Error).message.slice(0, 500);
  }
  const attempts = d.attempts + 1;
  const status = !error ? 'delivered' : attempts >= webhookMaxAttempts ? 'failed' : 'pending';
  const next = status === 'pending' ? new Date(now.getTime() + webhookRetryDelaySeconds(attempts) * 1000) : null;
  await db.execute(sql`
    update webhook_deliveries
    set status = ${status}, attempts = ${attempts}, last_attempt_at = ${ts(now)}, response_status = ${responseStatus}, error = ${error},
        next_attempt_at = ${next && ts(next)}, delivered_at = ${status === 'delivered' ? ts(now) : null}
    where id = ${d.id}`);
  return status;
}

/** Runs the dispatcher every few seconds in the server process (tests call `dispatchWebhooks` themselves). */
export function startWebhookDispatcher(db: Db, log: FastifyBaseLogger, everyMs = 5_000): () => void {
  return repeatInBackground(everyMs, log, 'webhook round', async () => {
    const result = await dispatchWebhooks(db);
    if (result.events || result.delivered || result.retrying || result.failed) log.info({ webhooks: result }, 'webhook round');
  }).stop;
}
