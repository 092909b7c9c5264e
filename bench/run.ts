/**
 * `pnpm bench`: measures the built server on the database `pnpm bench:data` filled, each figure
 * beside its limit measured in the same run, against the targets of quality.md "Performance";
 * prints them and writes bench/RESULTS.md.
 *
 * Env: BENCH_DURATION (seconds per measured run, 10), BENCH_CONNECTIONS (50), BENCH_POOL_SIZE (20),
 * BENCH_NO_BUILD=1 to measure the dist/ already built, BENCH_COLD_RUNS (5).
 */
import { execFileSync, execSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, openSync, readSync, closeSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchDatabaseUrl, benchDir } from './pg.js';
import { rootDir } from './common.js';
import { benchImport } from './import.js';
import { firstLoads } from '../e2e/support/bundle.js';

export interface Capture {
  key: string;
  /** The id in the captured statements that stands for the request's own. */
  id: string | null;
  status: number;
  queries: { query: string; params: unknown[] }[];
}

export interface Figure {
  work: string;
  measure: string;
  value: number | null;
  unit: string;
  limit: number | null;
  /** value / limit where more is better, limit / value where less is. */
  ratio: number | null;
  target: string;
  pass: boolean | null;
  note?: string;
}

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** The database pool of the product's server and of the limit alike (the server's DB_POOL_SIZE). */
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 20);
const jwtSecret = 'bench-'.padEnd(48, 'x');
const serverEntry = join(rootDir, 'server', 'dist', 'server.js');
const log = (msg: string) => console.log(`[bench] ${msg}`);

// --- processes ------------------------------------------------------------------------------------
let nextPort = 3900;
interface Proc {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}
const children = new Set<ChildProcess>();
// whatever happens to the bench, the servers it started end with it
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function start(args: string[], env: Record<string, string>, logFile: string): Proc {
  const port = nextPort++;
  const out = createWriteStream(logFile);
  const child = spawn(process.execPath, args, { cwd: rootDir, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return {
    port,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
async function waitReady(port: number, path = '/readyz', timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`nothing ready on :${port}${path}`);
}
const serverEnv = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  JWT_SECRET: jwtSecret,
  SEED_DEMO: '0',
  ACCESS_TOKEN_TTL: '7200',
  DATA_DIR: join(benchDir, 'server-data'),
  DB_POOL_SIZE: String(poolSize),
  ...extra,
});

// --- the API --------------------------------------------------------------------------------------
async function login(port: number, username: string, password = 'demo1234'): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
async function api<T>(port: number, token: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as T };
}

// --- load -----------------------------------------------------------------------------------------
interface Load {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  bad: number;
}
type CannonRequest = NonNullable<autocannon.Options['requests']>[number];
async function cannon(port: number, requests: CannonRequest[], opts: { connections?: number; duration?: number; amount?: number; headers?: Record<string, string> } = {}): Promise<Load> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: opts.connections ?? connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? duration }),
        headers: opts.headers,
        requests,
      },
      (err, res) => {
        clearTimeout(cap);
        if (err) reject(err);
        else resolve(res);
      },
    );
    // a run by count stops after twice the time of a run by duration, however slow the server
    const cap = setTimeout(() => instance.stop(), 2 * (opts.duration ?? duration) * 1000);
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total, bad: result.non2xx + result.errors + result.timeouts };
}
/** Round-robin over paths, each connection on its own turn. */
const rotating = (paths: string[], method = 'GET'): CannonRequest[] => {
  let i = 0;
  return [{ method, setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) } as CannonRequest];
};
const fmt = (n: number | null, digits = 1) => (n === null ? '—' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));

