import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgPolicy, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Permission, WebhookDeliveryStatus, WebhookEventType } from '@union/shared';
import { appScoped, inScope, offices } from './schema.js';
import { at, primaryId, timestamps } from './columns.js';

/**
 * Integrations (api.md "Auth", "Idempotency", /api-clients, /webhooks): keys other systems call
 * with, the answers of creates kept for retries, and the outbox of events for subscribers.
 */

/** An integration's API key, acting for an office subtree with a list of permissions. */
export const apiClients = pgTable(
  'api_clients',
  {
    id: primaryId(),
    name: text('name').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    /** The key's first characters, shown to tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    /**
     * SHA-256 of the key. The key is 256 random bits, so a fast hash is as safe as a slow one
     * (nothing to guess from a dictionary) and lets every request find its key by an index lookup.
     */
    keyHash: text('key_hash').notNull(),
    permissions: text('permissions').array().$type<Permission[]>().notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: at('created_at').notNull().defaultNow(),
    /** Written at most once a minute per key, not on every request. */
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('api_clients_key_hash_key').on(t.keyHash),
    index('api_clients_office_idx').on(t.officeId),
    pgPolicy('api_clients_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

const caller = sql.raw(`nullif(current_setting('app.user_id', true), '')::uuid`);

/**
 * The first answer to a create sent with `Idempotency-Key`, per caller (a user or an API client).
 * Written in the create's own transaction: the record and its answer exist together or not at all.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principalId: uuid('principal_id').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    body: jsonb('body'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'idempotency_keys_pkey', columns: [t.principalId, t.key] }),
    index('idempotency_keys_expires_idx').on(t.expiresAt),
    pgPolicy('idempotency_keys_own', { for: 'all', to: appScoped, using: sql`${t.principalId} = ${caller}`, withCheck: sql`${t.principalId} = ${caller}` }),
  ],
);

/** Who hears of events: the subtree of `officeId`, for an API client or for the office itself. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: primaryId(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    apiClientId: uuid('api_client_id').references(() => apiClients.id),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().$type<WebhookEventType[]>().notNull(),
    /** The HMAC key deliveries are signed with; kept readable because signing needs it. */
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('webhook_subscriptions_office_idx').on(t.officeId),
    index('webhook_subscriptions_client_idx').on(t.apiClientId),
    pgPolicy('webhook_subscriptions_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

/**
 * The outbox: an event is written in the transaction of the change it reports and fanned out to
 * subscriptions by the dispatcher afterwards. `officeIds` are the offices it concerns (a transfer
 * concerns both sides); a subscription hears it when one of them is in its subtree.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: primaryId(),
    type: text('type').$type<WebhookEventType>().notNull(),
    officeIds: uuid('office_ids').array().notNull(),
    data: jsonb('data').notNull(),
    occurredAt: at('occurred_at').notNull().defaultNow(),
    dispatchedAt: at('dispatched_at'),
  },
  (t) => [
    index('webhook_events_pending_idx').on(t.occurredAt).where(sql`${t.dispatchedAt} is null`),
    // any change may report an event; reading them back is the dispatcher's, as the owner
    pgPolicy('webhook_events_insert', { for: 'insert', to: appScoped, withCheck: sql`true` }),
  ],
);

/** One event for one subscription: its tries so far and what the receiver answered. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: primaryId(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => webhookEvents.id),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at'),
    lastAttemptAt: at('last_attempt_at'),
    responseStatus: integer('response_status'),
    error: text('error'),
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_key').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt),
    pgPolicy('webhook_deliveries_read', {
      for: 'select',
      to: appScoped,
      using: sql`${t.subscriptionId} in (select s.id from webhook_subscriptions s)`,
    }),
  ],
);
