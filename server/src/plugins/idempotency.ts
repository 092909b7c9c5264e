import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import Type, { type TProperties } from 'typebox';
import type { Db, Tx } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { registerSweep } from '../scheduler.js';

/** How long a first answer is kept for retries. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'] as const;

/** Every POST declares the header, so that OpenAPI shows it and it is bounded like any input. */
export function declareIdempotencyKey(route: RouteOptions) {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!methods.includes('POST')) return;
  const headers = (route.schema?.headers as { properties?: TProperties } | undefined)?.properties ?? {};
  route.schema = {
    ...route.schema,
    headers: Type.Object({
      ...headers,
      'idempotency-key': Type.Optional(
        Type.String({ minLength: 1, maxLength: 255, description: `Retrying with the same key and body answers the first answer (kept ${IDEMPOTENCY_TTL_HOURS} h); the same key with another body is 422 idempotency_key_reused.` }),
      ),
    }),
  };
}

/** JSON with sorted keys: the same body sent with its fields in another order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? '';
}

const isStream = (body: unknown): body is Readable => typeof (body as { pipe?: unknown } | null)?.pipe === 'function';

const requestHasher = (req: FastifyRequest) => createHash('sha256').update(`${req.method} ${req.url}\n`);

function requestHash(req: FastifyRequest): string {
  const body = req.body;
  const hash = requestHasher(req);
  if (typeof body === 'string' || Buffer.isBuffer(body)) hash.update(body);
  else hash.update(canonical(body));
  return hash.digest('hex');
}

/**
 * A body the route reads as a stream (a bulk import) is not in memory to hash: it is hashed as
 * the route reads it, through a tap put in its place. Answers the request's hash, once the rest
 * the route left unread (if any) has been read too.
 */
function hashAsRead(req: FastifyRequest & { body: Readable }): () => Promise<string> {
  const hash = requestHasher(req);
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // pipeline, not pipe: a body cut off half-way fails the tap, and so the route reading it
  pipeline(req.body, tap, () => undefined);
  req.body = tap;
  let digest: string | undefined;
  return async () => {
    if (digest === undefined) {
      for await (const chunk of tap) void chunk;
      digest = hash.digest('hex');
    }
    return digest;
  };
}

/**
 * `Idempotency-Key` on a POST (api.md "Idempotency"), run inside the request's scoped transaction:
 *
 * - the key is claimed by inserting its row first; a concurrent request with the same key waits on
 *   the row's primary key until the first commits, then finds it and replays it — never both create;
 * - the answer (status, body, Location, ETag) is stored in the same transaction as what it created,
 *   so a crash keeps neither; a failed request rolls its claim back and may be retried;
 * - the same key with another method, path or body is refused with `idempotency_key_reused`.
 *
 * Keys belong to the caller (a user or an API client) and are kept for a day.
 */
export async function withIdempotency(req: FastifyRequest, reply: FastifyReply, tx: Tx, principalId: string, run: () => Promise<unknown>): Promise<unknown> {
  const header = req.headers['idempotency-key'];
  if (req.method !== 'POST' || header === undefined) return run();
  // the route's header schema bounds it (declareIdempotencyKey)
  const key = Array.isArray(header) ? header[0] : header;
  // a streamed body's hash is known once it is read: the key is claimed under its method and URL,
  // and the request's hash compared or stored when the body has been read, before the commit
  const streamed = isStream(req.body) ? hashAsRead(req as FastifyRequest & { body: Readable }) : null;
  const hash = streamed ? requestHasher(req).digest('hex') : requestHash(req);
  const expiresAt = sql`now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ principalId, key, requestHash: hash, expiresAt })
    // an expired key is free again
    .onConflictDoUpdate({
      target: [idempotencyKeys.principalId, idempotencyKeys.key],
      set: { requestHash: hash, statusCode: null, body: null, headers: null, createdAt: sql`now()`, expiresAt },
      setWhere: sql`${idempotencyKeys.expiresAt} < now()`,
    })
    .returning({ key: idempotencyKeys.key });

  if (!claimed.length) {
    const [first] = await tx
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.principalId, principalId), eq(idempotencyKeys.key, key)));
    // a retry of an import sends its file again: it is read (and hashed), never imported twice
    if (!first || first.requestHash !== (streamed ? await streamed() : hash)) {
      throw new AppError('idempotency_key_reused', { detail: 'this Idempotency-Key was sent with another request; use a new key for a new request' });
    }
    if (first.statusCode === null) throw new AppError('conflict', { detail: 'a request with this Idempotency-Key is still in progress' });
    for (const [name, value] of Object.entries(first.headers ?? {})) reply.header(name, value);
    reply.header('Idempotent-Replayed', 'true');
    reply.code(first.statusCode);
    return first.body;
  }

  const payload = await run();
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: reply.statusCode, body: (payload ?? null) as object, headers, ...(streamed && { requestHash: await streamed() }) })
    .where(and(eq(idempotencyKeys.principalId, principalId), eq(idempotencyKeys.key, key)));
  return payload;
}

registerSweep('idempotency_keys', async (db: Db, now: Date) => {
  const removed = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now)).returning({ key: idempotencyKeys.key });
  return { expired: removed.length };
});
