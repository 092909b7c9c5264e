import type { SorterResult } from 'antd/es/table/interface';
import { useSearchParams } from 'react-router';

type ParamValue = string | number | boolean | null | undefined;

/**
 * The page's search params and a setter that changes some of them, leaving the rest: filters and
 * sort live in the URL, so a view can be bookmarked and the back button works.
 */
export function useUrlParams(): [URLSearchParams, (change: Record<string, ParamValue>) => void] {
  const [params, setParams] = useSearchParams();
  const patch = (change: Record<string, ParamValue>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === null || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  return [params, patch];
}

/** `?name=true|false` as a boolean, anything else as undefined. */
export const readBoolean = (params: URLSearchParams, name: string): boolean | undefined => {
  const value = params.get(name);
  return value === 'true' ? true : value === 'false' ? false : undefined;
};

/** `?name=` when it is one of `allowed`. */
export const readEnum = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined => {
  const value = params.get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
};

/** `?sort=field` or `-field` for a field of `sortable`. */
export function readSort<F extends string>(params: URLSearchParams, sortable: readonly F[]): F | `-${F}` | undefined {
  const sort = params.get('sort');
  return sortable.some((field) => sort === field || sort === `-${field}`) ? (sort as F | `-${F}`) : undefined;
}

/** The antd column sort order a `?sort=` value shows. */
export const sortOrderOf = (sort: string | undefined, field: string) =>
  sort === field ? ('ascend' as const) : sort === `-${field}` ? ('descend' as const) : null;

/** A table's sorter change as a `?sort=` value; columns not in `sortable` clear it. */
export function sortFromTable<F extends string, T>(sorter: SorterResult<T> | SorterResult<T>[], sortable: readonly F[]): F | `-${F}` | undefined {
  const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = sortable.find((f) => f === columnKey);
  return field && order ? (order === 'descend' ? `-${field}` : field) : undefined;
}
