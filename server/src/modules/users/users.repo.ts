import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { offices, sessions, users } from '../../db/schema.js';
import { pageLimit, parseSort, keyset } from '../../lib/paging.js';
import { escapeLike } from '../offices/offices.repo.js';

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  officeId: users.officeId,
  officeName: offices.name,
  roles: users.roles,
  active: users.active,
  lawBackground: users.lawBackground,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdAt: users.createdAt,
};
export type UserRow = {
  id: string;
  username: string;
  displayName: string;
  officeId: string;
  officeName: string;
  roles: Role[];
  active: boolean;
  lawBackground: boolean;
  lastLoginAt: Date | null;
  version: number;
  createdAt: Date;
};

export interface UserFilters {
  officeId?: string;
  role?: Role;
  active?: boolean;
  q?: string;
}

export async function listUsers(db: DbOrTx, f: UserFilters, page: { sort?: string; cursor?: string; limit: number }) {
  const sort = parseSort<'username' | 'createdAt'>(page.sort, { username: users.username, createdAt: users.createdAt }, 'username');
  const ks = keyset(sort, users.id, page.cursor);
  const where: (SQL | undefined)[] = [
    f.officeId ? eq(users.officeId, f.officeId) : undefined,
    f.role ? sql`${f.role} = any(${users.roles})` : undefined,
    f.active !== undefined ? eq(users.active, f.active) : undefined,
    f.q ? or(ilike(users.username, `%${escapeLike(f.q)}%`), ilike(users.displayName, `%${escapeLike(f.q)}%`)) : undefined,
    ks.where,
  ];
  const rows = await db
    .select(columns)
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
  return { rows: rows as UserRow[], sortField: sort.field };
}

export async function findUser(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select(columns).from(users).innerJoin(offices, eq(offices.id, users.officeId)).where(eq(users.id, id));
  return (row as UserRow) ?? null;
}

export async function insertUser(db: DbOrTx, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return (await findUser(db, row.id))!;
}

export async function updateUser(db: DbOrTx, id: string, version: number, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return row ? findUser(db, id) : null;
}

export async function revokeSessionsOf(db: DbOrTx, userId: string, reason: string) {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), sql`${sessions.revokedAt} is null`));
}

/** Usernames are unique across every network, whatever the caller can see. */
export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const { rows } = await db.execute<{ taken: boolean }>(sql`select username_taken(${username}) as taken`);
  return rows[0].taken;
}
