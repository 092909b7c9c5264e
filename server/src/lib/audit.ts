import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { auditLog } from '../db/schema.js';
import { alongside, type DbOrTx } from '../db/client.js';

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

/** The insert of one entry, to run alone or beside the statement of its change (`alongside`); `on`: where the insert is built. */
export function auditInsert(ctx: AuditCtx, entry: AuditEntryInput, on: Pick<DbOrTx, 'insert'> = ctx.db) {
  const actor = ctx.actor ?? null;
  return on.insert(auditLog).values({
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
}

/** Appends one entry to the audit log, inside the caller's transaction, with other writes of the same change. */
export async function recordAudit(ctx: AuditCtx, entry: AuditEntryInput, others: SQLWrapper[] = []): Promise<void> {
  await auditInsert(ctx, entry, alongside(ctx.db, others));
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
