import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

export const readChunk = (file: string) => readFileSync(join(assetsDir, file), 'utf8');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The pages the router loads on demand (`lazy(() => import('@/…/XPage'))` in admin/src/app/router.tsx),
 * as the build's manifest names their modules: any of them can be the first page a visit opens.
 */
export function routePages(): { page: string; module: string }[] {
  const router = readFileSync(fileURLToPath(new URL('../../admin/src/app/router.tsx', import.meta.url)), 'utf8');
  const pages = [...router.matchAll(/lazy\(\(\) => import\('@\/([\w/.-]+)'\)\)/g)].map((m) => ({ page: m[1].split('/').pop()!, module: `src/${m[1]}.tsx` }));
  if (!pages.length) throw new Error('no lazy pages found in admin/src/app/router.tsx');
  return pages;
}

/**
 * What a visit loads before its first page renders, for every route page: the entry chunk with its
 * static imports and the page's chunk with its own, as gzip bytes — the build's `.gz` beside each file,
 * which the server sends (preCompressed). From admin/dist/.vite/manifest.json; worst first.
 */
export function firstLoads(): { page: string; bytes: number; chunks: number }[] {
  const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const queue = [...keys];
    while (queue.length) {
      const key = queue.pop()!;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(...(manifest[key].imports ?? []));
    }
    return seen;
  };
  const gzipped = (file: string) => (existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file), { level: 9 }).length);
  return routePages()
    .map(({ page, module }) => {
      if (!manifest[module]) throw new Error(`no chunk for ${module} in the admin manifest`);
      const keys = closure([...entry, module]);
      return { page, bytes: [...keys].reduce((sum, k) => sum + gzipped(join(distDir, manifest[k].file)), 0), chunks: keys.size };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
