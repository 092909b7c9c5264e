/**
 * The prefix a GB/T 2260 code stands for in a `?regionCode=` filter, which the API matches as a
 * prefix: a province `110000` → `11`, a city `410400` → `4104`, a district or street as it is.
 */
export function regionPrefix(code: string | undefined): string | undefined {
  if (!code) return undefined;
  if (code.length !== 6) return code;
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}
