import { resolve } from 'node:path';
import { creditCodeAlphabet, creditCodeCheckChar } from '@union/shared';

export const rootDir = resolve(import.meta.dirname, '..');
export const migrationsDir = resolve(rootDir, 'migrations');

/** BENCH_SCALE: 1 is the production volume of quality.md "Performance"; the default is for trying things out. */
export const scale = (() => {
  const raw = process.env.BENCH_SCALE ?? '0.01';
  const n = Number(raw);
  if (!(n > 0 && n <= 1)) throw new Error(`BENCH_SCALE must be a number in (0, 1], got "${raw}"`);
  return n;
})();

/** A valid unified social credit code (GB 32100) numbered `index` in a district; `series` keeps generated sets apart. */
export function creditCode(district: string, index: number, series = 'M'): string {
  let n = index;
  let org = '';
  for (let i = 0; i < 8; i++) {
    org = creditCodeAlphabet[n % 31] + org;
    n = Math.floor(n / 31);
  }
  const first17 = `91${district}${series}${org}`;
  return first17 + creditCodeCheckChar(first17);
}
