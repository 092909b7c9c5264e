import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const distDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));
const assetsDir = join(distDir, 'assets');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The build's manifest (admin/dist/.vite/manifest.json): every chunk by its key, with the keys it imports statically. */
const readManifest = (): Record<string, ManifestChunk> => JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));

/** Manifest keys and every key they pull in statically (not with `import()`), transitively. */
function closure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...keys];
  while (queue.length) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  return seen;
}

/** Chunk files (as in admin/dist/assets) and every chunk they pull in statically, transitively. */
export function staticClosure(files: string[]): Set<string> {
  const manifest = readManifest();
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file.replace(/^assets\//, ''), key]));
  const keys = files.map((file) => {
    const key = keyOf.get(file);
    if (!key) throw new Error(`no chunk ${file} in the admin manifest`);
    return key;
  });
  return new Set([...closure(manifest, keys)].map((key) => manifest[key].file.replace(/^assets\//, '')));
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
  const manifest = readManifest();
  const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const gzipped = (file: string) => (existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file), { level: 9 }).length);
  return routePages()
    .map(({ page, module }) => {
      if (!manifest[module]) throw new Error(`no chunk for ${module} in the admin manifest`);
      const keys = closure(manifest, [...entry, module]);
      return { page, bytes: [...keys].reduce((sum, k) => sum + gzipped(join(distDir, manifest[k].file)), 0), chunks: keys.size };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
