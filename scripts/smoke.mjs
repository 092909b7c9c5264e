#!/usr/bin/env node
// Smoke test of the production bundle: starts `node server/dist/server.js` on an empty data dir
// (embedded PGlite, demo seed), checks that it answers, signs in as the demo admin, stops it
// with SIGTERM (it must exit cleanly), then restarts it on the same data dir a few times and
// prints the cold start to /readyz.
//
//   pnpm --filter @union/server build && node scripts/smoke.mjs [path/to/server.js]
//
// Timings are printed, never asserted (quality.md: tests never assert on time); the target for
// a cold start on the embedded database is under 3 s.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const bundle = resolve(process.argv[2] ?? join(root, 'server/dist/server.js'));
const COLD_RUNS = Number(process.env.SMOKE_COLD_RUNS ?? 3);

if (!existsSync(bundle)) {
  console.error(`smoke: ${bundle} does not exist; build it first (pnpm --filter @union/server build)`);
  process.exit(1);
}

const freePort = () =>
  new Promise((res, rej) => {
    const probe = createServer();
    probe.once('error', rej);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => res(port));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), 'union-smoke-'));
let current = null;
const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function start(port) {
  const { NODE_ENV: _, ...env } = process.env;
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
  current = { child, exited, output: () => output };
  return current;
}

async function waitReady(server, url, timeoutMs) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return null;
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return performance.now();
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

async function stop(server, timeoutMs = 15_000) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
  const result = await server.exited;
  clearTimeout(timer);
  return result;
}

async function main() {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  console.log(`smoke: ${bundle}\n  data dir ${dataDir}, ${url}`);

  // First start: empty data dir, so migrations and the demo seed run.
  let t0 = performance.now();
  let server = start(port);
  let readyAt = await waitReady(server, url, 120_000);
  check(readyAt !== null, `first start (migrate + seed) is ready${readyAt ? ` after ${Math.round(readyAt - t0)} ms` : ''}`);
  if (readyAt === null) {
    console.error(server.output());
    return;
  }

  const health = await fetch(`${url}/healthz`);
  check(health.status === 200, `GET /healthz answers ${health.status}`);
  const ready = await fetch(`${url}/readyz`);
  check(ready.status === 200, `GET /readyz answers ${ready.status} ${JSON.stringify(await ready.json())}`);
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'admin123' }),
  });
  const session = await login.json().catch(() => ({}));
  check(login.status === 200 && typeof session.accessToken === 'string', `POST /api/v1/auth/login as admin answers ${login.status}`);
  if (session.accessToken) {
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${session.accessToken}` } });
    check(me.status === 200, `GET /api/v1/me with the token answers ${me.status}`);
  }
  const bad = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"username":',
  });
  check(bad.status === 400, `a malformed login body answers ${bad.status} (not 500)`);
  const docs = await fetch(`${url}/api/v1/openapi.json`);
  check(docs.status === 200, `GET /api/v1/openapi.json answers ${docs.status}`);
  if (existsSync(join(root, 'admin/dist/index.html'))) {
    const index = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
    check(index.status === 200 && (index.headers.get('content-type') ?? '').includes('text/html'), `GET / serves the admin app (${index.status})`);
  } else {
    console.log('  --   admin/dist is not built; GET / not checked');
  }

  let { code, signal } = await stop(server);
  check(code === 0, `SIGTERM: exits with code ${code}${signal ? ` (signal ${signal})` : ''}`);

  // Cold starts on the existing data dir.
  const times = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    t0 = performance.now();
    server = start(port);
    readyAt = await waitReady(server, url, 60_000);
    if (readyAt === null) {
      check(false, `restart ${i + 1} on the existing data dir is ready`);
      console.error(server.output());
      return;
    }
    times.push(Math.round(readyAt - t0));
    ({ code } = await stop(server));
    if (code !== 0) check(false, `restart ${i + 1}: exits with code ${code}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`  cold start to /readyz on the existing data dir: ${times.join(', ')} ms (median ${median} ms; target < 3000 ms)`);
  if (median >= 3000) console.log('  note: the median cold start is over the 3 s target (not a failure here: timing depends on the machine)');
}

try {
  await main();
} catch (err) {
  failures.push(String(err?.stack ?? err));
  console.error(err);
  if (current) console.error(current.output());
} finally {
  if (current) await stop(current);
  rmSync(dataDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`smoke: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('smoke: ok');
