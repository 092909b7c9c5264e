import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driver, openTestDatabase } from '../../test/app.js';
import { loadConfig } from '../config/env.js';
import { inScopeTransaction, type Database } from './client.js';
import { demoUsers } from './seed.js';

let database: Database & { dropAll(): Promise<void> };
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.dropAll());

/** Tables that hold no office's data, so row-level security does not apply to them. */
const unscoped = new Set(['refresh_tokens']);

describe(`database on ${driver}`, () => {
  it('is migrated: applying the migrations again changes nothing', async () => {
    const before = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await database.migrate(loadConfig({ NODE_ENV: 'test' }, { jwtSecret: 'x'.repeat(32) }).migrationsDir);
    const after = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(Number((before.rows[0] as { n: number }).n)).toBeGreaterThanOrEqual(3);
  });

  it('is seeded with both demo networks and every demo user', async () => {
    const { rows } = await database.db.execute(sql`select name, region_code from offices where parent_id is null order by name`);
    expect(rows).toEqual([
      { name: '北京市总工会', region_code: '110000' },
      { name: '平顶山市总工会', region_code: '410400' },
    ]);
    const users = await database.db.execute(sql`select username from users`);
    expect(users.rows.map((r) => (r as { username: string }).username).sort()).toEqual(demoUsers.map((u) => u.username).sort());
    const streets = await database.db.execute(sql`select count(*)::int as n from offices where kind = 'street_service_station' and region_code like '11%'`);
    expect((streets.rows[0] as { n: number }).n).toBe(349);
  });

  it('gives new rows time-ordered ids: UUID version 7, a later one sorting after an earlier one', async () => {
    const ids = async () => (await database.db.execute(sql`select uuid_v7()::text as id from generate_series(1, 3)`)).rows.map((r) => (r as { id: string }).id);
    const first = await ids();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = await ids();
    for (const id of [...first, ...later]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set([...first, ...later]).size).toBe(6);
    expect(later.every((id) => first.every((earlier) => id > earlier))).toBe(true);
    const { rows } = await database.db.execute(sql`select column_default as d from information_schema.columns where table_schema = 'public' and column_name = 'id' and column_default like '%gen_random_uuid%'`);
    expect(rows).toEqual([]);
  });

  it('is seeded with 朝阳区 dispute cases at every stage, each on its timeline and audited', async () => {
    const { rows } = await database.db.execute(
      sql`select c.status, (select count(*)::int from case_events e where e.case_id = c.id) as events, (select count(*)::int from audit_log a where a.entity_id = c.id::text) as audited
          from cases c join offices o on o.id = c.office_id where o.name = '朝阳区劳动争议调解中心' order by c.received_at desc`,
    );
    expect(rows).toEqual([
      { status: 'received', events: 1, audited: 1 },
      { status: 'accepted', events: 2, audited: 2 },
      { status: 'mediating', events: 3, audited: 3 },
      { status: 'settled', events: 4, audited: 4 },
      { status: 'failed', events: 4, audited: 4 },
      { status: 'mediating', events: 3, audited: 3 },
      { status: 'closed', events: 5, audited: 5 },
    ]);
  });

  it('is seeded with legal-aid applications of 朝阳区 for the review queue, the green channel first', async () => {
    const { rows } = await database.db.execute(
      sql`select a.status, a.green_channel as green, (select count(*)::int from legal_aid_events e where e.application_id = a.id) as events
          from legal_aid_applications a join offices o on o.id = a.office_id where o.name = '朝阳区总工会' order by a.received_at desc`,
    );
    expect(rows).toEqual([
      { status: 'submitted', green: true, events: 1 },
      { status: 'under_review', green: false, events: 2 },
      { status: 'approved', green: true, events: 3 },
      { status: 'rejected', green: false, events: 3 },
    ]);
  });

  it('protects every table with row-level security, but those that hold no office’s data', async () => {
    const { rows } = await database.db.execute(
      sql`select c.relname as name, c.relrowsecurity as rls from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`,
    );
    const open = rows.filter((r) => !(r as { rls: boolean }).rls).map((r) => (r as { name: string }).name);
    expect(open.filter((name) => !unscoped.has(name))).toEqual([]);
  });

  it('shows the scoped role nothing of the unscoped tables', async () => {
    const refused = await inScopeTransaction(database.db, '/', (tx) => tx.execute(sql`select * from refresh_tokens`)).catch((e) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it('limits the scoped role to the subtree under its path', async () => {
    const { rows } = await database.db.execute(sql`select path from offices where name = '朝阳区总工会'`);
    const path = (rows[0] as { path: string }).path;
    const seen = await inScopeTransaction(database.db, path, (tx) => tx.execute(sql`select distinct left(region_code, 6) as code from users join offices on offices.id = users.office_id`));
    expect(seen.rows.map((r) => (r as { code: string }).code)).toEqual(['110105']);
    // an empty scope is no scope: it sees nothing rather than everything
    const none = await inScopeTransaction(database.db, '', (tx) => tx.execute(sql`select (select count(*) from users)::int as u, (select count(*) from offices)::int as o`));
    expect(none.rows[0]).toEqual({ u: 0, o: 0 });
  });

  it('sets the scope and the role as given, however quoted, and keeps them to the transaction', async () => {
    const odd = `/it's \\ a "path"/`;
    const seen = await inScopeTransaction(
      database.db,
      odd,
      (tx) => tx.execute(sql`select current_setting('app.scope_path') as path, current_setting('app.user_id') as "user", current_setting('app.lawyer_only') as lawyer, current_user as role`),
      `o'neil`,
      true,
    );
    expect(seen.rows[0]).toEqual({ path: odd, user: `o'neil`, lawyer: 'on', role: 'app_scoped' });
    const after = await database.db.execute(sql`select current_setting('app.scope_path', true) as path, current_user as role`);
    expect(after.rows[0]).toMatchObject({ path: '' });
    expect((after.rows[0] as { role: string }).role).not.toBe('app_scoped');
    // a failed transaction goes back whole: what it wrote is gone
    const failed = await inScopeTransaction(database.db, odd, async (tx) => {
      await tx.execute(sql`insert into audit_log (action, entity) values ('test.rolled_back', 'test')`);
      throw new Error('refused');
    }).catch((e) => e);
    expect(failed.message).toBe('refused');
    const kept = await database.db.execute(sql`select count(*)::int as n from audit_log where action = 'test.rolled_back'`);
    expect((kept.rows[0] as { n: number }).n).toBe(0);
  });

  it('keeps the audit log append-only, even for the owner', async () => {
    const update = await database.db.execute(sql`update audit_log set action = 'x'`).catch((e) => e);
    expect(update).toBeInstanceOf(Error);
    const del = await database.db.execute(sql`delete from audit_log`).catch((e) => e);
    expect(del).toBeInstanceOf(Error);
    const { rows } = await database.db.execute(sql`select count(*)::int as n from audit_log where action = 'seed.demo'`);
    expect((rows[0] as { n: number }).n).toBe(1);
  });
});
