import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { Timestamp } from '@union/shared';
import type { Database } from '../../db/client.js';
import { now, setClock } from '../../lib/clock.js';
import { runSweeps } from '../../scheduler.js';

const ClockBody = Type.Object({ now: Type.Union([Timestamp, Type.Null()]) }, { additionalProperties: false });
const ClockAnswer = Type.Object({ now: Timestamp, sweeps: Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer())) });

/**
 * Registered only when TEST_CLOCK=1 (which production refuses): browser tests set the server's
 * clock to see deadlines pass, and the sweeps run at once at the new time.
 */
const testClockRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (app, { database }) => {
  app.get('/test/clock', { config: { access: 'public' }, schema: { tags: ['test'], security: [], response: { 200: Type.Object({ now: Timestamp }) } } }, async () => ({ now: now().toISOString() }));
  app.put(
    '/test/clock',
    { config: { access: 'public' }, schema: { tags: ['test'], summary: 'Sets the server’s clock (null: back to the system clock) and runs the sweeps', security: [], body: ClockBody, response: { 200: ClockAnswer } } },
    async (req) => {
      setClock(req.body.now ? new Date(req.body.now) : null);
      const at = now();
      return { now: at.toISOString(), sweeps: await runSweeps(database.db, at) };
    },
  );
};
export default testClockRoutes;
