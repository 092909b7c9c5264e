import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../../db/client.js';

/** `/healthz` while the process is up; `/readyz` only while the database answers. */
const healthRoutes: FastifyPluginAsync<{ database: Database }> = async (app, { database }) => {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), 2_000).unref()),
      ]);
      return { status: 'ready', database: database.driver };
    } catch (err) {
      return reply.code(503).send({ status: 'unavailable', database: database.driver, error: (err as Error).message });
    }
  });
};
export default healthRoutes;
