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

type AuditCtx = { db: DbOrTx; requestId?: string; actor?: { id: string; username: string; officeId: string } | null };

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function recordAudit(ctx: AuditCtx, entry: AuditEntryInput): Promise<void> {
  await recordAudits(ctx, [entry]);
}

/** Appends entries in one statement (a bulk import writes one per row). */
export async function recordAudits(ctx: AuditCtx, entries: AuditEntryInput[]): Promise<void> {
  if (!entries.length) return;
  const actor = ctx.actor ?? null;
  await ctx.db.insert(auditLog).values(
    entries.map((entry) => ({
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
    })),
  );
}
