import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, Page, Problem, User, UserCreate, UserListQuery, UserUpdate } from '@union/shared';
import { ifMatchVersion, setEtag } from '../../lib/versioning.js';
import * as service from './users.service.js';

const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/users',
    { config: { access: 'users:read' }, schema: { tags: ['users'], querystring: UserListQuery, response: { 200: Page(User) } } },
    async (req) => service.listUsers(req.ctx, req.query),
  );

  app.get(
    '/users/:id',
    { config: { access: 'users:read' }, schema: { tags: ['users'], params: IdParams, response: { 200: User, 404: Problem } } },
    async (req, reply) => {
      const row = await service.getUser(req.ctx, req.params.id);
      setEtag(reply, row.version);
      return service.toUser(row);
    },
  );

  app.post(
    '/users',
    { config: { access: 'users:write' }, schema: { tags: ['users'], body: UserCreate, response: { 201: User, 409: Problem, 422: Problem } } },
    async (req, reply) => {
      const row = await service.createUser(req.ctx, req.body);
      setEtag(reply, row.version);
      reply.code(201).header('Location', `/api/v1/users/${row.id}`);
      return service.toUser(row);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'users:write' },
      schema: {
        tags: ['users'],
        params: IdParams,
        headers: Type.Object({ 'if-match': Type.Optional(Type.String()) }),
        body: UserUpdate,
        response: { 200: User, 412: Problem, 422: Problem },
      },
    },
    async (req, reply) => {
      const row = await service.updateUser(req.ctx, req.params.id, req.body, ifMatchVersion(req));
      setEtag(reply, row.version);
      return service.toUser(row);
    },
  );
};
export default userRoutes;
