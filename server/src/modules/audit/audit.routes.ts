import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditEntry, AuditListQuery, Page } from '@union/shared';
import { toPage } from '../../lib/paging.js';
import { listAudit } from './audit.repo.js';

/** The write log of the caller's subtree, newest first. */
const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit-log',
    { config: { access: 'audit:read' }, schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: Page(AuditEntry) } } },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const page = toPage(await listAudit(req.ctx.db, req.query, limit), limit, (r) => r.at);
      return { items: page.items.map((r) => ({ ...r, at: r.at.toISOString() })), nextCursor: page.nextCursor };
    },
  );
};
export default auditRoutes;
