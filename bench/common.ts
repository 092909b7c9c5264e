import { resolve } from 'node:path';

export const rootDir = resolve(import.meta.dirname, '..');
export const migrationsDir = resolve(rootDir, 'migrations');

/** BENCH_SCALE: 1 is the production volume of quality.md "Performance"; the default is for trying things out. */
export const scale = (() => {
  const raw = process.env.BENCH_SCALE ?? '0.01';
  const n = Number(raw);
  if (!(n > 0 && n <= 1)) throw new Error(`BENCH_SCALE must be a number in (0, 1], got "${raw}"`);
  return n;
})();
