import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, Page, Problem, Supervisor, SupervisorCreate, SupervisorListQuery, SupervisorUpdate } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './supervisors.service.js';

const supervisorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/supervisors',
    {
      config: { access: 'people:read' },
      schema: {
        tags: ['supervisors'],
        summary: 'Labor-law supervisors of the caller’s subtree; `?q=` searches name, phone and certificate number',
        querystring: SupervisorListQuery,
        response: { 200: Page(Supervisor) },
      },
    },
    async (req) => service.listSupervisors(req.ctx, req.query),
  );

  app.get(
    '/supervisors/:id',
    { config: { access: 'people:read' }, schema: { tags: ['supervisors'], params: IdParams, response: { 200: Supervisor, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getSupervisor(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toSupervisor(row);
    },
  );

  app.post(
    '/supervisors',
    {
      config: { access: 'people:write' },
      schema: { tags: ['supervisors'], summary: 'Adds a supervisor at an office of the caller’s subtree (by default the caller’s own)', body: SupervisorCreate, response: { 201: Supervisor, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.createSupervisor(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/supervisors/${row.id}`);
      return service.toSupervisor(row);
    },
  );

  app.patch(
    '/supervisors/:id',
    {
      config: { access: 'people:write' },
      schema: {
        tags: ['supervisors'],
        summary: 'Changes a supervisor; send If-Match with its ETag',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: SupervisorUpdate,
        response: { 200: Supervisor, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateSupervisor(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toSupervisor(row);
    },
  );
};
export default supervisorRoutes;
