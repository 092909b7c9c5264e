import { randomBytes } from 'node:crypto';
import type {
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookEventData,
  WebhookEventType,
  WebhookListQuery,
  WebhookSubscription,
  WebhookSubscriptionCreate,
  WebhookSubscriptionUpdate,
} from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { webhookEvents } from '../../db/schema.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { getApiClient } from '../api-clients/api-clients.service.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './webhooks.repo.js';
import { urlOutOfReach } from './webhooks.targets.js';

/**
 * The outbox insert of an event, in the caller's transaction: if the change rolls back, so does the
 * event. `officeIds` are the offices it concerns; the dispatcher delivers it later. Await it alone,
 * or hand it to recordAudit's `alongside` to write it with the change's audit entry in one statement.
 */
export const webhookEventInsert = <T extends WebhookEventType>(ctx: { db: DbOrTx }, type: T, data: WebhookEventData[T], officeIds: string[]) =>
  ctx.db.insert(webhookEvents).values({ type, data, officeIds: [...new Set(officeIds)] });

export function toSubscription(row: repo.SubscriptionRow): WebhookSubscription {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export async function listSubscriptions(ctx: Ctx, query: WebhookListQuery) {
  const limit = query.limit ?? 50;
  // an integration sees its own subscriptions
  const apiClientId = ctx.actor.via === 'api_key' ? ctx.actor.id : query.apiClientId;
  const rows = await repo.listSubscriptions(ctx.db, { apiClientId }, { cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r.createdAt);
  return { items: page.items.map(toSubscription), nextCursor: page.nextCursor };
}

export async function getSubscription(ctx: Ctx, id: string) {
  const row = await repo.findSubscription(ctx.db, id);
  if (!row || (ctx.actor.via === 'api_key' && row.apiClientId !== ctx.actor.id)) throw notFound('webhook subscription');
  return row;
}

/**
 * Subscribes a URL to event types: for an API client (a key subscribes for itself), hearing the
 * client's subtree, or for an office of the caller's subtree. Answers the signing secret this once.
 */
export async function createSubscription(ctx: Ctx, input: WebhookSubscriptionCreate) {
  const apiClientId = ctx.actor.via === 'api_key' ? ctx.actor.id : (input.apiClientId ?? null);
  if (apiClientId && input.officeId) {
    throw new AppError('validation_failed', { detail: 'a client’s subscription hears the client’s subtree: send apiClientId or officeId, not both', errors: [{ path: 'officeId', rule: 'required' }] });
  }
  let officeId = input.officeId ?? ctx.actor.officeId;
  if (apiClientId) {
    const client = await getApiClient(ctx, apiClientId);
    if (client.revokedAt) throw ruleViolated([{ path: 'apiClientId', rule: 'api_client.revoked' }]);
    officeId = client.officeId;
  } else if (!(await officeInSubtree(ctx, officeId))) {
    throw ruleViolated([{ path: 'officeId', rule: 'scope.office_outside' }]);
  }
  if (urlOutOfReach(input.url)) throw ruleViolated([{ path: 'url', rule: 'webhook.url_not_public' }]);
  const secret = newSecret();
  const row = await repo.insertSubscription(ctx.db, { officeId, apiClientId, url: input.url, eventTypes: input.eventTypes, secret });
  await recordAudit(ctx, { action: 'webhook.create', entity: 'webhook_subscription', entityId: row.id, officeId, after: toSubscription(row) });
  return { ...toSubscription(row), secret };
}

export async function updateSubscription(ctx: Ctx, id: string, input: WebhookSubscriptionUpdate, expectedVersion: number) {
  const row = await getSubscription(ctx, id);
  expectVersion(row.version, expectedVersion);
  if (input.url && urlOutOfReach(input.url)) throw ruleViolated([{ path: 'url', rule: 'webhook.url_not_public' }]);
  if (!(await repo.updateSubscription(ctx.db, id, row.version, input))) throw new AppError('version_conflict');
  const updated = (await repo.findSubscription(ctx.db, id))!;
  await recordAudit(ctx, { action: 'webhook.update', entity: 'webhook_subscription', entityId: id, officeId: row.officeId, before: toSubscription(row), after: toSubscription(updated) });
  return updated;
}

/**
 * A new signing secret, answered this once; the old one stops at once. Every delivery from now on,
 * the retries of earlier events included, is signed with the new one (deliveries are signed when sent).
 */
export async function rotateSecret(ctx: Ctx, id: string, expectedVersion: number) {
  const row = await getSubscription(ctx, id);
  expectVersion(row.version, expectedVersion);
  const secret = newSecret();
  if (!(await repo.updateSubscription(ctx.db, id, row.version, { secret }))) throw new AppError('version_conflict');
  const updated = (await repo.findSubscription(ctx.db, id))!;
  // the log keeps that it changed, never the secret
  await recordAudit(ctx, { action: 'webhook.rotate_secret', entity: 'webhook_subscription', entityId: id, officeId: row.officeId, before: { version: row.version }, after: { version: updated.version } });
  return { ...toSubscription(updated), secret };
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function listDeliveries(ctx: Ctx, id: string, query: WebhookDeliveryQuery) {
  await getSubscription(ctx, id);
  const limit = query.limit ?? 50;
  const rows = await repo.listDeliveries(ctx.db, id, query, { cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r.createdAt);
  return {
    items: page.items.map(
      (r): WebhookDelivery => ({
        id: r.id,
        eventId: r.eventId,
        eventType: r.eventType,
        status: r.status,
        attempts: r.attempts,
        responseStatus: r.responseStatus,
        error: r.error,
        createdAt: r.createdAt.toISOString(),
        lastAttemptAt: iso(r.lastAttemptAt),
        nextAttemptAt: r.status === 'pending' ? iso(r.nextAttemptAt) : null,
        deliveredAt: iso(r.deliveredAt),
      }),
    ),
    nextCursor: page.nextCursor,
  };
}
