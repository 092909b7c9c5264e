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

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), precompress()],
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
