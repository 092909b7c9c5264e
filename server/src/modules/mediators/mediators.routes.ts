import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, Mediator, MediatorCreate, MediatorListQuery, MediatorUpdate, Page, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './mediators.service.js';

const mediatorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/mediators',
    {
      config: { access: 'people:read' },
      schema: {
        tags: ['mediators'],
        summary: 'Mediators of the organizations the caller sees (filed ones across the network); `?q=` searches name, phone and certificate number',
        querystring: MediatorListQuery,
        response: { 200: Page(Mediator) },
      },
    },
    async (req) => service.listMediators(req.ctx, req.query),
  );

  app.get(
    '/mediators/:id',
    { config: { access: 'people:read' }, schema: { tags: ['mediators'], params: IdParams, response: { 200: Mediator, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getMediator(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toMediator(row);
    },
  );

  app.post(
    '/mediators',
    {
      config: { access: 'people:write' },
      schema: { tags: ['mediators'], summary: 'Adds a mediator to an organization the caller files or reviews', body: MediatorCreate, response: { 201: Mediator, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.createMediator(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/mediators/${row.id}`);
      return service.toMediator(row);
    },
  );

  app.patch(
    '/mediators/:id',
    {
      config: { access: 'people:write' },
      schema: {
        tags: ['mediators'],
        summary: 'Changes a mediator; send If-Match with its ETag',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: MediatorUpdate,
        response: { 200: Mediator, 403: Problem, 412: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateMediator(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toMediator(row);
    },
  );
};
export default mediatorRoutes;
