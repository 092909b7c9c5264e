/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
import { loadConfig } from '../config/env.js';
import { openDatabase } from './client.js';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: console });
try {
  await database.migrate(config.migrationsDir);
  console.log(`migrations applied (${database.driver})`);
} finally {
  await database.close();
}
