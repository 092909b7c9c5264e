import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

it('pages through entries written within the same millisecond without skipping or repeating any', async () => {
  const { token, user } = await t.login('admin');
  // the cursor carries a JavaScript Date (milliseconds): the column must not hold finer times than that
  await t.database.db.execute(sql`
    insert into audit_log (at, action, entity, entity_id, office_id)
    select timestamptz '2020-01-01 00:00:00.000100+00' + n * interval '1 microsecond', 'paging.probe', 'probe', n::text, ${user.officeId}::uuid
    from generate_series(1, 7) n`);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { body: { items: { entityId: string }[]; nextCursor: string | null } } = await t.api
      .get('/api/v1/audit-log')
      .query({ entity: 'probe', limit: 2, ...(cursor ? { cursor } : {}) })
      .set(bearer(token));
    seen.push(...page.body.items.map((e) => e.entityId));
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(seen.toSorted()).toEqual(['1', '2', '3', '4', '5', '6', '7']);
});
