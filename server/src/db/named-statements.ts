import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Server-side prepared statements for every statement with parameters. PostgreSQL parses and
 * plans an unnamed statement on each execution, and with the row-level security policies and the
 * case's subqueries planning costs more than running: a case by id plans in 1.4 ms and runs in
 * 0.2 ms (EXPLAIN (ANALYZE, SUMMARY) as app_scoped). A statement named after its text is parsed
 * once per connection, and after a few executions PostgreSQL keeps its generic plan (the scope
 * comes from GUCs, not from the statement, so one plan serves every caller; a plan that depends
 * on row-level security is made again when the role differs).
 *
 * Statements without parameters (`begin`, `commit`, DDL) stay on the simple protocol. A connection
 * prepares at most `maxPerConnection` texts; further ones go unnamed, so text built per request
 * cannot grow a backend's memory without end.
 */
const maxPerConnection = 500;

const hashed = (text: string) => `s_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
// the same few hundred texts come back on every request: a map lookup instead of a SHA-1 each time
const names = new Map<string, string>();
export const statementName = (text: string) => {
  let name = names.get(text);
  if (name === undefined) {
    name = hashed(text);
    if (names.size < 5_000) names.set(text, name);
  }
  return name;
};

type QueryConfig = { text: string; name?: string; values?: unknown[] } & Record<string, unknown>;

/** Names the statements of every connection the pool opens (the server's pool, and the bench's limit). */
export function nameStatements(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const named = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: unknown, values?: unknown, ...rest: unknown[]) => {
      const text = typeof config === 'string' ? config : (config as QueryConfig | null)?.text;
      const params = Array.isArray(values) ? values : (config as QueryConfig | null)?.values;
      if (typeof text === 'string' && params?.length && !(config as QueryConfig).name) {
        const name = statementName(text);
        if (named.has(name) || named.size < maxPerConnection) {
          named.add(name);
          return query(typeof config === 'string' ? { text, name } : { ...(config as QueryConfig), name }, values, ...rest);
        }
      }
      return query(config, values, ...rest);
    }) as typeof client.query;
  });
}
