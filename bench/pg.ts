/**
 * The benchmark's PostgreSQL: DATABASE_URL when set, otherwise a cluster of its own kept under
 * `.bench/pg` (made once by `pnpm bench:data`, started again by `pnpm bench`), tuned as a small
 * production server would be rather than for tests: fsync stays on; synchronous_commit is off,
 * as the limit runs share the setting and it is what a 2-core box would run with.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, chownSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export const benchDir = resolve(import.meta.dirname, '..', '.bench');
const clusterDir = join(benchDir, 'pg');
const dataDir = join(clusterDir, 'data');
const portFile = join(clusterDir, 'port');

function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return resolve(which.stdout.trim(), '..');
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('no PostgreSQL server binaries: install postgresql or set PG_BIN');
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/** PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` OS user. */
const asOwner = (cmd: string, args: string[]) => {
  const root = userInfo().uid === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

const settings = [
  'listen_addresses=127.0.0.1',
  'max_connections=200',
  'shared_buffers=1GB',
  'effective_cache_size=4GB',
  'work_mem=16MB',
  'maintenance_work_mem=512MB',
  'max_wal_size=8GB',
  'checkpoint_timeout=15min',
  'synchronous_commit=off',
  'random_page_cost=1.1',
  'jit=off',
];

function running(bin: string): boolean {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return false;
  try {
    asOwner(join(bin, 'pg_ctl'), ['-D', dataDir, 'status']);
    return true;
  } catch {
    return false;
  }
}

/** The connection string of the benchmark database, starting (and on first use making) its cluster. */
export function benchDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const bin = pgBin();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(clusterDir, { recursive: true });
    if (userInfo().uid === 0) {
      chownSync(benchDir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), -1);
      execFileSync('chown', ['-R', 'postgres:', clusterDir]);
    }
    console.log(`[bench] initdb in ${dataDir}`);
    asOwner(join(bin, 'initdb'), ['-D', dataDir, '-U', 'app', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  let port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : Number(process.env.PG_PORT ?? 54400);
  if (!running(bin)) {
    const opts = [...settings, `port=${port}`, `unix_socket_directories=${clusterDir}`].map((s) => `-c ${s}`).join(' ');
    console.log(`[bench] starting PostgreSQL on 127.0.0.1:${port}`);
    asOwner(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(clusterDir, 'postgres.log'), '-w', '-t', '120', '-o', opts, 'start']);
    writeFileSync(portFile, String(port));
  }
  port = Number(readFileSync(portFile, 'utf8'));
  return `postgres://app@127.0.0.1:${port}/postgres`;
}

/** Stops the benchmark's own cluster (not one given by DATABASE_URL). */
export function stopBenchCluster() {
  if (process.env.DATABASE_URL) return;
  const bin = pgBin();
  if (running(bin)) asOwner(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
}
