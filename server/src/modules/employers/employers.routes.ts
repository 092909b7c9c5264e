import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Employer, EmployerCreate, EmployerListQuery, EmployerUpdate, IdParams, Page, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './employers.service.js';

const employerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/employers',
    {
      config: { access: 'employers:read' },
      schema: { tags: ['employers'], summary: 'Employers of the city network; `?q=` searches name and credit code', querystring: EmployerListQuery, response: { 200: Page(Employer) } },
    },
    async (req) => service.listEmployers(req.ctx, req.query),
  );

  app.get(
    '/employers/:id',
    { config: { access: 'employers:read' }, schema: { tags: ['employers'], params: IdParams, response: { 200: Employer, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getEmployer(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toEmployer(row);
    },
  );

  app.post(
    '/employers',
    { config: { access: 'employers:write' }, schema: { tags: ['employers'], body: EmployerCreate, response: { 201: Employer, 409: Problem, 422: Problem } } },
    async (req, reply) => {
      const row = await service.createEmployer(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/employers/${row.id}`);
      return service.toEmployer(row);
    },
  );

  app.patch(
    '/employers/:id',
    {
      config: { access: 'employers:write' },
      schema: {
        tags: ['employers'],
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: EmployerUpdate,
        response: { 200: Employer, 409: Problem, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateEmployer(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toEmployer(row);
    },
  );
};
export default employerRoutes;
