import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cors from '@fastify/cors';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config/env.js';
import { openDatabase, type Database } from './db/client.js';
import { seedDemo } from './db/seed.js';
import { allowWebhookNetworks } from './modules/webhooks/webhooks.targets.js';
import apiClientRoutes from './modules/api-clients/api-clients.routes.js';
import auditRoutes from './modules/audit/audit.routes.js';
import authRoutes from './modules/auth/auth.routes.js';
import caseRoutes from './modules/cases/cases.routes.js';
import certificateRoutes from './modules/certificates/certificates.routes.js';
import employerRoutes from './modules/employers/employers.routes.js';
import healthRoutes from './modules/health/health.routes.js';
import hsdsRoutes from './modules/hsds/hsds.routes.js';
import importRoutes from './modules/imports/imports.routes.js';
import lawyerRoutes from './modules/lawyers/lawyers.routes.js';
import legalAidRoutes from './modules/legal-aid/legal-aid.routes.js';
import mediationOrgRoutes from './modules/mediation-orgs/mediation-orgs.routes.js';
import mediatorRoutes from './modules/mediators/mediators.routes.js';
import notificationRoutes from './modules/notifications/notifications.routes.js';
import officeRoutes from './modules/offices/offices.routes.js';
import regionRoutes from './modules/regions/regions.routes.js';
import settingsRoutes from './modules/settings/settings.routes.js';
import statsRoutes from './modules/stats/stats.routes.js';
import supervisionRoutes from './modules/supervision/supervision.routes.js';
import supervisorRoutes from './modules/supervisors/supervisors.routes.js';
import testClockRoutes from './modules/test-clock/test-clock.routes.js';
import userRoutes from './modules/users/users.routes.js';
import warningRoutes from './modules/warnings/warnings.routes.js';
import webhookRoutes from './modules/webhooks/webhooks.routes.js';
import docsPlugin from './plugins/docs.js';
import problemPlugin, { problem, sendProblem } from './plugins/problem.js';
import scopePlugin from './plugins/scope.js';
import csvExportPlugin from './plugins/csv-export.js';

const lazySerializers = (externalSchemas: unknown, options: unknown) => {
  const build = SerializerSelector()(externalSchemas as never, options as never);
  return (route: Parameters<typeof build>[0]) => {
    let serialize: ReturnType<typeof build> | undefined;
    return (data: unknown) => (serialize ??= build(route))(data);
  };
};

export interface BuildOptions {
  config: Config;
  /** An open database; by default one is opened from the config. */
  database?: Database;
}

export async function buildApp({ config, database: given }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers["x-api-key"]'] },
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: 'x-request-id',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // response serializers too are built on a route's first answer rather than at start (cold start)
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
    trustProxy: config.production,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const database =
    given ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.dbPoolSize, log: app.log, sqlTraceFile: config.sqlTraceFile }));
  await database.migrate(config.migrationsDir);
  if (config.seedDemo) await seedDemo(database.db, app.log);
  allowWebhookNetworks(config.webhookPrivateNetworks);
  app.addHook('onClose', async () => {
    if (!given) await database.close();
  });
  app.decorate('database', database);

  // On shutdown, answers in flight close their keep-alive connections, so that closing waits
  // only for work under way and not for idle clients.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply) => {
    if (closing) reply.header('Connection', 'close');
  });

  await app.register(problemPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its CSS-in-JS into <style> tags; Swagger UI needs inline styles too
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cors, { origin: config.corsOrigins.length ? config.corsOrigins : false, exposedHeaders: ['ETag', 'Location'] });
  // after body parsing, so that limits can key on the account as well as the address
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(docsPlugin);
  await app.register(csvExportPlugin);
  await app.register(scopePlugin, { config, database });

  await app.register(healthRoutes, { database });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { config, database });
      await api.register(officeRoutes);
      await api.register(userRoutes);
      await api.register(regionRoutes);
      await api.register(auditRoutes);
      await api.register(employerRoutes);
      await api.register(mediationOrgRoutes);
      await api.register(statsRoutes);
      await api.register(caseRoutes);
      await api.register(warningRoutes);
      await api.register(notificationRoutes);
      await api.register(settingsRoutes);
      await api.register(mediatorRoutes);
      await api.register(supervisorRoutes);
      await api.register(lawyerRoutes);
      await api.register(legalAidRoutes);
      await api.register(certificateRoutes);
      await api.register(supervisionRoutes, { database });
      if (config.testClock) await api.register(testClockRoutes, { database });
      await api.register(apiClientRoutes);
      await api.register(webhookRoutes);
      await api.register(hsdsRoutes);
      await api.register(importRoutes);
    },
    { prefix: '/api/v1' },
  );

  const adminIndex = join(config.adminDir, 'index.html');
  const serveAdmin = existsSync(adminIndex);
  if (serveAdmin) {
    // the admin build writes .gz beside each asset: the first load travels gzipped, not 3× its size
    await app.register(fastifyStatic, { root: config.adminDir, wildcard: false, maxAge: '1h', index: false, preCompressed: true });
  }
  // The admin app routes in the browser: any other GET for a page answers its index.
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    if (serveAdmin && req.method === 'GET' && !path.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, problem(req, 'not_found', { detail: `no route ${req.method} ${path}` }));
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}
