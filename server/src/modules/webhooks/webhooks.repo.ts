import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { apiClients, offices, webhookDeliveries, webhookSubscriptions } from '../../db/schema.js';
import { pageLimit, keyset } from '../../lib/paging.js';

const columns = {
  id: webhookSubscriptions.id,
  officeId: webhookSubscriptions.officeId,
  officeName: offices.name,
  apiClientId: webhookSubscriptions.apiClientId,
  apiClientName: apiClients.name,
  url: webhookSubscriptions.url,
  eventTypes: webhookSubscriptions.eventTypes,
  active: webhookSubscriptions.active,
  createdAt: webhookSubscriptions.createdAt,
  version: webhookSubscriptions.version,
};

const subscriptions = (db: DbOrTx) =>
  db
    .select(columns)
    .from(webhookSubscriptions)
    .innerJoin(offices, eq(offices.id, webhookSubscriptions.officeId))
    .leftJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId));

export async function listSubscriptions(db: DbOrTx, f: { apiClientId?: string }, page: { cursor?: string; limit: number }) {
  const ks = keyset({ column: webhookSubscriptions.createdAt, descending: true }, webhookSubscriptions.id, page.cursor);
  const where: (SQL | undefined)[] = [f.apiClientId ? eq(webhookSubscriptions.apiClientId, f.apiClientId) : undefined, ks.where];
  return subscriptions(db)
    .where(and(...where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
}

export async function findSubscription(db: DbOrTx, id: string) {
  const [row] = await subscriptions(db).where(eq(webhookSubscriptions.id, id));
  return row ?? null;
}
export type SubscriptionRow = NonNullable<Awaited<ReturnType<typeof findSubscription>>>;

export async function insertSubscription(db: DbOrTx, values: typeof webhookSubscriptions.$inferInsert) {
  const [row] = await db.insert(webhookSubscriptions).values(values).returning({ id: webhookSubscriptions.id });
  return (await findSubscription(db, row.id))!;
}

export async function updateSubscription(db: DbOrTx, id: string, version: number, change: Partial<typeof webhookSubscriptions.$inferInsert>) {
  const rows = await db
    .update(webhookSubscriptions)
    .set({ ...change, updatedAt: sql`now()`, version: sql`${webhookSubscriptions.version} + 1` })
    .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.version, version)))
    .returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

export async function listDeliveries(db: DbOrTx, subscriptionId: string, f: { status?: string }, page: { cursor?: string; limit: number }) {
  const ks = keyset({ column: webhookDeliveries.createdAt, descending: true }, webhookDeliveries.id, page.cursor);
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.subscriptionId, subscriptionId), f.status ? eq(webhookDeliveries.status, f.status as never) : undefined, ks.where))
    .orderBy(...ks.orderBy)
    .limit(pageLimit(page.limit));
}
