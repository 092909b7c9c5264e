import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CoverageQuery, CoverageReport, Problem } from '@union/shared';
import * as service from './stats.service.js';

const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/stats/coverage',
    {
      config: { access: 'stats:read' },
      schema: {
        tags: ['stats'],
        summary: 'The coverage figures of domain.md §8 for a subtree, each against its target; `?by=district` adds each district',
        querystring: CoverageQuery,
        response: { 200: CoverageReport, 404: Problem },
      },
    },
    async (req) => service.coverage(req.ctx, req.query),
  );
};
export default statsRoutes;
