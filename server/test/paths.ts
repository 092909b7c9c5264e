import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The migrated, seeded database a test run copies for each file: a PGlite dump, or a PostgreSQL template database. */
export interface Template {
  file: string;
  database: string;
}

export const templateFor = (run: number): Template => ({
  file: join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '.tmp', `pglite-template-${run}.tar.gz`),
  database: `union_test_template_${run}`,
});

declare module 'vitest' {
  export interface ProvidedContext {
    template: Template;
  }
}
