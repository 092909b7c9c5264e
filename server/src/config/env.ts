import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ipaddr from 'ipaddr.js';

export interface Config {
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  seedDemo: boolean;
  corsOrigins: string[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginRateLimit: { max: number; windowMs: number };
  bodyLimitBytes: number;
  dbPoolSize: number;
  /** How often the scheduler runs its sweeps (deadlines, alarms). */
  schedulerIntervalMs: number;
  logLevel: string;
  /** TEST_CLOCK=1: browser tests may set the server's clock (`PUT /api/v1/test/clock`); refused in production. */
  testClock: boolean;
  /** SQL_TRACE_FILE: every statement sent to PostgreSQL is appended there (benchmark capture; never in production). */
  sqlTraceFile: string | null;
  /**
   * WEBHOOK_PRIVATE_NETWORKS: networks (CIDR, comma-separated) that webhook receivers may be in besides
   * public addresses, e.g. the union's intranet. Outside production loopback, for receivers on this machine.
   */
  webhookPrivateNetworks: string[];
  /** The repository root: migrations and the built admin app are found from here. */
  rootDir: string;
  adminDir: string;
  migrationsDir: string;
}

/** Finds the workspace root from this file, whether it runs from `src/` or the bundled `dist/`. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the workspace root (pnpm-workspace.yaml)');
    dir = up;
  }
  return dir;
}

/**
 * Reads and checks the environment once at boot. A bad environment stops the process with the
 * list of what is wrong.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const int = (name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const flag = (name: string, fallback: boolean) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!['0', '1', 'true', 'false'].includes(raw)) problems.push(`${name} must be 1 or 0, got "${raw}"`);
    return raw === '1' || raw === 'true';
  };

  const cidrs = (name: string, fallback: string[]) => {
    const raw = env[name];
    if (raw === undefined) return fallback;
    const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
    for (const cidr of list) if (!ipaddr.isValidCIDR(cidr)) problems.push(`${name} must list networks as CIDR (10.0.0.0/8, fd00::/8), got "${cidr}"`);
    return list;
  };

  const rootDir = findRoot();
  const dataDir = resolve(rootDir, env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// URL');

  let jwtSecret = env.JWT_SECRET ?? '';
  if (!jwtSecret) {
    if (production) problems.push('JWT_SECRET is required when NODE_ENV=production');
    else if (!overrides.jwtSecret) jwtSecret = secretForDataDir(dataDir);
  } else if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');

  const config: Config = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    production,
    databaseUrl,
    dataDir,
    jwtSecret,
    seedDemo: flag('SEED_DEMO', !production),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL', 900, 5, 86400),
    refreshTokenTtlDays: int('REFRESH_TOKEN_TTL_DAYS', 14, 1, 365),
    loginRateLimit: { max: int('LOGIN_RATE_LIMIT', 10, 1), windowMs: int('LOGIN_RATE_WINDOW_MS', 60_000, 1000) },
    bodyLimitBytes: int('BODY_LIMIT', 1_048_576, 1024),
    dbPoolSize: int('DB_POOL_SIZE', 20, 1, 500),
    schedulerIntervalMs: int('SCHEDULER_INTERVAL_MS', 60_000, 1000),
    testClock: flag('TEST_CLOCK', false),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    sqlTraceFile: env.SQL_TRACE_FILE || null,
    webhookPrivateNetworks: cidrs('WEBHOOK_PRIVATE_NETWORKS', production ? [] : ['127.0.0.0/8', '::1/128']),
    rootDir,
    adminDir: join(rootDir, 'admin', 'dist'),
    migrationsDir: join(rootDir, 'migrations'),
    ...overrides,
  };
  if (config.testClock && production) problems.push('TEST_CLOCK cannot be set when NODE_ENV=production');
  if (problems.length) {
    throw new Error(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** Outside production a signing key is made once per data dir and kept there. */
function secretForDataDir(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
