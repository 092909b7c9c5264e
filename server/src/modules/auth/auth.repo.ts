import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { offices, refreshTokens, sessions, users } from '../../db/schema.js';

const principalColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  active: users.active,
  roles: users.roles,
  officeId: offices.id,
  officeName: offices.name,
  officeKind: offices.kind,
  officeTier: offices.tier,
  officePath: offices.path,
};

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select(principalColumns)
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row ?? null;
}

/** The user behind an access token, only while its session is open. */
export async function findSessionPrincipal(db: DbOrTx, sessionId: string, userId: string) {
  const [row] = await db
    .select({ ...principalColumns, revokedAt: sessions.revokedAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(eq(sessions.id, sessionId), eq(users.id, userId)));
  return row ?? null;
}

export async function insertSession(db: DbOrTx, values: typeof sessions.$inferInsert) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row;
}

export async function insertRefreshToken(db: DbOrTx, sessionId: string, tokenHash: string) {
  await db.insert(refreshTokens).values({ sessionId, tokenHash });
}

/** Marks a refresh token used, only if it was not; answers the token's row as it was. */
export async function consumeRefreshToken(db: DbOrTx, tokenHash: string) {
  const [token] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).for('update');
  if (!token) return null;
  if (!token.usedAt) await db.update(refreshTokens).set({ usedAt: sql`now()` }).where(eq(refreshTokens.tokenHash, tokenHash));
  return token;
}

export async function findSession(db: DbOrTx, id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row ?? null;
}

export async function revokeSession(db: DbOrTx, id: string, reason: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

export async function touchLastLogin(db: DbOrTx, userId: string) {
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, userId));
}
