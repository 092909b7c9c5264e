import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driver } from '../../test/app.js';
import { nameStatements, statementName } from './named-statements.js';

describe.runIf(driver === 'pg')('named statements', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 1 });
    nameStatements(pool);
  });
  afterAll(() => pool.end());
  const prepared = async () => (await pool.query<{ name: string; statement: string }>('select name, statement from pg_prepared_statements')).rows;

  it('prepares a statement with parameters once per connection, named after its text', async () => {
    const text = 'select $1::int + 1 as n';
    for (const i of [1, 2, 3]) expect((await pool.query(text, [i])).rows[0].n).toBe(i + 1);
    expect((await pool.query({ text, values: [9] })).rows[0].n).toBe(10);
    const rows = (await prepared()).filter((r) => r.statement === text);
    expect(rows).toEqual([{ name: statementName(text), statement: text }]);
    // without parameters (begin, commit, DDL) a statement stays on the simple protocol
    await pool.query('select 1 as plain');
    expect((await prepared()).some((r) => r.statement.includes('plain'))).toBe(false);
  });

  it('prepares at most 500 texts on a connection and runs the others unnamed', async () => {
    for (let i = 0; i < 520; i++) expect((await pool.query(`select $1::int as n${i}`, [i])).rows[0][`n${i}`]).toBe(i);
    expect((await prepared()).length).toBe(500);
  });
});
