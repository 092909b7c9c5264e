import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import { labelIn, permissionLabels, type Permission } from '@union/shared';
import type { Config } from '../config/env.js';
import { inScopeTransaction, type Database } from '../db/client.js';
import type { Ctx, Principal } from '../lib/context.js';
import { AppError } from '../lib/errors.js';
import { principalForApiKey } from '../modules/api-clients/api-clients.service.js';
import { principalForSession } from '../modules/auth/auth.service.js';
import { declareIdempotencyKey, withIdempotency } from './idempotency.js';
// `req.language` is declared there: a program that reaches this file without the app (the bench's seeding) needs it too
import type {} from './problem.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call a route under /api/v1: `public` for anyone, `signed-in` for any caller, or the
     * permission the caller must hold. Routes say nothing else about access.
     */
    access?: 'public' | 'signed-in' | Permission;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The scoped transaction and caller, for the route's service call. */
    ctx: Ctx;
  }
}

const API_PREFIX = '/api/v1';

/**
 * Access in one place: every route under /api/v1 that is not public authenticates its caller,
 * checks the route's permission, and runs its handler in one transaction as the scoped database
 * role, so that row-level security limits every query to the caller's office subtree.
 */
export default fp(async function scopePlugin(app: FastifyInstance, opts: { config: Config; database: Database }) {
  await app.register(fastifyJwt, {
    secret: opts.config.jwtSecret,
    sign: { expiresIn: opts.config.accessTokenTtlSeconds },
  });
  app.decorateRequest('principal', null);
  app.decorateRequest('ctx', null as unknown as Ctx);

  async function authenticate(req: FastifyRequest) {
    const apiKey = req.headers['x-api-key'];
    if (apiKey !== undefined) {
      // an integration: the key's office and permissions, looked up on every request so that revoking acts at once
      const principal = typeof apiKey === 'string' ? await principalForApiKey(opts.database.db, apiKey) : null;
      if (!principal) throw new AppError('unauthenticated', { detail: 'the API key is unknown or revoked' });
      req.principal = principal;
      return;
    }
    const header = req.headers.authorization;
    if (!header || !/^Bearer\s+\S+$/i.test(header)) throw new AppError('unauthenticated');
    let claims: { sub: string; sid: string };
    try {
      claims = await req.jwtVerify<{ sub: string; sid: string }>();
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new AppError(code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? 'token_expired' : 'unauthenticated');
    }
    if (typeof claims?.sub !== 'string' || typeof claims?.sid !== 'string') throw new AppError('unauthenticated');
    const principal = await principalForSession(opts.database.db, claims);
    if (!principal) throw new AppError('unauthenticated', { rule: 'auth.refresh_invalid' });
    req.principal = principal;
  }

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access ?? 'signed-in';
    if (access === 'public') return;
    declareIdempotencyKey(route);
    const checkAccess = async (req: FastifyRequest) => {
      await authenticate(req);
      if (access !== 'signed-in' && !req.principal!.permissions.has(access)) {
        throw new AppError('forbidden', { rule: 'auth.permission_required', params: { permission: labelIn(permissionLabels[access], req.language) } });
      }
    };
    route.onRequest = [...toArray(route.onRequest), checkAccess];
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function scopedHandler(this: FastifyInstance, req: FastifyRequest, reply: FastifyReply) {
      const principal = req.principal!;
      // The answer goes out after the commit, never before: a client that gets 201 can read what it made.
      // Handlers therefore return their payload; sending from inside the transaction is refused.
      const send = reply.send;
      reply.send = () => {
        throw new Error(`${route.method} ${route.url}: return the payload instead of reply.send() inside the transaction`);
      };
      try {
        return await inScopeTransaction(
          opts.database.db,
          principal.officePath,
          async (tx) => {
            req.ctx = { db: tx, actor: principal, requestId: req.id, language: req.language };
            return withIdempotency(req, reply, tx, principal.id, async () => handler.call(this, req, reply));
          },
          principal.id,
          isLawyerOnly(principal),
        );
      } finally {
        reply.send = send;
      }
    };
  });
});

/** A caller whose only role is `lawyer` sees only their own legal-aid matters (the database enforces it). */
export const isLawyerOnly = (p: Principal) => p.via === 'session' && p.roles.length > 0 && p.roles.every((r) => r === 'lawyer');

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
