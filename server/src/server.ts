import { buildApp } from './app.js';
import { loadConfig } from './config/env.js';
import { startWebhookDispatcher } from './modules/webhooks/webhooks.dispatcher.js';
import { startScheduler } from './scheduler.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

const app = await buildApp({ config });
await app.listen({ port: config.port, host: config.host });
const stopScheduler = startScheduler(app.database.db, app.log, config.schedulerIntervalMs);
const stopWebhooks = startWebhookDispatcher(app.database.db, app.log);

/** On SIGTERM/SIGINT: stop taking requests, let in-flight ones finish, close the pool. */
let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('graceful shutdown timed out');
      process.exit(1);
    }, 10_000).unref();
    stopScheduler();
    stopWebhooks();
    await app.close();
    clearTimeout(timer);
    process.exit(0);
  });
}
