import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { auditLog } from '../db/schema.js';
import type { DbOrTx } from '../db/client.js';

export interface AuditEntryInput {
  action: string;
  entity: string;
  entityId?: string | null;
  /** The office the record belongs to: who may read the entry. */
  officeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Drops secrets from what the log keeps of a record. */
function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value ?? null;
  const { passwordHash, password, tokenHash, keyHash, ...rest } = value as Record<string, unknown>;
  void passwordHash, void password, void tokenHash, void keyHash;
  return rest;
}

export type AuditCtx = { db: DbOrTx; requestId?: string; actor?: { id: string; username: string; officeId: string } | null };

/**
 * Appends one entry to the audit log, inside the caller's transaction. `alongside`: other inserts
 * of the same change (a timeline entry, an outbox event), sent with the entry in one statement
 * (`with w0 as (insert …), w1 as (…) insert into audit_log …`), one round trip for all of them.
 */
export async function recordAudit(ctx: AuditCtx, entry: AuditEntryInput, alongside: SQLWrapper[] = []): Promise<void> {
  const actor = ctx.actor ?? null;
  const insert = ctx.db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? null,
    actorOfficeId: actor?.officeId ?? null,
    officeId: entry.officeId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId ?? null,
  });
  if (!alongside.length) return void (await insert);
  // getSQL(): a builder put in a template as it is is parenthesized as a subquery, which an insert may not be
  await ctx.db.execute(sql`with ${sql.join(alongside.map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w.getSQL()})`), sql`, `)} ${insert.getSQL()}`);
}

/**
 * The insert of one entry per row of `rows`, a query answering `entity_id`, `office_id`, `before` and `after`:
 * for a statement that writes records and audits them at once (`with written as (insert … returning …)`),
 * so that a bulk write sends its rows once and reads nothing back. `before` and `after` are built in SQL and must
 * hold no secret (redact() does not see it).
 */
export function auditRows(ctx: AuditCtx, action: string, entity: string, rows: SQL): SQL {
  const actor = ctx.actor ?? null;
  return sql`
    insert into ${auditLog} (actor_id, actor_name, actor_office_id, office_id, action, entity, entity_id, before, after, request_id)
    select ${actor?.id ?? null}::uuid, ${actor?.username ?? null}, ${actor?.officeId ?? null}::uuid, r.office_id, ${action}, ${entity}, r.entity_id, r.before, r.after, ${ctx.requestId ?? null}
    from (${rows}) as r`;
}
