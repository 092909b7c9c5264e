import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  IdParams,
  Page,
  Problem,
  WebhookDelivery,
  WebhookDeliveryQuery,
  WebhookListQuery,
  WebhookSubscription,
  WebhookSubscriptionCreate,
  WebhookSubscriptionCreated,
  WebhookSubscriptionUpdate,
} from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './webhooks.service.js';

const tags = ['webhooks'];

const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/webhooks',
    { config: { access: 'webhooks:write' }, schema: { tags, querystring: WebhookListQuery, response: { 200: Page(WebhookSubscription) } } },
    async (req) => service.listSubscriptions(req.ctx, req.query),
  );

  app.get(
    '/webhooks/:id',
    { config: { access: 'webhooks:write' }, schema: { tags, params: IdParams, response: { 200: WebhookSubscription, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getSubscription(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toSubscription(row);
    },
  );

  app.post(
    '/webhooks',
    {
      config: { access: 'webhooks:write' },
      schema: {
        tags,
        description:
          'Subscribes a URL to event types. Deliveries are `POST` JSON `{id, type, occurredAt, data}` with `X-Webhook-Id`, `X-Webhook-Timestamp` and `X-Webhook-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret>`; the answer carries `secret`, shown this once. A non-2xx answer or no answer within 10 s is retried with backoff.',
        body: WebhookSubscriptionCreate,
        response: { 201: WebhookSubscriptionCreated, 404: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const created = await service.createSubscription(req.ctx, req.body);
      setEtag(reply, created.version);
      reply.code(201).header('Location', `/api/v1/webhooks/${created.id}`);
      return created;
    },
  );

  app.patch(
    '/webhooks/:id',
    {
      config: { access: 'webhooks:write' },
      schema: {
        tags,
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: WebhookSubscriptionUpdate,
        response: { 200: WebhookSubscription, 404: Problem, 412: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateSubscription(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toSubscription(row);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      config: { access: 'webhooks:write' },
      schema: {
        tags,
        description: 'A new signing secret, shown this once; the old one stops at once, and every delivery from now on (retries included) is signed with the new one. Needs If-Match.',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        response: { 200: WebhookSubscriptionCreated, 404: Problem, 412: Problem, 428: Problem },
      },
    },
    async (req, reply) => {
      const rotated = await service.rotateSecret(req.ctx, req.params.id, ifMatchVersion(req));
      setEtag(reply, rotated.version);
      return rotated;
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    { config: { access: 'webhooks:write' }, schema: { tags, params: IdParams, querystring: WebhookDeliveryQuery, response: { 200: Page(WebhookDelivery), 404: Problem } } },
    async (req) => service.listDeliveries(req.ctx, req.params.id, req.query),
  );
};
export default webhookRoutes;
