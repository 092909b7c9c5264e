import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { now as clockNow } from './lib/clock.js';

/**
 * The scheduler that makes clocks fire: every sweep runs on a timer, marks what is due soon and
 * overdue, and raises what follows from it. One server at a time runs a round (an advisory lock),
 * so several instances on one database do not double the work.
 */
export type Sweep = (db: Db, now: Date) => Promise<Record<string, number>>;

const sweeps = new Map<string, Sweep>();

export function registerSweep(name: string, sweep: Sweep) {
  sweeps.set(name, sweep);
}

export async function runSweeps(db: Db, now = clockNow()): Promise<Record<string, Record<string, number>>> {
  const results: Record<string, Record<string, number>> = {};
  await db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(2261) as locked`);
    if (!rows[0].locked) return;
    for (const [name, sweep] of sweeps) results[name] = await sweep(tx as unknown as Db, now);
  });
  return results;
}

/**
 * Runs `round` every `everyMs` in the background, never two rounds at once; a failed round is logged
 * and the next one tries again. Answers the first round's start and the stop.
 */
export function repeatInBackground(everyMs: number, log: FastifyBaseLogger, what: string, round: () => Promise<void>) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await round();
    } catch (err) {
      log.warn({ err }, `${what} failed`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}

export function startScheduler(db: Db, log: FastifyBaseLogger, everyMs = 60_000): () => void {
  const repeat = repeatInBackground(everyMs, log, 'scheduler round', async () => {
    const results = await runSweeps(db);
    log.debug({ results }, 'scheduler round');
  });
  void repeat.tick();
  return repeat.stop;
}
