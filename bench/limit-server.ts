/**
 * The limit beside each read and write figure: a bare HTTP server that, for each request, runs
 * exactly the statements the product's server sent for the same request (captured from its SQL
 * trace), on a `pg` pool of the same size, and answers the rows as JSON. autocannon drives it
 * with the same settings, so both figures pay for HTTP, JSON and the client's share of the two
 * cores alike; the ratio is what the product adds: routing, validation, authentication, the
 * scoped transaction's bookkeeping, the ORM and its rules.
 *
 * Env: BENCH_CAPTURES (JSON file of captures), DATABASE_URL, PORT, DB_POOL_SIZE.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';
import { nameStatements } from '../server/src/db/named-statements.js';
import type { Capture } from './run.js';

const captures: Capture[] = JSON.parse(readFileSync(process.env.BENCH_CAPTURES!, 'utf8'));
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 20) });
// the same SQL as the product's: statements with parameters prepared once per connection, by the same names
nameStatements(pool);
const byKey = new Map(captures.map((c) => [c.key, c]));

createServer(async (req, res) => {
  // /<key> or /<key>/<id>: the capture, and the id that stands for its own
  const [, key, id] = (req.url ?? '').split('?')[0].split('/');
  const capture = byKey.get(key);
  if (!capture) {
    res.writeHead(404).end();
    return;
  }
  for await (const _ of req); // the body is the capture's
  const swap = (v: unknown) => (id && v === capture.id ? id : v);
  const client = await pool.connect();
  try {
    const out: unknown[] = [];
    for (const q of capture.queries) {
      const result = await client.query(q.query, q.params.map(swap));
      if (result.rows?.length) out.push(result.rows);
    }
    res.writeHead(capture.status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    res.writeHead(500).end(String(err));
  } finally {
    client.release();
  }
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('limit server ready'));
