import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
let admin: string;
let chaoyangId: string;

beforeAll(async () => {
  t = await buildTestApp({ bodyLimitBytes: 64 * 1024 });
  admin = (await t.login('admin')).token;
  const res = await t.api.get('/api/v1/offices').query({ q: '朝阳区总工会' }).set(bearer(admin));
  chaoyangId = res.body.items.find((o: { name: string }) => o.name === '朝阳区总工会').id;
});
afterAll(() => t.close());

const expectProblem = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.type).toBe('string');
};

describe('problem+json for every error', () => {
  it('answers malformed JSON with 400 malformed_body', async () => {
    const res = await t.api.post('/api/v1/offices').set(bearer(admin)).set('Content-Type', 'application/json').send('{"name": ');
    expectProblem(res, 400, 'malformed_body');
  });

  it('names each wrong type, missing and unknown field by its path', async () => {
    const res = await t.api
      .post('/api/v1/offices')
      .set(bearer(admin))
      .set('Accept-Language', 'en')
      .send({ name: 42, kind: 'palace', parentId: chaoyangId, regionCode: '110105001', colour: 'red' });
    expectProblem(res, 400, 'validation_failed');
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'kind', 'colour']));
    const missing = await t.api.post('/api/v1/users').set(bearer(admin)).send({ username: 'abc' });
    expect((missing.body.errors as { path: string; message: string }[]).find((e) => e.path === 'password')?.message).toBe('必填');
  });

  it('does not coerce types in bodies', async () => {
    const res = await t.api.patch(`/api/v1/users/${chaoyangId}`).set(bearer(admin)).set('If-Match', '"1"').send({ active: 'false' });
    expectProblem(res, 400, 'validation_failed');
    expect(res.body.errors[0].path).toBe('active');
  });

  it('names query and path parameters with their part', async () => {
    const q = await t.api.get('/api/v1/offices').query({ limit: 9999, tier: 'planet' }).set(bearer(admin));
    expectProblem(q, 400, 'validation_failed');
    expect(q.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.limit', 'query.tier']);
    const p = await t.api.get('/api/v1/offices/not-a-uuid').set(bearer(admin));
    expectProblem(p, 400, 'validation_failed');
    expect(p.body.errors[0].path).toBe('params.id');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.api.post('/api/v1/offices').set(bearer(admin)).send({ name: 'x'.repeat(100_000) });
    expectProblem(res, 413, 'payload_too_large');
  });

  it('answers an unsupported media type with 415', async () => {
    const res = await t.api.post('/api/v1/offices').set(bearer(admin)).set('Content-Type', 'application/xml').send('<office/>');
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('answers an unknown route with 404 problem+json', async () => {
    expectProblem(await t.api.get('/api/v1/nothing-here'), 404, 'not_found');
  });

  it('refuses prototype poisoning', async () => {
    const res = await t.api.post('/api/v1/offices').set(bearer(admin)).set('Content-Type', 'application/json').send('{"__proto__": {"x": 1}}');
    expect(res.status).toBe(400);
  });
});

/** Every operation of the OpenAPI document, with its path parameters filled in. */
async function operations() {
  const doc = (await t.api.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method, path })));
}

const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom("'; drop table offices; --", '\u0000', '%00', '../../etc/passwd', '𠀀𠀁', '\uFFFF', 'NaN', '-1', '1e309', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const body = fc.oneof(
  fc.dictionary(fc.constantFrom('name', 'kind', 'parentId', 'regionCode', 'username', 'password', 'roles', 'officeId', 'active', 'displayName', 'refreshToken', 'x'), fc.oneof(junk, fc.array(junk, { maxLength: 3 }))),
  fc.array(junk, { maxLength: 3 }),
  junk,
);

describe('no request gets a 500', () => {
  it('survives random bodies, params and queries on every endpoint', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(8);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ops), body, junk, fc.constantFrom(chaoyangId, 'x', '00000000-0000-0000-0000-000000000000'), async (op, payload, q, id) => {
        const url = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(String(id)));
        const req = t.api[op.method as 'get' | 'post' | 'patch'](url).query({ q: String(q), limit: String(q) }).set(bearer(admin)).set('If-Match', encodeURIComponent(String(q)));
        const res = op.method === 'get' ? await req : await req.set('Content-Type', 'application/json').send(JSON.stringify(payload));
        if (res.status >= 500) throw new Error(`${op.method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(/problem\+json|json/);
      }),
      { numRuns: 300 },
    );
  });
});
