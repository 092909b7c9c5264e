import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Writes `<file>.gz` beside each text asset: the server answers those (preCompressed) to clients that accept gzip. */
const precompress = (): Plugin => ({
  name: 'precompress',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (!/\.(js|css|html|svg|json)$/.test(file.fileName)) continue;
      writeFileSync(join(options.dir!, `${file.fileName}.gz`), gzipSync(file.type === 'chunk' ? file.code : file.source, { level: 9 }));
    }
  },
});

/**
 * antd's Table imports its column-filter dropdown (with Tree, Menu, Checkbox and a search Input)
 * statically, though only a column with `filters` or `filterDropdown` renders it — none here does:
 * the app filters above its tables. So the dropdown becomes a lazy component, loaded (behind the bare
 * column title) should a column ever have filters; every table page's first load is 7 kB (gzip)
 * lighter. `flattenKeys`, the one other thing the module takes from it, is its ten lines again.
 */
const lazyTableFilter = (): Plugin => ({
  name: 'lazy-table-filter',
  transform(code, id) {
    if (!id.endsWith('/antd/es/table/hooks/useFilter/index.js')) return null;
    const from = "import FilterDropdown, { flattenKeys } from './FilterDropdown';";
    if (!code.includes(from)) throw new Error(`lazy-table-filter: antd's ${id} no longer imports its FilterDropdown as expected`);
    return code.replace(
      from,
      `import { createElement, lazy, Suspense } from 'react';
const LazyFilterDropdown = lazy(() => import('./FilterDropdown'));
const FilterDropdown = (props) => createElement(Suspense, { fallback: props.children }, createElement(LazyFilterDropdown, props));
function flattenKeys(filters) {
  let keys = [];
  (filters || []).forEach(({ value, children }) => {
    keys.push(value);
    if (children) keys = [...keys, ...flattenKeys(children)];
  });
  return keys;
}`,
    );
  },
});

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), precompress(), lazyTableFilter()],
  resolve: { tsconfigPaths: true },
  server: {
    proxy: { '/api': apiServer, '/docs': apiServer },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the chunk graph the benchmark sums a first load from
    manifest: true,
    rolldownOptions: {
      // The shared package is schemas, labels and pure rules: a module of it none of whose exports
      // a chunk uses can be dropped, which keeps typebox out of the first load.
      treeshake: { moduleSideEffects: [{ test: /\/shared\/src\//, sideEffects: false }] },
      // Everything the entry imports statically, in one chunk: split into two dozen small ones by which
      // pages share them, it compressed 12 kB (gzip) worse, and every first load carries all of it anyway.
      output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } },
    },
  },
});
