import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { OfficeKind, OfficeTier, Role } from '@union/shared';

/**
 * Office scope lives in the database: every request of a signed-in caller runs in a transaction
 * as the role `app_scoped` with `app.scope_path` set to the materialized path of the caller's
 * office, and row-level security lets that role see only rows of offices inside the path.
 * Code that runs for the system (login, scheduler, migrations) uses the owner's connection.
 */
export const appScoped = pgRole('app_scoped').existing();

/** The caller's office path; unset or empty means no scope at all, never "everything". */
const scopePath = sql.raw(`nullif(current_setting('app.scope_path', true), '')`);

/** Rows of an office inside the caller's subtree. */
export const inScope = (officeId: AnyPgColumn) => sql`${officeId} in (select o.id from offices o where o.path like ${scopePath} || '%')`;

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const offices = pgTable(
  'offices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => offices.id),
    name: text('name').notNull(),
    kind: text('kind').$type<OfficeKind>().notNull(),
    tier: text('tier').$type<OfficeTier>().notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address'),
    phone: text('phone'),
    /** `/<root id>/…/<own id>/`: a subtree is every path with this prefix. */
    path: text('path').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('offices_parent_idx').on(t.parentId),
    index('offices_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('offices_region_idx').on(t.regionCode),
    uniqueIndex('offices_path_key').on(t.path),
    pgPolicy('offices_read', {
      for: 'select',
      to: appScoped,
      // a caller sees its subtree and the offices above it, whose names it works with
      using: sql`${t.path} like ${scopePath} || '%' or ${scopePath} like ${t.path} || '%'`,
    }),
    pgPolicy('offices_insert', { for: 'insert', to: appScoped, withCheck: sql`${t.path} like ${scopePath} || '%'` }),
    pgPolicy('offices_update', {
      for: 'update',
      to: appScoped,
      using: sql`${t.path} like ${scopePath} || '%'`,
      withCheck: sql`${t.path} like ${scopePath} || '%'`,
    }),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    roles: text('roles').array().$type<Role[]>().notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_office_idx').on(t.officeId),
    pgPolicy('users_scoped', { for: 'all', to: appScoped, using: inScope(t.officeId), withCheck: inScope(t.officeId) }),
  ],
);

/** A signed-in session; access tokens name it (`sid`) so that revoking it ends them at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    // an office admin who deactivates a user or resets a password ends that user's sessions
    pgPolicy('sessions_of_scoped_users', { for: 'all', to: appScoped, using: sql`${t.userId} in (select u.id from users u)` }),
  ],
);

/** Refresh tokens rotate: each is good once; showing a used one again revokes its session. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_session_idx').on(t.sessionId)],
);

/** Append-only: the scoped role may insert and read; a trigger refuses updates and deletes to everyone. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOfficeId: uuid('actor_office_id'),
    officeId: uuid('office_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_office_idx').on(t.officeId, t.at),
    check('audit_log_action_present', sql`length(${t.action}) > 0`),
    pgPolicy('audit_log_read', {
      for: 'select',
      to: appScoped,
      using: sql`${inScope(t.officeId)} or ${inScope(t.actorOfficeId)}`,
    }),
    pgPolicy('audit_log_insert', { for: 'insert', to: appScoped, withCheck: sql`true` }),
  ],
);
