import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NotificationKind } from '@union/shared';
import type { DbOrTx } from '../../db/client.js';
import { notificationReads, notifications } from '../../db/schema.js';
import { keyset, pageLimit } from '../../lib/paging.js';

export interface Notice {
  officeId: string;
  kind: NotificationKind;
  entity: string;
  entityId: string;
  /** What names the record in the inbox (a case number); the sentence comes from the kind's label. */
  title: string;
  networkId: string;
}

/** Puts a notice in an office's inbox, once per office, kind and record. */
export async function notify(db: DbOrTx, notice: Notice) {
  await db.insert(notifications).values(notice).onConflictDoNothing();
}

const isRead = sql<boolean>`exists (select 1 from notification_reads r where r.notification_id = ${notifications.id} and r.user_id = nullif(current_setting('app.user_id', true), '')::uuid)`;

export async function inbox(db: DbOrTx, officeId: string, q: { unread?: boolean; cursor?: string }, limit: number) {
  const ks = keyset({ column: notifications.createdAt, descending: true }, notifications.id, q.cursor);
  return db
    .select({ id: notifications.id, kind: notifications.kind, entity: notifications.entity, entityId: notifications.entityId, title: notifications.title, createdAt: notifications.createdAt, read: isRead })
    .from(notifications)
    .where(and(eq(notifications.officeId, officeId), q.unread ? sql`not ${isRead}` : undefined, ks.where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(limit));
}

export async function findNotice(db: DbOrTx, officeId: string, id: string) {
  const [row] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.officeId, officeId), eq(notifications.id, id)));
  return row ?? null;
}

export async function unreadCount(db: DbOrTx, officeId: string) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.officeId, officeId), sql`not ${isRead}`));
  return row.n;
}

export async function markRead(db: DbOrTx, userId: string, ids: string[]) {
  if (!ids.length) return;
  await db
    .insert(notificationReads)
    .values(ids.map((notificationId) => ({ notificationId, userId })))
    .onConflictDoNothing();
}

/** Marks read, for one user, an office's notices of the given kinds about one record. */
export async function markRecordRead(db: DbOrTx, userId: string, officeId: string, entityId: string, kinds: NotificationKind[]) {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.officeId, officeId), eq(notifications.entityId, entityId), inArray(notifications.kind, kinds)));
  await markRead(db, userId, rows.map((r) => r.id));
}

export async function unreadIds(db: DbOrTx, officeId: string) {
  const rows = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.officeId, officeId), sql`not ${isRead}`));
  return rows.map((r) => r.id);
}
