import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const distDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));
const assetsDir = join(distDir, 'assets');

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not the ones it loads with `import()`. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(assetsDir, file), 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)) found.add(match[1]);
  return [...found];
}

/** `file` and every chunk it pulls in statically, transitively. */
export function staticClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

/** The entry chunk and the chunks index.html preloads with it. */
export function entryChunks(): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]);
}

/** The chunk a lazy page is built into, by its file name prefix (`LoginPage-abc123.js`). */
export function chunkNamed(prefix: string): string {
  const file = readdirSync(assetsDir).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no chunk named ${prefix} in admin/dist/assets`);
  return file;
}

export const gzipSize = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(assetsDir, f)), { level: 9 }).length, 0);

export const readChunk = (file: string) => readFileSync(join(assetsDir, file), 'utf8');
