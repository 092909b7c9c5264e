import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, LaborWarning, LaborWarningCreate, LaborWarningListQuery, LaborWarningResolve, Page, Problem } from '@union/shared';
import { ifMatchVersion } from '../../lib/versioning.js';
import * as service from './warnings.service.js';

const warningRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/warnings',
    { config: { access: 'cases:read' }, schema: { tags: ['warnings'], summary: 'Labor-relations warnings of the caller’s subtree, newest first', querystring: LaborWarningListQuery, response: { 200: Page(LaborWarning) } } },
    async (req) => service.listWarnings(req.ctx, req.query),
  );
  app.get(
    '/warnings/:id',
    { config: { access: 'cases:read' }, schema: { tags: ['warnings'], params: IdParams, response: { 200: LaborWarning, 404: Problem } } },
    async (req) => service.getWarning(req.ctx, req.params.id),
  );
  app.post(
    '/warnings',
    { config: { access: 'cases:write' }, schema: { tags: ['warnings'], summary: 'Files a warning about an employer, without a case', body: LaborWarningCreate, response: { 201: LaborWarning, 422: Problem } } },
    async (req, reply) => {
      const warning = await service.fileWarning(req.ctx, req.body);
      reply.code(201).header('Location', `/api/v1/warnings/${warning.id}`);
      return warning;
    },
  );
  app.post(
    '/warnings/:id/resolve',
    {
      config: { access: 'cases:write' },
      schema: { tags: ['warnings'], params: IdParams, headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }), body: LaborWarningResolve, response: { 200: LaborWarning, 409: Problem, 412: Problem } },
    },
    async (req) => service.resolveWarning(req.ctx, req.params.id, req.body.resolution, req.headers['if-match'] ? ifMatchVersion(req) : null),
  );
};
export default warningRoutes;
