import { Type } from 'typebox';
import { Name, PageQuery, Timestamp, Uuid } from '../common/schemas.js';
import { PermissionSchema } from '../auth/schemas.js';
import { webhookDeliveryStatuses, webhookEventTypes } from './integrations.js';

export const ApiClient = Type.Object({
  id: Uuid,
  name: Type.String(),
  officeId: Uuid,
  officeName: Type.String(),
  /** The key's first characters, to tell keys apart; the key itself is shown once, at creation. */
  keyPrefix: Type.String(),
  permissions: Type.Array(PermissionSchema),
  createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  lastUsedAt: Type.Union([Timestamp, Type.Null()]),
  revokedAt: Type.Union([Timestamp, Type.Null()]),
  version: Type.Integer(),
});
export type ApiClient = Type.Static<typeof ApiClient>;

/** The answer to a create: the only time the key is shown. */
export const ApiClientCreated = Type.Intersect([ApiClient, Type.Object({ key: Type.String({ description: 'send as X-Api-Key; shown once, stored hashed' }) })]);
export type ApiClientCreated = Type.Static<typeof ApiClientCreated>;

export const ApiClientCreate = Type.Object(
  {
    name: Name,
    /** Defaults to the creator's office; any office of the creator's subtree. */
    officeId: Type.Optional(Uuid),
    permissions: Type.Array(PermissionSchema, { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type ApiClientCreate = Type.Static<typeof ApiClientCreate>;

export const ApiClientListQuery = Type.Object(
  {
    ...PageQuery,
    officeId: Type.Optional(Uuid),
    revoked: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: Type.Optional(Type.Enum(['name', '-name', 'createdAt', '-createdAt'])),
  },
  { additionalProperties: false },
);
export type ApiClientListQuery = Type.Static<typeof ApiClientListQuery>;

const WebhookUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 });
const EventTypes = Type.Array(Type.Enum(webhookEventTypes), { minItems: 1, uniqueItems: true });

export const WebhookSubscription = Type.Object({
  id: Uuid,
  officeId: Uuid,
  officeName: Type.String(),
  apiClientId: Type.Union([Uuid, Type.Null()]),
  apiClientName: Type.Union([Type.String(), Type.Null()]),
  url: Type.String(),
  eventTypes: Type.Array(Type.Enum(webhookEventTypes)),
  active: Type.Boolean(),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type WebhookSubscription = Type.Static<typeof WebhookSubscription>;

/** The answer to a create: the signing secret is shown this once. */
export const WebhookSubscriptionCreated = Type.Intersect([
  WebhookSubscription,
  Type.Object({ secret: Type.String({ description: 'HMAC-SHA256 key of X-Webhook-Signature; shown once' }) }),
]);
export type WebhookSubscriptionCreated = Type.Static<typeof WebhookSubscriptionCreated>;

export const WebhookSubscriptionCreate = Type.Object(
  {
    url: WebhookUrl,
    eventTypes: EventTypes,
    /** Events of this office's subtree are delivered; defaults to the API client's or the creator's office. */
    officeId: Type.Optional(Uuid),
    /** The integration the subscription belongs to; a key creating a subscription owns it. */
    apiClientId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type WebhookSubscriptionCreate = Type.Static<typeof WebhookSubscriptionCreate>;

export const WebhookSubscriptionUpdate = Type.Object(
  { url: Type.Optional(WebhookUrl), eventTypes: Type.Optional(EventTypes), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type WebhookSubscriptionUpdate = Type.Static<typeof WebhookSubscriptionUpdate>;

export const WebhookListQuery = Type.Object({ ...PageQuery, apiClientId: Type.Optional(Uuid) }, { additionalProperties: false });
export type WebhookListQuery = Type.Static<typeof WebhookListQuery>;

export const WebhookDelivery = Type.Object({
  id: Uuid,
  eventId: Uuid,
  eventType: Type.Enum(webhookEventTypes),
  status: Type.Enum(webhookDeliveryStatuses),
  attempts: Type.Integer(),
  responseStatus: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  lastAttemptAt: Type.Union([Timestamp, Type.Null()]),
  nextAttemptAt: Type.Union([Timestamp, Type.Null()]),
  deliveredAt: Type.Union([Timestamp, Type.Null()]),
});
export type WebhookDelivery = Type.Static<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = Type.Object({ ...PageQuery, status: Type.Optional(Type.Enum(webhookDeliveryStatuses)) }, { additionalProperties: false });
export type WebhookDeliveryQuery = Type.Static<typeof WebhookDeliveryQuery>;
