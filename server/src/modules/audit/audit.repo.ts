import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { AuditListQuery } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { keyset, pageLimit } from '../../lib/paging.js';

export async function listAudit(db: DbOrTx, q: AuditListQuery, limit: number) {
  const ks = keyset({ column: auditLog.at, descending: true }, auditLog.id, q.cursor);
  const where: (SQL | undefined)[] = [
    q.entity ? eq(auditLog.entity, q.entity) : undefined,
    q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
    q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
    q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
    ks.where,
  ];
  return db.select().from(auditLog).where(and(...where)).orderBy(...ks.orderBy).limit(pageLimit(limit));
}
