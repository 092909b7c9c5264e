import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
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
    },
  },
});
