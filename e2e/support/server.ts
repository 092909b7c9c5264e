import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the server on a free port with an empty data dir, which it migrates and seeds with the
 * demo network, and waits until /readyz answers. Runs the built server when there is one.
 * `extraEnv` adds settings, e.g. `TEST_CLOCK=1` for a server whose clock a test moves.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(root, 'admin/dist/index.html'))) {
    throw new Error('admin/dist is missing: build the admin app first (pnpm --filter @union/admin build)');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'union-e2e-data-'));
  const built = join(root, 'server/dist/server.js');
  const [command, args] = existsSync(built) ? [process.execPath, [built]] : ['npx', ['tsx', 'server/src/server.ts']];
  const { NODE_ENV: _, ...env } = process.env;
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
    // its own process group, so stopping it also stops what npx and tsx start under it
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  // migrating and seeding the demo network takes over a minute on a busy machine
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not become ready (${command} ${args.join(' ')}):\n${output}`);
}
