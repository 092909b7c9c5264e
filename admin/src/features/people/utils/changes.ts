/** The fields of `next` that differ from `current`: what a PATCH sends. */
export function changedFields<T extends object>(next: T, current: Partial<Record<keyof T, unknown>>): Partial<T> {
  const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x) => b.includes(x)) : a === b);
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== undefined && !same(value, current[key as keyof T]))) as Partial<T>;
}

export const blankToNull = (text: string | null | undefined) => text?.trim() || null;
