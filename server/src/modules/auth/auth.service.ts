import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { permissionsOf, type Me } from '@union/shared';
import type { Db, DbOrTx } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx, Principal } from '../../lib/context.js';
import { AppError } from '../../lib/errors.js';
import * as repo from './auth.repo.js';
import { cachedPrincipal, forgetSession, rememberPrincipal } from './session-cache.js';

/** argon2id with the OWASP-recommended minimum cost (19 MiB, 2 passes). */
export const hashPassword = (password: string) =>
  hash(password, { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

/** A hash to verify against when the user does not exist, so timing does not tell usernames. */
let decoyHash: Promise<string> | null = null;

const sha256 = (token: string) => createHash('sha256').update(token).digest('base64url');
const newRefreshToken = () => randomBytes(32).toString('base64url');

export interface AuthDeps {
  db: Db;
  signAccessToken(payload: { sub: string; sid: string }): string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

type PrincipalRow = NonNullable<Awaited<ReturnType<typeof repo.findUserByUsername>>>;

/** A user as the services see a caller, without a session: what seeding acts as. */
export async function principalOfUser(db: DbOrTx, username: string): Promise<Principal | null> {
  const row = await repo.findUserByUsername(db, username);
  return row ? toPrincipal(row, null) : null;
}

function toPrincipal(row: PrincipalRow, sessionId: string | null): Principal {
  return {
    via: 'session',
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    officeId: row.officeId,
    officeName: row.officeName,
    officeKind: row.officeKind,
    officeTier: row.officeTier,
    officePath: row.officePath,
    roles: row.roles,
    permissions: permissionsOf(row.roles),
    sessionId,
  };
}

export function describePrincipal(p: Principal): Me {
  return {
    id: p.id,
    username: p.username,
    displayName: p.displayName,
    officeId: p.officeId,
    officeName: p.officeName,
    officeKind: p.officeKind,
    officeTier: p.officeTier,
    roles: p.roles,
    permissions: [...p.permissions],
    via: p.via,
  };
}

export async function login(deps: AuthDeps, opts: { username: string; password: string; ip?: string; userAgent?: string; requestId?: string }) {
  const user = await repo.findUserByUsername(deps.db, opts.username);
  if (!user) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoyHash, opts.password).catch(() => false);
    throw new AppError('invalid_credentials');
  }
  const ok = await verify(user.passwordHash, opts.password).catch(() => false);
  if (!ok) {
    await recordAudit({ db: deps.db, requestId: opts.requestId, actor: { id: user.id, username: user.username, officeId: user.officeId } }, {
      action: 'auth.login_failed',
      entity: 'user',
      entityId: user.id,
      officeId: user.officeId,
      after: { ip: opts.ip },
    });
    throw new AppError('invalid_credentials');
  }
  if (!user.active) throw new AppError('unauthenticated', { rule: 'auth.account_inactive' });
  return deps.db.transaction(async (tx) => {
    const session = await repo.insertSession(tx, {
      userId: user.id,
      expiresAt: new Date(Date.now() + deps.refreshTokenTtlDays * 86_400_000),
      ip: opts.ip ?? null,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    });
    const refreshToken = newRefreshToken();
    await repo.insertRefreshToken(tx, session.id, sha256(refreshToken));
    await repo.touchLastLogin(tx, user.id);
    const actor = { id: user.id, username: user.username, officeId: user.officeId };
    await recordAudit({ db: tx, requestId: opts.requestId, actor }, {
      action: 'auth.login',
      entity: 'session',
      entityId: session.id,
      officeId: user.officeId,
      after: { ip: opts.ip },
    });
    const principal = toPrincipal(user, session.id);
    return {
      accessToken: deps.signAccessToken({ sub: user.id, sid: session.id }),
      refreshToken,
      expiresIn: deps.accessTokenTtlSeconds,
      user: describePrincipal(principal),
    };
  });
}

/**
 * Trades a refresh token for a new pair. Each token is good once: a token shown a second time
 * means it leaked, and the whole session is revoked.
 */
export async function refresh(deps: AuthDeps, opts: { refreshToken: string; requestId?: string }) {
  const outcome = await deps.db.transaction(async (tx) => {
    const token = await repo.consumeRefreshToken(tx, sha256(opts.refreshToken));
    if (!token) return { error: true as const };
    const session = await repo.findSession(tx, token.sessionId);
    if (!session || session.revokedAt || session.expiresAt < new Date()) return { error: true as const };
    if (token.usedAt) {
      await repo.revokeSession(tx, session.id, 'refresh_token_reused');
      forgetSession(session.id);
      await recordAudit({ db: tx, requestId: opts.requestId }, { action: 'auth.refresh_reused', entity: 'session', entityId: session.id, after: { revoked: true } });
      return { error: true as const };
    }
    const user = await repo.findSessionPrincipal(tx, session.id, session.userId);
    if (!user || !user.active) return { error: true as const };
    const next = newRefreshToken();
    await repo.insertRefreshToken(tx, session.id, sha256(next));
    return { user, session, next };
  });
  if ('error' in outcome) throw new AppError('unauthenticated', { rule: 'auth.refresh_invalid' });
  return {
    accessToken: deps.signAccessToken({ sub: outcome.user.id, sid: outcome.session.id }),
    refreshToken: outcome.next,
    expiresIn: deps.accessTokenTtlSeconds,
    user: describePrincipal(toPrincipal(outcome.user, outcome.session.id)),
  };
}

/** Ends the caller's session: its access and refresh tokens stop working at once. */
export async function logout(ctx: Ctx) {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) return;
  await repo.revokeSession(ctx.db, sessionId, 'logout');
  forgetSession(sessionId);
  await recordAudit(ctx, { action: 'auth.logout', entity: 'session', entityId: sessionId, officeId: ctx.actor.officeId });
}

/**
 * The caller behind a verified access token, or null when its session is closed or the user
 * inactive; read from the database at most every few seconds per session (session-cache.ts).
 */
export async function principalForSession(db: Db, claims: { sub: string; sid: string }): Promise<Principal | null> {
  const cached = cachedPrincipal(claims.sid, claims.sub);
  if (cached) return cached;
  const row = await repo.findSessionPrincipal(db, claims.sid, claims.sub);
  if (!row || row.revokedAt || row.expiresAt < new Date() || !row.active) return null;
  const principal = toPrincipal(row, claims.sid);
  rememberPrincipal(principal, row.expiresAt);
  return principal;
}
