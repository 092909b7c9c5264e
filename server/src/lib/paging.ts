import { and, asc, desc, gt, isNull, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from './errors.js';

export interface SortSpec {
  column: AnyColumn;
  descending: boolean;
}

/** `?sort=name` or `?sort=-name` against the columns a list allows; the default when absent. */
export function parseSort<F extends string>(sort: string | undefined, columns: Record<F, AnyColumn>, fallback: F): SortSpec & { field: F } {
  const descending = !!sort?.startsWith('-');
  const field = (sort ? sort.replace(/^-/, '') : fallback) as F;
  return { field, column: columns[field], descending };
}

/** An opaque cursor: the last row's sort value and id. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return parsed as [unknown, string];
  } catch {
    // answered below
  }
  throw new AppError('validation_failed', { errors: [{ path: 'query.cursor', rule: 'required' }], detail: 'cursor is not one this API issued' });
}

/**
 * Keyset pagination: the rows after the cursor in (sort column, id) order, so a page costs the
 * same however deep it is. A nullable column sorts its nulls last either way, and the cursor of a
 * row without a value continues among the nulls by id, so no row is skipped or repeated.
 */
export function keyset(spec: SortSpec, idColumn: AnyColumn, cursor: string | undefined): { where: SQL | undefined; orderBy: SQL[] } {
  const dir = spec.descending ? desc : asc;
  // a drizzle column says whether it may be null; a sort expression (coalesce…) never is
  const nullable = spec.column.notNull === false;
  const orderBy = [nullable ? sql`${dir(spec.column)} nulls last` : dir(spec.column), dir(idColumn)];
  if (!cursor) return { where: undefined, orderBy };
  const [value, id] = decodeCursor(cursor);
  const past = spec.descending ? lt : gt;
  if (value === null) return { where: nullable ? and(isNull(spec.column), past(idColumn, id)) : sql`false`, orderBy };
  const typed = spec.column.dataType === 'date' && typeof value === 'string' ? new Date(value) : value;
  // a row comparison is a range an index on (…, column, id) seeks to
  const after = spec.descending ? sql`(${spec.column}, ${idColumn}) < (${typed}, ${id})` : sql`(${spec.column}, ${idColumn}) > (${typed}, ${id})`;
  return { where: nullable ? or(after, isNull(spec.column)) : after, orderBy };
}

/**
 * What a list fetches: `limit + 1` rows (toPage tells by the extra one whether a next page exists),
 * written into the statement as a literal. With `limit $n` PostgreSQL costs the generic plan of a
 * prepared list as if a tenth of the table were wanted, never prefers it, and plans every call
 * again: the case list spent ≈ 2 ms of its ≈ 3 ms planning. With the number in the text it settles on
 * the generic plan after five calls. Page sizes are bounded integers (PageQuery); clients use a few
 * of them. Drizzle types `.limit()` as a number or placeholder; it writes any SQL it is given.
 */
export const pageLimit = (limit: number) => sql.raw(String(Math.trunc(limit) + 1)) as unknown as number;

/** Fetch `pageLimit(limit)` rows; this turns them into a page and the cursor of the next. */
export function toPage<T extends { id: string }>(rows: T[], limit: number, sortValue: (row: T) => unknown) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(sortValue(last), last.id) : null };
}
