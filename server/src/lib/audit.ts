import { sql, type SQL } from 'drizzle-orm';
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

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function recordAudit(ctx: AuditCtx, entry: AuditEntryInput): Promise<void> {
  await recordAudits(ctx, [entry]);
}

/**
 * Appends entries in one statement, the entries handed over as one JSON parameter (a bulk import
 * writes one per row: a thousand-row multi-VALUES insert costs several times more to bind).
 */
export async function recordAudits(ctx: AuditCtx, entries: AuditEntryInput[]): Promise<void> {
  if (!entries.length) return;
  const actor = ctx.actor ?? null;
  // null members are left out: a missing key reads as SQL NULL, a JSON null would be stored as jsonb 'null'
  const rows = entries.map((e) => ({
    office_id: e.officeId ?? undefined,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId ?? undefined,
    before: redact(e.before) ?? undefined,
    after: redact(e.after) ?? undefined,
  }));
  await ctx.db.execute(sql`
    insert into ${auditLog} (actor_id, actor_name, actor_office_id, office_id, action, entity, entity_id, before, after, request_id)
    select ${actor?.id ?? null}::uuid, ${actor?.username ?? null}, ${actor?.officeId ?? null}::uuid, e.office_id, e.action, e.entity, e.entity_id, e.before, e.after, ${ctx.requestId ?? null}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as e(office_id uuid, action text, entity text, entity_id text, before jsonb, after jsonb)`);
}

/**
 * The insert of one entry per row of `rows`, a query answering `entity_id`, `office_id` and `after`:
 * for a statement that writes records and audits them at once (`with written as (insert … returning …)`),
 * so that a bulk write sends its rows once and reads nothing back. `after` is built in SQL and must
 * hold no secret (redact() does not see it).
 */
export function auditRows(ctx: AuditCtx, action: string, entity: string, rows: SQL): SQL {
  const actor = ctx.actor ?? null;
  return sql`
    insert into ${auditLog} (actor_id, actor_name, actor_office_id, office_id, action, entity, entity_id, after, request_id)
    select ${actor?.id ?? null}::uuid, ${actor?.username ?? null}, ${actor?.officeId ?? null}::uuid, r.office_id, ${action}, ${entity}, r.entity_id, r.after, ${ctx.requestId ?? null}
    from (${rows}) as r`;
}
