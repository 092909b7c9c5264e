import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const templateFile = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '.tmp', 'pglite-template.tar.gz');
export const TEMPLATE_DB = 'union_test_template';
