import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ApiClient, ApiClientCreate, ApiClientCreated, ApiClientListQuery, IdParams, Page, Problem } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './api-clients.service.js';

const tags = ['api-clients'];

const apiClientRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api-clients',
    { config: { access: 'api_clients:write' }, schema: { tags, querystring: ApiClientListQuery, response: { 200: Page(ApiClient) } } },
    async (req) => service.listApiClients(req.ctx, req.query),
  );

  app.get(
    '/api-clients/:id',
    { config: { access: 'api_clients:write' }, schema: { tags, params: IdParams, response: { 200: ApiClient, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getApiClient(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toApiClient(row);
    },
  );

  app.post(
    '/api-clients',
    {
      config: { access: 'api_clients:write' },
      schema: {
        tags,
        description: 'Creates an API key for an office of your subtree with some of your permissions. The answer carries `key`, shown this once.',
        body: ApiClientCreate,
        response: { 201: ApiClientCreated, 403: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const created = await service.createApiClient(req.ctx, req.body);
      setEtag(reply, created.version);
      reply.code(201).header('Location', `/api/v1/api-clients/${created.id}`);
      return created;
    },
  );

  app.post(
    '/api-clients/:id/revoke',
    {
      config: { access: 'api_clients:write' },
      schema: {
        tags,
        description: 'Revokes the key at once; revoking a revoked key changes nothing. `If-Match` is optional.',
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        response: { 200: ApiClient, 404: Problem, 412: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.revokeApiClient(req.ctx, req.params.id, req.headers['if-match'] ? ifMatchVersion(req) : null);
      setEtag(reply, row.version);
      return service.toApiClient(row);
    },
  );
};
export default apiClientRoutes;
