import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { LoginBody, Me, Problem, RefreshBody, TokenPair } from '@union/shared';
import type { Config } from '../../config/env.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import * as service from './auth.service.js';

const authRoutes: FastifyPluginAsyncTypebox<{ config: Config; database: Database }> = async (app, { config, database }) => {
  const deps: service.AuthDeps = {
    db: database.db,
    signAccessToken: (payload) => app.jwt.sign(payload),
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
    refreshTokenTtlDays: config.refreshTokenTtlDays,
  };

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: config.loginRateLimit.max,
          timeWindow: config.loginRateLimit.windowMs,
          // per address and account: guessing one account's password is what this stops
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
          errorResponseBuilder: (_req, ctx) => new AppError('rate_limited', { detail: `too many login attempts; try again in ${Math.ceil(ctx.ttl / 1000)} s` }),
        },
      },
      schema: { tags: ['auth'], security: [], body: LoginBody, response: { 200: TokenPair, 401: Problem, 429: Problem } },
    },
    async (req) => service.login(deps, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'], requestId: req.id }),
  );

  app.post(
    '/auth/refresh',
    { config: { access: 'public' }, schema: { tags: ['auth'], security: [], body: RefreshBody, response: { 200: TokenPair, 401: Problem } } },
    async (req) => service.refresh(deps, { refreshToken: req.body.refreshToken, requestId: req.id }),
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Ends the session of the access token: its refresh token dies with it', response: { 204: Type.Null() } } },
    async (req, reply) => {
      await service.logout(req.ctx);
      reply.code(204);
      return null;
    },
  );

  app.get('/me', { schema: { tags: ['auth'], response: { 200: Me } } }, async (req) => service.describePrincipal(req.principal!));
};
export default authRoutes;
