import { createHash, randomBytes } from 'node:crypto';
import { apiClientPermissionProblems, permissions, type ApiClient, type ApiClientCreate, type ApiClientListQuery, type Permission } from '@union/shared';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../../lib/audit.js';
import type { Ctx, Principal } from '../../lib/context.js';
import { AppError, notFound, ruleViolated, type FieldProblem } from '../../lib/errors.js';
import { toPage } from '../../lib/paging.js';
import { expectVersion } from '../../lib/versioning.js';
import { officeInSubtree } from '../offices/offices.service.js';
import * as repo from './api-clients.repo.js';

/** Keys look like `uk_<43 base64url chars>`: 256 random bits, recognisable in logs and secret scanners. */
const KEY_MARK = 'uk_';
const PREFIX_LENGTH = KEY_MARK.length + 8;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function toApiClient(row: NonNullable<Awaited<ReturnType<typeof repo.findApiClient>>>): ApiClient {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiClients(ctx: Ctx, query: ApiClientListQuery) {
  const limit = query.limit ?? 50;
  const { rows, sortField } = await repo.listApiClients(ctx.db, query, { sort: query.sort, cursor: query.cursor, limit });
  const page = toPage(rows, limit, (r) => r[sortField]);
  return { items: page.items.map(toApiClient), nextCursor: page.nextCursor };
}

export async function getApiClient(ctx: Ctx, id: string) {
  const row = await repo.findApiClient(ctx.db, id);
  if (!row) throw notFound('api client');
  return row;
}

/** Creates a key for an office of the caller's subtree with some of the caller's permissions; answers the key this once. */
export async function createApiClient(ctx: Ctx, input: ApiClientCreate) {
  if (ctx.actor.via === 'api_key') throw new AppError('forbidden', { rule: 'api_client.by_key' });
  const officeId = input.officeId ?? ctx.actor.officeId;
  const problems: FieldProblem[] = apiClientPermissionProblems(input.permissions, ctx.actor.permissions).map((permission) => ({
    path: 'permissions',
    rule: 'api_client.permission_not_held',
    params: { permission },
  }));
  if (!(await officeInSubtree(ctx, officeId))) problems.push({ path: 'officeId', rule: 'scope.office_outside' });
  if (problems.length) throw ruleViolated(problems);
  const key = KEY_MARK + randomBytes(32).toString('base64url');
  const row = await repo.insertApiClient(ctx.db, {
    name: input.name.trim(),
    officeId,
    keyPrefix: key.slice(0, PREFIX_LENGTH),
    keyHash: hashApiKey(key),
    permissions: input.permissions,
    createdById: ctx.actor.id,
    createdByName: ctx.actor.displayName,
  });
  await recordAudit(ctx, { action: 'api_client.create', entity: 'api_client', entityId: row.id, officeId, after: toApiClient(row) });
  return { ...toApiClient(row), key };
}

/** Revokes a key: the next request with it is refused (keys are looked up on every request, never cached). */
export async function revokeApiClient(ctx: Ctx, id: string, expectedVersion: number | null) {
  const row = await getApiClient(ctx, id);
  if (expectedVersion !== null) expectVersion(row.version, expectedVersion);
  if (row.revokedAt) return row;
  if (!(await repo.revokeApiClient(ctx.db, id, row.version))) throw new AppError('version_conflict');
  const updated = (await repo.findApiClient(ctx.db, id))!;
  await recordAudit(ctx, { action: 'api_client.revoke', entity: 'api_client', entityId: id, officeId: row.officeId, before: { revokedAt: null }, after: { revokedAt: updated.revokedAt } });
  return updated;
}

/** The caller an `X-Api-Key` stands for: the client's office and its own permissions, no roles. */
export async function principalForApiKey(db: Db, key: string): Promise<Principal | null> {
  if (!key.startsWith(KEY_MARK) || key.length > 200) return null;
  const row = await repo.findKeyPrincipal(db, hashApiKey(key));
  if (!row) return null;
  // last use is written at most once a minute per key (the update's own guard settles concurrent requests)
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= 60_000) await repo.touchApiClient(db, row.id);
  return {
    via: 'api_key',
    id: row.id,
    username: `api:${row.name}`,
    displayName: row.name,
    officeId: row.officeId,
    officeName: row.officeName,
    officeKind: row.officeKind,
    officeTier: row.officeTier,
    officePath: row.officePath,
    roles: [],
    // a permission since removed from the catalogue grants nothing
    permissions: new Set(row.permissions.filter((p): p is Permission => (permissions as readonly string[]).includes(p))),
    sessionId: null,
  };
}
