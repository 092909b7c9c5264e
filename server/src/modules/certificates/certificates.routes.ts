import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ExpiringCertificate, ExpiringQuery, Page } from '@union/shared';
import * as service from './certificates.service.js';

const certificateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/certificates/expiring',
    {
      config: { access: 'people:read' },
      schema: {
        tags: ['certificates'],
        summary: 'Certificates of active mediators, supervisors and lawyers of the caller’s subtree that run out within `withinDays` or already have, soonest first',
        querystring: ExpiringQuery,
        response: { 200: Page(ExpiringCertificate) },
      },
    },
    async (req) => service.listExpiring(req.ctx, req.query),
  );
};
export default certificateRoutes;
