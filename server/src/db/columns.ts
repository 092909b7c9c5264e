import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A point in time, kept to the millisecond: list cursors carry JavaScript Dates, so a finer column
 * would let rows within one millisecond slip past a page boundary.
 */
export const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};

/**
 * A row's id: a time-ordered UUID (version 7, `uuid_v7()` of migration 0022). New rows go to the
 * right edge of the primary key instead of a random page of it, which the big append-mostly tables
 * (audit log, timelines, the employer registry) feel on every insert.
 */
export const primaryId = () => uuid('id').primaryKey().default(sql`uuid_v7()`);
