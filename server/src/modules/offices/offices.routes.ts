import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, NetworkOffice, NetworkOfficeQuery, Office, OfficeCreate, OfficeListQuery, OfficeTree, OfficeUpdate, Page, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import { listNetworkOfficesByKind } from './offices.repo.js';
import * as service from './offices.service.js';

const officeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/offices',
    {
      config: { access: 'offices:read' },
      schema: {
        tags: ['offices'],
        summary: 'The offices of the caller’s subtree, paged; `?view=tree` nests the whole subtree',
        querystring: OfficeListQuery,
        response: { 200: Type.Union([Page(Office), OfficeTree]) },
      },
    },
    async (req) => (req.query.view === 'tree' ? service.officeTree(req.ctx) : service.listOffices(req.ctx, req.query)),
  );

  app.get(
    '/offices/network',
    {
      config: { access: 'offices:read' },
      schema: {
        tags: ['offices'],
        summary: 'Offices of one kind across the caller’s city network (e.g. the union offices an employer may report to)',
        querystring: NetworkOfficeQuery,
        response: { 200: Type.Object({ items: Type.Array(NetworkOffice) }) },
      },
    },
    async (req) => ({ items: await listNetworkOfficesByKind(req.ctx.db, req.query.kind) }),
  );

  app.get(
    '/offices/:id',
    {
      config: { access: 'offices:read' },
      schema: { tags: ['offices'], params: IdParams, response: { 200: Office, 404: Problem } },
    },
    async (req, reply) => {
      const row = await service.getOffice(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toOffice(row);
    },
  );

  app.post(
    '/offices',
    {
      config: { access: 'offices:write' },
      schema: { tags: ['offices'], body: OfficeCreate, response: { 201: Office, 400: Problem, 422: Problem } },
    },
    async (req, reply) => {
      const row = await service.createOffice(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/offices/${row.id}`);
      return service.toOffice(row);
    },
  );

  app.patch(
    '/offices/:id',
    {
      config: { access: 'offices:write' },
      schema: {
        tags: ['offices'],
        summary: 'Changes an office; send If-Match with its ETag',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: OfficeUpdate,
        response: { 200: Office, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateOffice(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toOffice(row);
    },
  );
};
export default officeRoutes;
