import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, Notification, NotificationListQuery, Problem } from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import { notFound } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import * as repo from './notifications.repo.js';

/** The caller's inbox: notices to the caller's own office, each read or not by the caller. */
const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        querystring: NotificationListQuery,
        response: { 200: Type.Object({ items: Type.Array(Notification), nextCursor: Type.Union([Type.String(), Type.Null()]), unread: Type.Integer() }) },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const page = toPage(await repo.inbox(req.ctx.db, req.ctx.actor.officeId, req.query, limit), limit, (r) => r.createdAt);
      return {
        items: page.items.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
        nextCursor: page.nextCursor,
        unread: await repo.unreadCount(req.ctx.db, req.ctx.actor.officeId),
      };
    },
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags: ['notifications'], params: IdParams, response: { 204: Type.Null(), 404: Problem } } },
    async (req, reply) => {
      const notice = await repo.findNotice(req.ctx.db, req.ctx.actor.officeId, req.params.id);
      if (!notice) throw notFound('notification');
      await repo.markRead(req.ctx.db, req.ctx.actor.id, [notice.id]);
      await recordAudit(req.ctx, { action: 'notification.read', entity: 'notification', entityId: notice.id, officeId: req.ctx.actor.officeId });
      reply.code(204);
      return null;
    },
  );

  app.post('/notifications/read-all', { schema: { tags: ['notifications'], response: { 204: Type.Null() } } }, async (req, reply) => {
    const ids = await repo.unreadIds(req.ctx.db, req.ctx.actor.officeId);
    await repo.markRead(req.ctx.db, req.ctx.actor.id, ids);
    await recordAudit(req.ctx, { action: 'notification.read_all', entity: 'notification', officeId: req.ctx.actor.officeId, after: { count: ids.length } });
    reply.code(204);
    return null;
  });
};
export default notificationRoutes;
