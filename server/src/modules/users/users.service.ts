import { grantableRoles, passwordProblems, type Role, type User, type UserCreate, type UserListQuery, type UserUpdate } from '@union/shared';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { hashPassword } from '../auth/auth.service.js';
import { forgetUser } from '../auth/session-cache.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './users.repo.js';

export function toUser(row: repo.UserRow): User {
  return { ...row, lastLoginAt: row.lastLoginAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

export async function listUsers(ctx: Ctx, query: UserListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listUsers(ctx.db, query, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

export async function getUser(ctx: Ctx, id: string) {
  const row = await repo.findUser(ctx.db, id);
  if (!row) throw notFound('user');
  return row;
}

/** The checks a user account must pass, whether created or changed. */
async function checkAccount(ctx: Ctx, input: { officeId?: string; roles?: Role[]; password?: string }, existingRoles: Role[] = []) {
  const problems: FieldProblem[] = [];
  if (input.officeId) {
    if (!(await officeInSubtree(ctx, input.officeId))) problems.push({ path: 'officeId', rule: 'scope.office_outside' });
  }
  if (input.roles) {
    const grantable = grantableRoles(ctx.actor.roles);
    // a role the account already holds may stay; only newly granted roles need the right to grant them
    for (const role of input.roles.filter((r) => !existingRoles.includes(r))) {
      if (!grantable.includes(role)) problems.push({ path: 'roles', rule: 'user.role_not_grantable', params: { role } });
    }
  }
  if (input.password !== undefined) {
    const weak = passwordProblems(input.password);
    if (weak) problems.push({ path: 'password', rule: weak });
  }
  if (problems.length) throw ruleViolated(problems);
}

export async function createUser(ctx: Ctx, input: UserCreate) {
  await checkAccount(ctx, input);
  if (await repo.usernameTaken(ctx.db, input.username)) {
    throw new AppError('duplicate', { errors: [{ path: 'username', rule: 'user.username_taken', params: { username: input.username } }] });
  }
  const row = await repo.insertUser(ctx.db, {
    username: input.username,
    displayName: input.displayName.trim(),
    officeId: input.officeId,
    roles: input.roles,
    lawBackground: input.lawBackground ?? false,
    passwordHash: await hashPassword(input.password),
  });
  await recordAudit(ctx, { action: 'user.create', entity: 'user', entityId: row.id, officeId: row.officeId, after: toUser(row) });
  return row;
}

export async function updateUser(ctx: Ctx, id: string, input: UserUpdate, expectedVersion: number) {
  const current = await getUser(ctx, id);
  expectVersion(current.version, expectedVersion);
  if (!grantableRoles(ctx.actor.roles).length) throw new AppError('forbidden');
  // an office admin may not touch the account of someone holding a role they cannot grant
  if (current.roles.some((r) => !grantableRoles(ctx.actor.roles).includes(r))) throw new AppError('forbidden');
  if (input.active === false && id === ctx.actor.id) throw ruleViolated([{ path: 'active', rule: 'user.self_deactivate' }]);
  await checkAccount(ctx, input, current.roles);
  const updated = await repo.updateUser(ctx.db, id, expectedVersion, {
    ...(input.displayName !== undefined && { displayName: input.displayName.trim() }),
    ...(input.officeId !== undefined && { officeId: input.officeId }),
    ...(input.roles !== undefined && { roles: input.roles }),
    ...(input.active !== undefined && { active: input.active }),
    ...(input.lawBackground !== undefined && { lawBackground: input.lawBackground }),
    ...(input.password !== undefined && { passwordHash: await hashPassword(input.password) }),
  });
  if (!updated) throw new AppError('version_conflict');
  // the caller a session stands for changes (or its sessions close) for requests in this process at once
  forgetUser(id);
  if (input.active === false || input.password !== undefined || input.officeId !== undefined || input.roles !== undefined) {
    await repo.revokeSessionsOf(ctx.db, id, input.active === false ? 'deactivated' : 'account_changed');
  }
  await recordAudit(ctx, {
    action: 'user.update',
    entity: 'user',
    entityId: id,
    officeId: updated.officeId,
    before: toUser(current),
    after: { ...toUser(updated), ...(input.password !== undefined && { passwordChanged: true }) },
  });
  return updated;
}