// --- the figures ----------------------------------------------------------------------------------
async function main() {
  const figures: Figure[] = [];
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  // what is measured is what is built now: a change made while the bench runs is not in it
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: rootDir, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/RESULTS.md'], { cwd: rootDir, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '';
  if (process.env.BENCH_NO_BUILD !== '1') {
    log('building (pnpm build)');
    execSync('pnpm build', { cwd: rootDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  figures.push(...bundleFigures());
  figures.push(await coldStart());

  const base = benchDatabaseUrl();
  const databaseUrl = process.env.DATABASE_URL ? base : base.replace(/\/[^/]*$/, '/bench');
  const owner = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const { rows: counts } = await owner.query<{ cases: number; employers: number; apps: number; notices: number }>(
    `select (select count(*) from cases)::int as cases, (select count(*) from employers)::int as employers, (select count(*) from legal_aid_applications)::int as apps, (select count(*) from notices)::int as notices`,
  );
  if (!counts[0].cases) throw new Error('the benchmark database holds no cases: run `pnpm bench:data` first');
  log(`database: ${counts[0].cases} cases, ${counts[0].employers} employers, ${counts[0].apps} legal-aid applications`);

  // the cases to read, and the pool of received cases the writes walk to closed
  const chaoyang = (await owner.query<{ path: string }>(`select path from offices where name = '朝阳区总工会'`)).rows[0].path;
  const readIds = (await owner.query<{ id: string }>(`select c.id from cases c join offices o on o.id = c.office_id where o.path like $1 || '%' order by md5(c.id::text) limit 500`, [chaoyang])).rows.map((r) => r.id);
  const writePool = (await owner.query<{ id: string; clock: string; updated_at: Date }>(`select id, clock, updated_at from cases where status = 'received' and version = 1 and pending_transfer_org_id is null order by md5(id::text)`)).rows;
  const walk = ['accept', 'start_mediation', 'settle', 'close'];
  const restore = async () => {
    const ids = writePool.map((r) => r.id);
    await owner.query(`delete from case_events where case_id = any($1) and type <> 'receive'`, [ids]);
    await owner.query(
      `update cases c set status = 'received', clock = w.clock, closed_at = null, outcome = null, version = 1, updated_at = w.updated_at
       from unnest($1::uuid[], $2::text[], $3::timestamptz[]) as w(id, clock, updated_at) where c.id = w.id and c.version <> 1`,
      [ids, writePool.map((r) => r.clock), writePool.map((r) => r.updated_at)],
    );
  };
  await restore();
  const [captureCase, ...walkPool] = writePool;
  log(`${walkPool.length} received cases to walk through ${walk.join(' → ')}`);

  // 1. capture the statements of one request of each kind
  const traceFile = join(benchDir, 'sql-trace.jsonl');
  rmSync(traceFile, { force: true });
  const capturing = start([serverEntry], serverEnv(databaseUrl, { SQL_TRACE_FILE: traceFile, LOG_LEVEL: 'warn' }), join(benchDir, 'capture-server.log'));
  await waitReady(capturing.port);
  await quiet(traceFile);
  const tokens = {
    staff: await login(capturing.port, 'chaoyang_staff'),
    admin: await login(capturing.port, 'admin', 'admin123'),
  };
  const listPath = '/cases?status=mediating&sort=dueAt&limit=20';
  const listPages = [listPath];
  for (let i = 0; i < 4; i++) {
    const { json } = await api<{ nextCursor: string | null }>(capturing.port, tokens.staff, 'GET', listPages[i]);
    if (!json.nextCursor) break;
    listPages.push(`${listPath}&cursor=${json.nextCursor}`);
  }
  const queuePath = '/legal-aid?limit=20';
  const captures: Capture[] = [];
  const capture = async (key: string, token: string, method: string, path: string, id: string | null, body?: unknown) => {
    const from = statSync(traceFile).size;
    const { status } = await api(capturing.port, token, method, path, body);
    if (status >= 300) throw new Error(`capture ${key}: ${method} ${path} answered ${status}`);
    captures.push({ key, id, status, queries: ownStatements(readFrom(traceFile, from)) });
  };
  for (const [i, page] of listPages.entries()) await capture(`list${i}`, tokens.staff, 'GET', page, null);
  await capture('detail', tokens.staff, 'GET', `/cases/${readIds[0]}`, readIds[0]);
  await capture('timeline', tokens.staff, 'GET', `/cases/${readIds[0]}/events`, readIds[0]);
  await capture('coverage', tokens.admin, 'GET', '/stats/coverage', null);
  await capture('queue', tokens.staff, 'GET', queuePath, null);
  for (const type of walk) await capture(type, tokens.admin, 'POST', `/cases/${captureCase.id}/events`, captureCase.id, { type });
  await capturing.stop();
  await restore();
  // not the product's: the least a request can cost here, for reading the latency targets against
  captures.push({ key: 'floor', id: null, status: 200, queries: [{ query: 'select 1', params: [] }] });
  const capturesFile = join(benchDir, 'captures.json');
  writeFileSync(capturesFile, JSON.stringify(captures, null, 1));
  log(`captured ${captures.reduce((n, c) => n + c.queries.length, 0)} statements of ${captures.length} requests (${capturesFile})`);

  // 2. the product's server and the limit server, side by side
  const server = start([serverEntry], serverEnv(databaseUrl), join(benchDir, 'server.log'));
  const limit = start(['--import', 'tsx', join(rootDir, 'bench', 'limit-server.ts')], { DATABASE_URL: databaseUrl, BENCH_CAPTURES: capturesFile, DB_POOL_SIZE: String(poolSize) }, join(benchDir, 'limit-server.log'));
  await waitReady(server.port);
  await settle(owner); // the scheduler's first round sweeps a million cases' clocks
  const staff = { authorization: `Bearer ${await login(server.port, 'chaoyang_staff')}` };
  const admin = { authorization: `Bearer ${await login(server.port, 'admin', 'admin123')}` };
  await sleep(500);

  const timed = (port: number, requests: CannonRequest[], headers?: Record<string, string>, conns?: number) => async () => {
    await cannon(port, requests, { duration: Math.min(3, duration), headers, connections: conns });
    return cannon(port, requests, { headers, connections: conns });
  };
  const measurePair = async (name: string, product: () => Promise<Load>, bare: () => Promise<Load>) => {
    const p = await product();
    const l = await bare();
    log(`${name}: ${fmt(p.rps)} req/s p50 ${p.p50} p99 ${p.p99} ms${p.bad ? ` (${p.bad} bad)` : ''} — limit ${fmt(l.rps)} req/s p50 ${l.p50} p99 ${l.p99} ms${l.bad ? ` (${l.bad} bad)` : ''}`);
    return { p, l };
  };

  // the floor of this machine at this concurrency: HTTP and one `select 1` on the same pool
  {
    const floor = await timed(limit.port, rotating(['/floor']))();
    log(`floor: ${fmt(floor.rps)} req/s p50 ${floor.p50} p99 ${floor.p99} ms`);
    figures.push({ work: `the machine's floor: a bare node:http server answering each request with one \`select 1\` (${connections} connections, same pool)`, measure: 'p99 latency', value: floor.p99, unit: 'ms', limit: null, ratio: null, target: 'none: what any request costs here at least', pass: null, note: `${fmt(floor.rps)} req/s, p50 ${floor.p50} ms` });
  }
  // the filtered, scoped, paged list
  {
    const { p, l } = await measurePair(
      'case list',
      timed(server.port, rotating(listPages.map((x) => `/api/v1${x}`)), staff),
      timed(limit.port, rotating(listPages.map((_, i) => `/list${i}`))),
    );
    figures.push({ work: 'case list: one district (朝阳区 staff), status=mediating, by due date, 20 a page, 5 pages', measure: 'p99 latency', value: p.p99, unit: 'ms', limit: l.p99, ratio: l.p99 / p.p99, target: 'p99 < 25 ms', pass: p.p99 < 25 && !p.bad });
    figures.push({ work: 'case list (as above)', measure: 'throughput', value: p.rps, unit: 'req/s', limit: l.rps, ratio: p.rps / l.rps, target: '≥ 60% of bare pg', pass: p.rps / l.rps >= 0.6 && !p.bad });
  }
  // a case's detail and its timeline
  {
    const { p, l } = await measurePair('case detail', timed(server.port, rotating(readIds.map((id) => `/api/v1/cases/${id}`)), staff), timed(limit.port, rotating(readIds.map((id) => `/detail/${id}`))));
    figures.push({ work: 'case detail (GET /cases/{id}), 500 cases of the district', measure: 'p99 latency', value: p.p99, unit: 'ms', limit: l.p99, ratio: l.p99 / p.p99, target: 'p99 < 15 ms', pass: p.p99 < 15 && !p.bad, note: `${fmt(p.rps)} req/s; bare pg ${fmt(l.rps)} req/s` });
    const t = await measurePair('case timeline', timed(server.port, rotating(readIds.map((id) => `/api/v1/cases/${id}/events`)), staff), timed(limit.port, rotating(readIds.map((id) => `/timeline/${id}`))));
    figures.push({ work: 'case timeline (GET /cases/{id}/events)', measure: 'p99 latency', value: t.p.p99, unit: 'ms', limit: t.l.p99, ratio: t.l.p99 / t.p.p99, target: 'p99 < 15 ms', pass: t.p.p99 < 15 && !t.p.bad, note: `${fmt(t.p.rps)} req/s; bare pg ${fmt(t.l.rps)} req/s` });
  }
  // appending workflow events: each connection walks its own cases through the whole path
  {
    // One request entry per step: autocannon keeps a connection's context through the entries and
    // resets it after the last, so each connection walks one case through the four steps in order,
    // then takes the next. (With a single entry the context was reset after every request: every
    // request took a new case and only ever sent `accept`.)
    const walker = (request: (type: string, id: string) => Partial<CannonRequest>): CannonRequest[] => {
      let next = 0;
      return walk.map(
        (type, step) =>
          ({
            method: 'POST',
            setupRequest: (req, context: Record<string, unknown>) => {
              if (step === 0) context.caseId = walkPool[next++].id;
              return { ...req, ...request(type, context.caseId as string) };
            },
          }) as CannonRequest,
      );
    };
    // as many requests as the pool allows, less one case per connection so no connection runs dry
    const amount = Math.max(0, (walkPool.length - connections) * walk.length);
    const product = await cannon(
      server.port,
      walker((type, id) => ({ path: `/api/v1/cases/${id}/events`, body: JSON.stringify({ type }), headers: { ...admin, 'content-type': 'application/json' } })),
      { amount },
    );
    const afterProduct = (await owner.query<{ n: number }>(`select count(*)::int as n from case_events where case_id = any($1) and type <> 'receive'`, [walkPool.map((r) => r.id)])).rows[0].n;
    await restore();
    // the limit replays the captured statements of each step: the path names the step
    const l = await cannon(limit.port, walker((type, id) => ({ path: `/${type}/${id}` })), { amount });
    await restore();
    log(`workflow events: ${fmt(product.rps)}/s p99 ${product.p99} ms (${product.bad} bad, ${afterProduct} events written) — limit ${fmt(l.rps)}/s p99 ${l.p99} ms (${l.bad} bad)`);
    figures.push({
      work: `workflow events (POST /cases/{id}/events: accept → start_mediation → settle → close over ${walkPool.length - connections} cases, state change + event + audit in one transaction)`,
      measure: 'throughput',
      value: product.rps,
      unit: 'events/s',
      limit: l.rps,
      ratio: product.rps / l.rps,
      target: '≥ 1,500 /s',
      pass: product.rps >= 1500 && !product.bad,
      note: `p99 ${product.p99} ms; ${product.total} requests${product.bad ? `, ${product.bad} not 2xx` : ''}${amount < 20_000 ? '; a small pool at this BENCH_SCALE' : ''}`,
    });
  }
  // the coverage figures for the whole city: one caller at a time, it is a report
  {
    const { p, l } = await measurePair('coverage', timed(server.port, rotating(['/api/v1/stats/coverage']), admin, 1), timed(limit.port, rotating(['/coverage']), undefined, 1));
    figures.push({ work: 'coverage figures of the whole city (admin, /stats/coverage), one client', measure: 'p99 latency', value: p.p99, unit: 'ms', limit: l.p99, ratio: l.p99 / p.p99, target: '< 200 ms', pass: p.p99 < 200 && !p.bad, note: `median ${p.p50} ms` });
  }
  // the legal-aid review queue
  {
    const { p, l } = await measurePair('legal-aid queue', timed(server.port, rotating([`/api/v1${queuePath}`]), staff), timed(limit.port, rotating(['/queue'])));
    figures.push({ work: 'legal-aid review queue (朝阳区 staff, green channel first, by decision due date, 20)', measure: 'p99 latency', value: p.p99, unit: 'ms', limit: l.p99, ratio: l.p99 / p.p99, target: 'none set (list: p99 < 25 ms)', pass: null, note: `${fmt(p.rps)} req/s; bare pg ${fmt(l.rps)} req/s (${Math.round((100 * p.rps) / l.rps)}%)` });
  }
  figures.push(...(await benchImport({ port: server.port, headers: admin, databaseUrl, log })));

  await server.stop();
  await limit.stop();
  await owner.end();
  report(figures, started, counts[0], loadAtStart, `${commit}${dirty}`);
}

/** Waits until the database has run nothing but this for a second. */
async function settle(owner: pg.Pool) {
  for (let idle = 0; idle < 2; ) {
    await sleep(500);
    const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where state = 'active' and datname = current_database() and pid <> pg_backend_pid()`);
    idle = rows[0].n ? 0 : idle + 1;
  }
}

/** Waits until the trace file has been still for a while: the scheduler's first round is over. */
async function quiet(file: string, ms = 1000) {
  let size = -1;
  for (;;) {
    const now = existsSync(file) ? statSync(file).size : 0;
    if (now === size) return;
    size = now;
    await sleep(ms);
  }
}

/**
 * The request's own statements: from the scoped transaction's `begin` to its commit. The scheduler
 * and the webhook outbox poll the database in the background; what they sent meanwhile is not the
 * request's, and the limit must not replay it. The caller's session lookup is not a request's
 * either: the server keeps a verified session for a few seconds (auth/session-cache.ts), so under
 * load it is read once per session every few seconds, not once per request.
 */
function ownStatements(queries: Capture['queries']): Capture['queries'] {
  const scoped = queries.findIndex((q) => q.query.includes("set_config('app.scope_path'"));
  const first = queries[scoped - 1]?.query === 'begin' ? scoped - 1 : scoped;
  const last = queries.findLastIndex((q) => q.query === 'commit');
  if (scoped < 0 || last < first) throw new Error(`no scoped transaction … commit among the captured statements: ${queries.map((q) => q.query.slice(0, 40)).join(' | ')}`);
  return queries.slice(first, last + 1);
}

function readFrom(file: string, from: number): Capture['queries'] {
  const size = statSync(file).size;
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(file, 'r');
  readSync(fd, buffer, 0, buffer.length, from);
  closeSync(fd);
  return buffer
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

// --- cold start on the embedded database ----------------------------------------------------------
async function coldStart(): Promise<Figure> {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
  const template = join(benchDir, 'pglite-template');
  rmSync(template, { recursive: true, force: true });
  mkdirSync(template, { recursive: true });
  const env = { NODE_ENV: 'production', JWT_SECRET: jwtSecret, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const first = start([serverEntry], { ...env, DATA_DIR: template, SEED_DEMO: '1' }, join(benchDir, 'cold-template.log'));
  await waitReady(first.port);
  await first.stop();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = join(benchDir, `cold-${i}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync(template, dir, { recursive: true });
    const t0 = performance.now();
    const proc = start([serverEntry], { ...env, DATA_DIR: dir }, join(benchDir, `cold-${i}.log`));
    await waitReady(proc.port);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(proc.child.pid!));
    await proc.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const median = medianOf(times);
  log(`cold start: ${times.map((t) => Math.round(t)).join(', ')} ms; CPU ${cpu.map((t) => Math.round(t)).join(', ')} ms`);
  return {
    work: `server cold start on PGlite (spawn node server/dist/server.js on a migrated+seeded copy → /readyz 200), median of ${runs}`,
    measure: 'time',
    value: median / 1000,
    unit: 's',
    limit: null,
    ratio: null,
    target: '< 3 s',
    pass: median < 3000,
    note: `runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s; CPU (user+sys) to ready, median ${(medianOf(cpu) / 1000).toFixed(2)} s — on a shared machine the CPU time is the steadier figure`,
  };
}

const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU time a process has used (Linux /proc; user + system, at 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// --- the admin app's first load -------------------------------------------------------------------
function bundleFigures(): Figure[] {
  const loads = firstLoads().map(({ page, bytes }) => ({ page, kB: bytes / 1024 }));
  const login = loads.find((l) => l.page === 'LoginPage')!;
  const [worst] = loads;
  log(`admin first load (gzip JS): ${loads.map(({ page, kB }) => `${page} ${kB.toFixed(0)} kB`).join(', ')}`);
  return [
    { work: 'admin app first load: the login page (entry + its static imports + the page chunk)', measure: 'JS gzip', value: login.kB, unit: 'kB', limit: null, ratio: null, target: '< 400 kB', pass: login.kB < 400 },
    {
      work: `admin app first load: the worst of all ${loads.length} route pages as first page`,
      measure: 'JS gzip',
      value: worst.kB,
      unit: 'kB',
      limit: null,
      ratio: null,
      target: '< 400 kB',
      pass: worst.kB < 400,
      note: `${worst.page}; ${loads.map(({ page, kB }) => `${page} ${kB.toFixed(0)}`).join(', ')}`,
    },
  ];
}

// --- the results ----------------------------------------------------------------------------------
function report(figures: Figure[], started: number, counts: { cases: number; employers: number; apps: number; notices: number }, loadAtStart: number, commit: string) {
  const rows = figures.map((f) => [
    f.work,
    f.measure,
    `${fmt(f.value)} ${f.unit}`,
    f.limit === null ? '—' : `${fmt(f.limit)} ${f.unit}`,
    f.ratio === null ? '—' : `${Math.round(f.ratio * 100)}%`,
    f.target,
    f.pass === null ? '—' : f.pass ? 'pass' : 'FAIL',
    f.note ?? '',
  ]);
  console.log();
  console.table(rows.map(([work, measure, value, limit, ratio, target, pass]) => ({ work: work.slice(0, 60), measure, value, limit, ratio, target, pass })));
  const pgVersion = execFileSync('sh', ['-c', 'ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1'], { encoding: 'utf8' }).trim();
  const table = [
    '| work | measure | figure | limit | figure/limit | target | result | note |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');
  const run = [
    `- date: ${new Date().toISOString()}`,
    `- commit: ${commit}`,
    `- machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, PostgreSQL ${pgVersion}`,
    `- load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}: the machine is shared, so absolute figures move with it; ratios much less`,
    `- data: ${counts.cases.toLocaleString('en-US')} cases, ${counts.employers.toLocaleString('en-US')} employers, ${counts.apps.toLocaleString('en-US')} legal-aid applications, ${counts.notices.toLocaleString('en-US')} supervision notices`,
    `- load: autocannon, ${connections} connections, a database pool of ${poolSize} on both sides, ${duration} s per run after a ${Math.min(3, duration)} s warm-up; the whole bench took ${((Date.now() - started) / 60000).toFixed(1)} min`,
  ].join('\n');
  const file = join(rootDir, 'bench', 'RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marker = /<!-- bench:latest -->[\s\S]*<!-- \/bench:latest -->/;
  const latest = `<!-- bench:latest -->\n## Latest run\n\n${run}\n\n${table}\n<!-- /bench:latest -->`;
  writeFileSync(file, marker.test(previous) ? previous.replace(marker, latest) : `# Benchmark results\n\n${latest}\n${previous}`);
  log(`written to ${file}`);
}

await main();
