import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, Lawyer, LawyerCreate, LawyerListQuery, LawyerUpdate, Page, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './lawyers.service.js';

const lawyerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/lawyers',
    {
      config: { access: 'people:read' },
      schema: {
        tags: ['lawyers'],
        summary: 'Lawyers of the city network; `?q=` searches name, licence number and firm; `?pool=` one pool',
        querystring: LawyerListQuery,
        response: { 200: Page(Lawyer) },
      },
    },
    async (req) => service.listLawyers(req.ctx, req.query),
  );

  app.get(
    '/lawyers/:id',
    { config: { access: 'people:read' }, schema: { tags: ['lawyers'], params: IdParams, response: { 200: Lawyer, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getLawyer(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toLawyer(row);
    },
  );

  app.post(
    '/lawyers',
    {
      config: { access: 'people:write' },
      schema: { tags: ['lawyers'], summary: 'Adds a lawyer kept by an office of the caller’s subtree (by default the caller’s own)', body: LawyerCreate, response: { 201: Lawyer, 409: Problem, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.createLawyer(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/lawyers/${row.id}`);
      return service.toLawyer(row);
    },
  );

  app.patch(
    '/lawyers/:id',
    {
      config: { access: 'people:write' },
      schema: {
        tags: ['lawyers'],
        summary: 'Changes a lawyer; send If-Match with its ETag',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: LawyerUpdate,
        response: { 200: Lawyer, 403: Problem, 409: Problem, 412: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateLawyer(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toLawyer(row);
    },
  );
};
export default lawyerRoutes;
