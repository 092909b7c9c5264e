import { timestamp } from 'drizzle-orm/pg-core';

/**
 * A point in time, kept to the millisecond: list cursors carry JavaScript Dates, so a finer column
 * would let rows within one millisecond slip past a page boundary.
 */
export const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const timestamps = {
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
};
