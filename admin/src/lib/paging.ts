import { useState } from 'react';

export const pageSizes = [20, 50, 100];

export interface CursorPaging {
  /** What goes out as `?limit=&cursor=`. */
  limit: number;
  cursor: string | undefined;
  /** 1-based number of the page shown. */
  page: number;
  setPageSize: (size: number) => void;
  previous: () => void;
  next: (cursor: string) => void;
}

/**
 * Walks a cursor-paged list forwards and back. The cursors of the pages passed are kept; any change
 * of `resetKey` (the filters and sort) or of the page size starts again at page one.
 */
export function useCursorPaging(resetKey: string): CursorPaging {
  const [limit, setPageSize] = useState(pageSizes[0]);
  const [cursors, setCursors] = useState<string[]>([]);
  const key = `${resetKey}|${limit}`;
  const [pagedFor, setPagedFor] = useState(key);
  const stale = pagedFor !== key;
  if (stale) {
    setPagedFor(key);
    setCursors([]);
  }
  return {
    limit,
    cursor: stale ? undefined : cursors.at(-1),
    page: stale ? 1 : cursors.length + 1,
    setPageSize,
    previous: () => setCursors((c) => c.slice(0, -1)),
    next: (cursor) => setCursors((c) => [...c, cursor]),
  };
}
