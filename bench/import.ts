/**
 * The CSV import of 100,000 employers (api.md "Bulk imports"), beside PostgreSQL COPY of the same
 * file into a table of the same columns: the request api.md describes (text/csv, ?mode=atomic). The
 * note adds COPY of the same rows into `employers` itself, what its integrity costs without the import.
 * The imported employers are removed again, so every run imports 100,000 new ones. On a server
 * without `POST /api/v1/imports/employers` this prints "not available" and adds no figure.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { creditCode } from './common.js';
import { benchDir } from './pg.js';
import type { Figure } from './run.js';

const rows = 100_000;

export async function benchImport(opts: { port: number; headers: Record<string, string>; databaseUrl: string; log: (m: string) => void }): Promise<Figure[]> {
  const url = `http://127.0.0.1:${opts.port}/api/v1/imports/employers`;
  const probe = await fetch(`${url}?dryRun=true`, { method: 'POST', headers: { ...opts.headers, 'content-type': 'text/csv' }, body: 'name\n' });
  if (probe.status === 404 && ((await probe.json().catch(() => ({}))) as { detail?: string }).detail?.startsWith('no route')) {
    opts.log('CSV import: not available (no POST /api/v1/imports/employers on this server) — skipped');
    return [];
  }
  const owner = new pg.Client({ connectionString: opts.databaseUrl });
  await owner.connect();
  const streets = (await owner.query<{ code: string; union: string }>(
    `select o.region_code as code, p.id as union from offices o join offices p on p.id = o.parent_id
     where o.kind = 'street_service_station' and p.region_code like '11%'`,
  )).rows;
  const file = await employersCsv(streets);
  const body = readFileSync(file);
  // what an earlier run imported (their audit entries stay: the log is append-only); nothing refers
  // to them, and checking the foreign keys of 100,000 deleted rows would scan the tables that have no
  // index on their employer, once a row. With the triggers off, the coverage counts are recounted.
  // The vacuum: an import into a table holding the dead rows of the last one ran 10-15% slower, by
  // whether autovacuum had come by yet; a registry in use does not carry 100,000 dead rows.
  const removeImported = async () => {
    await owner.query('set session_replication_role = replica');
    await owner.query(`delete from employers where external_id like 'IMP-%'`);
    await owner.query('reset session_replication_role');
    await owner.query('select coverage_rebuild()');
    await owner.query('vacuum (analyze) employers');
  };
  await removeImported();

  const t0 = performance.now();
  const res = await fetch(`${url}?mode=atomic`, { method: 'POST', headers: { ...opts.headers, 'content-type': 'text/csv' }, body });
  const seconds = (performance.now() - t0) / 1000;
  const answer = (await res.json().catch(() => null)) as { created?: number; updated?: number; failed?: number; errors?: unknown[] } | null;
  const ok = res.status < 300 && answer?.created === rows;
  const summary = JSON.stringify({ ...answer, errors: answer?.errors?.slice(0, 3) });

  // the limit: COPY of the same file into a logged table of its columns with the employers' unique
  // keys (a temp table skips the WAL and would flatter the limit many times over)
  await owner.query(`drop table if exists bench_employer_import`);
  await owner.query(
    `create table bench_employer_import (external_id text unique, name text, credit_code text unique, region_code text, industry text, employee_count int, unionized text, union_office_id uuid)`,
  );
  const t1 = performance.now();
  const copy = owner.query(copyFrom(`copy bench_employer_import from stdin with (format csv, header true)`));
  copy.end(body);
  await once(copy, 'finish');
  const copySeconds = (performance.now() - t1) / 1000;
  await owner.query(`drop table bench_employer_import`);

  // a second reference: COPY of the same rows into `employers` itself (its foreign keys to offices and
  // its indexes; no RLS, no audit), with the offices the import gave them, rolled back
  const [keeper] = (await owner.query<{ office_id: string; network_id: string }>(`select office_id, network_id from employers where external_id like 'IMP-%' limit 1`)).rows;
  await removeImported();
  let tableSeconds: number | null = null;
  if (keeper) {
    const text = body
      .toString('utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => {
        const [x, name, code, region, industry, count, unionized, union] = line.split(',');
        return [x, name, code, region, industry, count, unionized === '是' ? 't' : 'f', union || '\\N', keeper.office_id, keeper.network_id].join('\t');
      })
      .join('\n');
    await owner.query('begin');
    const t2 = performance.now();
    const copy = owner.query(
      copyFrom(`copy employers (external_id, name, credit_code, region_code, industry, employee_count, unionized, union_office_id, office_id, network_id) from stdin`),
    );
    copy.end(`${text}\n`);
    await once(copy, 'finish');
    tableSeconds = (performance.now() - t2) / 1000;
    await owner.query('rollback');
  }
  const rate = rows / seconds;
  const copyRate = rows / copySeconds;
  const tableNote = tableSeconds === null ? '' : `; COPY into employers itself (foreign keys, indexes; no audit) ${tableSeconds.toFixed(2)} s, the import ${Math.round((100 * tableSeconds) / seconds)}% of it`;
  opts.log(`CSV import: ${res.status} in ${seconds.toFixed(2)} s (${Math.round(rate)} rows/s) ${summary} — COPY ${copySeconds.toFixed(2)} s (${Math.round(copyRate)} rows/s)${tableNote}`);
  await owner.end();
  return [
    {
      work: `CSV import of ${rows.toLocaleString('en-US')} new employers (POST /imports/employers, text/csv, atomic), validated`,
      measure: 'throughput',
      value: rate,
      unit: 'rows/s',
      limit: copyRate,
      ratio: rate / copyRate,
      target: '≥ 20,000 rows/s and ≥ 25% of COPY',
      pass: ok && rate >= 20_000 && rate / copyRate >= 0.25,
      note: `${seconds.toFixed(2)} s; answer ${res.status}${ok ? '' : ` ${summary.slice(0, 300)}`}${tableNote}`,
    },
  ];
}

/** 100,000 employers no database holds yet: credit codes of their own series (`91` + district + `N…`), streets of Beijing. */
async function employersCsv(streets: { code: string; union: string }[]): Promise<string> {
  // named after the offices it names: another database (its own office ids) gets a file of its own
  const file = join(benchDir, `employers-${rows}-${createHash('sha1').update(JSON.stringify(streets)).digest('hex').slice(0, 10)}.csv`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  const out = createWriteStream(file);
  out.write('externalId,name,creditCode,regionCode,industry,employeeCount,unionized,unionOfficeId\n');
  for (let i = 0; i < rows; i++) {
    const street = streets[i % streets.length];
    const unionized = i % 3 !== 0;
    const line = `IMP-${i},北京导入测试${i}号有限公司,${creditCode(street.code.slice(0, 6), i, 'N')},${street.code},制造业,${10 + (i % 500)},${unionized ? '是' : '否'},${unionized ? street.union : ''}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}
