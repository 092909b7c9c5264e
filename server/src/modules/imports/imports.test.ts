import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { creditCodeCheckChar, idNumberCheckChar } from '@union/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, driver, type TestApp } from '../../../test/app.js';
import { employerBody, officeIds } from '../../../test/fixtures.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let office: Record<string, string>;
const org: Record<string, string> = {};
let employerId: string;

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../test/fixtures/imports/${name}`, import.meta.url)));
const as = (user: string) => bearer(tokens[user]);
const idn = (first17: string) => first17 + idNumberCheckChar(first17);

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_viewer']) tokens[u] = (await t.login(u)).token;
  office = await officeIds(t, ['朝阳区总工会', '海淀区总工会', '建外街道工会服务站']);
  const orgs = async (q: string) => (await t.api.get('/api/v1/mediation-orgs').query({ q, limit: 500 }).set(as('admin'))).body.items as { id: string }[];
  org.jianwaiRoom = (await orgs('建外街道劳动争议调解室'))[0].id;
  org.haidianCenter = (await orgs('海淀区劳动争议调解中心'))[0].id;
  org.committee = (await orgs('北京朝华科技有限公司劳动争议调解委员会'))[0].id;
  employerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'))).body.items[0].id;
});
afterAll(() => t.close());

type Query = { mode?: 'atomic' | 'partial'; dryRun?: boolean };
const post = (resource: string, type: string, body: string | Buffer, query: Query = {}, user = 'chaoyang_staff') =>
  t.api.post(`/api/v1/imports/${resource}`).query(query).set(as(user)).set('Content-Type', type).send(body);
const csv = (resource: string, text: string, query?: Query, user?: string) => post(resource, 'text/csv', text, query, user);
const ndjson = (resource: string, rows: object[], query?: Query, user?: string) => post(resource, 'application/x-ndjson', rows.map((r) => JSON.stringify(r)).join('\n'), query, user);
const jsonArray = (resource: string, rows: object[], query?: Query, user?: string) => post(resource, 'application/json', JSON.stringify(rows), query, user);

const employersNamed = async (q: string) => (await t.api.get('/api/v1/employers').query({ q, limit: 500 }).set(as('admin'))).body.items as { id: string; name: string; externalId: string | null; employeeCount: number }[];
const employerLine = (b: ReturnType<typeof employerBody>, ext = '') => `${ext},${b.name},${b.creditCode},${b.regionCode},${b.industry},${b.employeeCount},否`;
const employerHeader = '外部编号,单位名称,统一社会信用代码,所在街道代码,行业,职工人数,是否建会';

describe('formats and encodings', () => {
  it('reads a GBK file with Chinese headers, detected without a declared charset, and a re-run changes nothing', async () => {
    const file = fixture('employers-gbk.csv');
    expect(file.toString('utf8')).not.toContain('单位名称'); // really GBK bytes
    const res = await post('employers', 'text/csv', file);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0, failed: 0, written: true, errors: [] });
    expect((await employersNamed('鑫垚淼测试'))[0]).toMatchObject({ name: '北京鑫垚淼测试有限公司', externalId: 'GBK-3', employeeCount: 8 });
    const again = await post('employers', 'text/csv; charset=gbk', file);
    expect(again.body).toMatchObject({ received: 3, created: 0, updated: 0, unchanged: 3, failed: 0 });
  });

  it('reads UTF-8 with a BOM, mixed API names and labels, quoted cells; each row audited', async () => {
    const res = await post('employers', 'text/csv; charset=utf-8', fixture('employers-utf8-bom.csv'));
    expect(res.body).toMatchObject({ received: 2, created: 2, failed: 0 });
    const [e] = await employersNamed('"东方"测试');
    expect(e.name).toBe('北京"东方"测试有限公司');
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'employer', entityId: e.id }).set(as('admin'));
    expect(audit.body.items).toMatchObject([{ action: 'employer.create', after: { externalId: 'UTF-2', employeeCount: 400 } }]);
    expect((await post('employers', 'text/csv', fixture('employers-utf8-bom.csv'))).body).toMatchObject({ unchanged: 2, created: 0 });
  });

  it('reads NDJSON and a JSON array with API names; a changed row updates its record', async () => {
    const a = employerBody({ unionized: false, externalId: 'ND-1' });
    const b = employerBody({ unionized: false });
    const nd = await ndjson('employers', [a, b]);
    expect(nd.body).toMatchObject({ received: 2, created: 2, failed: 0, written: true });
    const arr = await jsonArray('employers', [{ ...a, employeeCount: 999 }, b]);
    expect(arr.body).toMatchObject({ received: 2, created: 0, updated: 1, unchanged: 1 });
    const [row] = await employersNamed(a.name);
    expect(row).toMatchObject({ employeeCount: 999, externalId: 'ND-1' });
    const audit = await t.api.get('/api/v1/audit-log').query({ entity: 'employer', entityId: row.id }).set(as('admin'));
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual(['employer.update', 'employer.create']);
  });

  it('refuses what is not a file of records: an unknown column, a body that is not an array, another media type', async () => {
    const unknown = await csv('employers', `${employerHeader},颜色\n`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ path: '颜色', rule: 'import.unknown_column', message: expect.stringContaining('颜色') }]);
    expect((await post('employers', 'application/json', '{"name":"x"}')).status).toBe(400);
    expect((await post('employers', 'application/xml', '<x/>')).status).toBe(415);
    const bad = await post('employers', 'application/x-ndjson', '{"name": \n[1]\n');
    expect(bad.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['1:(row)', '2:(row)']);
  });

  it('needs the resource’s write permission', async () => {
    expect((await csv('employers', `${employerHeader}\n`, {}, 'chaoyang_viewer')).status).toBe(403);
  });
});

describe('modes', () => {
  const threeRows = () => {
    const rows = [employerBody(), employerBody(), employerBody()];
    const good = rows[1].creditCode;
    rows[1].creditCode = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    return rows;
  };

  it('atomic (the default): one bad row and nothing is written, 422 with the report in the caller’s language', async () => {
    const rows = threeRows();
    const res = await csv('employers', [employerHeader, ...rows.map((r) => employerLine(r))].join('\n')).set('Accept-Language', 'en');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      received: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      failed: 1,
      written: false,
      errors: [{ row: 2, field: 'creditCode', message: 'the check character of the credit code is wrong (GB 32100)' }],
    });
    expect(await employersNamed(rows[0].name)).toEqual([]);
  });

  it('partial: good rows are written, bad ones reported', async () => {
    const rows = threeRows();
    const res = await csv('employers', [employerHeader, ...rows.map((r) => employerLine(r))].join('\n'), { mode: 'partial' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 3, created: 2, failed: 1, written: true, errors: [{ row: 2, field: 'creditCode' }] });
    expect(await employersNamed(rows[0].name)).toHaveLength(1);
    expect(await employersNamed(rows[1].name)).toEqual([]);
  });

  it('a dry run validates and counts, and writes nothing', async () => {
    const rows = [employerBody(), employerBody()];
    const res = await csv('employers', [employerHeader, ...rows.map((r) => employerLine(r))].join('\n'), { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 2, created: 2, failed: 0, written: false });
    expect(await employersNamed(rows[0].name)).toEqual([]);
  });

  it('a failure at the last of many rows leaves no row written', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => employerLine({ ...employerBody(), name: `批量末行失败单位${i}`, creditCode: code(`LAXT${String(i).padStart(5, '0')}`) }));
    rows.push(`,批量末行失败单位X,${code('LAXT99999')},110105001,制造业,-5,否`);
    const res = await csv('employers', [employerHeader, ...rows].join('\n'));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ received: 2501, failed: 1, errors: [{ row: 2501, field: 'employeeCount' }] });
    expect(await employersNamed('批量末行失败单位')).toEqual([]);
  });

  it('reports a row outside the caller’s subtree, a row repeating an earlier one, and a credit code of another record', async () => {
    const [inside, outside] = [employerBody(), employerBody({ officeId: office['海淀区总工会'] })];
    const held = employerBody({ unionized: false, externalId: 'HOLD-1' });
    expect((await ndjson('employers', [held])).body.created).toBe(1);
    const res = await ndjson('employers', [{ ...inside, unionized: false }, { ...outside, unionized: false }, { ...inside, unionized: false }, { ...employerBody({ unionized: false }), externalId: 'NEW-X', creditCode: held.creditCode }], {
      mode: 'partial',
    });
    expect(res.body.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(['2:officeId', '3:creditCode', '4:creditCode']);
    expect(res.body).toMatchObject({ created: 1, failed: 3 });
  });
});

describe('what an employer import writes', () => {
  const auditOf = async (id: string) => (await t.api.get('/api/v1/audit-log').query({ entity: 'employer', entityId: id }).set(as('admin'))).body.items as { action: string; before: unknown; after: unknown }[];
  const employer = async (id: string) => (await t.api.get(`/api/v1/employers/${id}`).set(as('admin'))).body as Record<string, unknown>;

  it('audits each row as the single create and update do: the record as read, names beside the ids', async () => {
    const union = { unionized: true, unionOfficeId: office['朝阳区总工会'] };
    const single = await t.api.post('/api/v1/employers').set(as('chaoyang_staff')).send(employerBody(union));
    expect(single.status).toBe(201);
    const [singleCreate] = await auditOf(single.body.id);
    const body = employerBody({ ...union, externalId: 'AUD-1' });
    expect((await ndjson('employers', [body])).body).toMatchObject({ created: 1 });
    const [imported] = await employersNamed(body.name);
    const created = await employer(imported.id);
    const [importCreate] = await auditOf(imported.id);
    expect(importCreate).toMatchObject({ action: 'employer.create', before: null, after: created });
    expect(Object.keys(importCreate.after as object).sort()).toEqual(Object.keys(singleCreate.after as object).sort());
    expect(importCreate.after).toMatchObject({ unionOfficeName: '朝阳区总工会', regionName: expect.stringContaining('朝阳区') });

    expect((await ndjson('employers', [{ ...body, employeeCount: 7 }])).body).toMatchObject({ updated: 1 });
    const [importUpdate] = await auditOf(imported.id);
    expect(importUpdate).toMatchObject({ action: 'employer.update', before: created, after: await employer(imported.id) });
    expect(importUpdate.after).toMatchObject({ employeeCount: 7, version: 2 });
  });

  it('updates many records at once: changed rows updated and audited, the others unchanged, by external id or credit code', async () => {
    const bodies = Array.from({ length: 6 }, (_, i) => employerBody({ unionized: false, ...(i % 2 ? {} : { externalId: `MANY-${i}` }) }));
    expect((await ndjson('employers', bodies)).body).toMatchObject({ created: 6 });
    const changed = bodies.map((b, i) => (i < 4 ? { ...b, employeeCount: 1000 + i, name: `${b.name}（更名）` } : b));
    const res = await jsonArray('employers', changed);
    expect(res.body).toEqual({ received: 6, created: 0, updated: 4, unchanged: 2, failed: 0, written: true, errors: [] });
    for (const [i, b] of changed.entries()) {
      const [row] = await employersNamed(b.name);
      expect(row).toMatchObject({ employeeCount: b.employeeCount, version: i < 4 ? 2 : 1 });
      expect((await auditOf(row.id)).map((a) => a.action)).toEqual(i < 4 ? ['employer.update', 'employer.create'] : ['employer.create']);
    }
  });

  it('refuses to change a record another office’s subtree keeps, and writes the rest', async () => {
    const haidian = employerBody({ unionized: false, officeId: office['海淀区总工会'] });
    expect((await ndjson('employers', [haidian], {}, 'admin')).body).toMatchObject({ created: 1 });
    const fresh = employerBody({ unionized: false });
    const res = await ndjson('employers', [{ ...haidian, officeId: undefined, employeeCount: 1 }, fresh], { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, updated: 0, failed: 1, errors: [{ row: 1, field: 'officeId' }] });
    expect((await employersNamed(haidian.name))[0].employeeCount).toBe(haidian.employeeCount);
  });
});

const code = (orgCode: string) => `91110105${orgCode}` + creditCodeCheckChar(`91110105${orgCode}`);

describe('each resource', () => {
  it('mediation organizations: filed through the filing rules (authority computed), by Chinese labels', async () => {
    const name = `朝阳区导入测试调解委员会${Date.now() % 10000}`;
    const header = '外部编号,组织类型,组织名称,用人单位,协调员姓名';
    const res = await csv('mediation-orgs', `${header}\nMO-1,行业性劳动争议调解组织,${name},,\nMO-2,劳动关系协调员,某单位协调员,${employerId},\n`, { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, failed: 1 });
    expect(res.body.errors).toContainEqual({ row: 2, field: 'coordinatorName', message: '劳动关系协调员须填写姓名' });
    const [created] = (await t.api.get('/api/v1/mediation-orgs').query({ q: name }).set(as('admin'))).body.items;
    expect(created).toMatchObject({ externalId: 'MO-1', type: 'industry_org', status: 'submitted', filingOfficeId: expect.any(String) });
    expect((await csv('mediation-orgs', `${header}\nMO-1,行业性劳动争议调解组织,${name},,\n`)).body).toMatchObject({ unchanged: 1 });
  });

  it('mediators: by organization and name, refused for an organization out of reach', async () => {
    const rows = [
      { orgId: org.jianwaiRoom, name: '导入调解员甲', gender: 'female', certificateExpiry: '2030-01-01' },
      { orgId: org.haidianCenter, name: '导入调解员乙' },
    ];
    const res = await jsonArray('mediators', rows, { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, failed: 1, errors: [{ row: 2, field: 'orgId' }] });
    const rerun = await csv('mediators', `所属调解组织,姓名,性别,兼职\n${org.jianwaiRoom},导入调解员甲,女,否\n`);
    expect(rerun.body).toMatchObject({ updated: 1, created: 0 });
  });

  it('lawyers: by licence number, pools from labels; a bad licence number is the schema’s error', async () => {
    const header = '姓名,执业证号,律师事务所,律师类别,服务队伍,在办援助案件上限';
    const res = await csv('lawyers', `${header}\n导入律师,11105202099900001,北京市导入律师事务所,社会律师,律师志愿者;职工法律服务律师团,3\n错号律师,123,某所,社会律师,律师志愿者,3\n`, { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, failed: 1, errors: [{ row: 2, field: 'licenseNo' }] });
    const [lawyer] = (await t.api.get('/api/v1/lawyers').query({ q: '11105202099900001' }).set(as('admin'))).body.items;
    expect(lawyer).toMatchObject({ kind: 'social', pools: ['volunteer', 'city_team'], maxActiveMatters: 3 });
    expect((await csv('lawyers', `${header}\n导入律师,11105202099900001,北京市导入律师事务所,社会律师,律师志愿者;职工法律服务律师团,3\n`)).body).toMatchObject({ unchanged: 1 });
  });

  it('cases: taken in with a number and a clock, workers and claims from list cells; an external id is required', async () => {
    const header = '外部编号,来源渠道,用人单位,承办调解组织,职工姓名,身份证号,争议类别,请求金额（元）,案情简介';
    const line = `CASE-IMP-1,来访,${employerId},${org.committee},张导入;李导入,${idn('11010519900307123')};,劳动报酬;工时加班,1000;200.5,拖欠工资`;
    const res = await csv('cases', `${header}\n${line}\n,来访,${employerId},${org.committee},王导入,,劳动报酬,100,无编号\n`, { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, failed: 1, errors: [{ row: 2, field: 'externalId' }] });
    const [c] = (await t.api.get('/api/v1/cases').query({ q: '张导入' }).set(as('admin'))).body.items;
    expect(c).toMatchObject({ externalId: 'CASE-IMP-1', workerCount: 2, amountClaimed: '1200.50', status: expect.any(String), caseNo: expect.any(String) });
    expect((await csv('cases', `${header}\n${line}\n`)).body).toMatchObject({ unchanged: 1, created: 0 });
  });

  it('legal aid: applications with their decision clock; a wrong ID number is refused by the rule', async () => {
    const app = (ext: string, idNumber: string) => ({
      externalId: ext,
      channel: 'walk_in',
      applicant: { name: '导入申请人', idNumber, household: 'migrant', hardship: 'none' },
      employerId,
      matter: 'wage_arrears',
      service: 'arbitration',
      amount: '8000.00',
      funding: 'union_fund',
    });
    const good = idn('41040219880512123');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await ndjson('legal-aid', [app('LA-1', good), app('LA-2', bad)], { mode: 'partial' });
    expect(res.body).toMatchObject({ created: 1, failed: 1, errors: [{ row: 2, field: 'applicant.idNumber' }] });
    const [a] = (await t.api.get('/api/v1/legal-aid').query({ q: '导入申请人' }).set(as('admin'))).body.items;
    expect(a).toMatchObject({ externalId: 'LA-1', greenChannel: true, clockRule: 'legal_aid.decision' });
    expect((await ndjson('legal-aid', [app('LA-1', good)])).body).toMatchObject({ unchanged: 1 });
  });
});

/** Posts a streamed body over a real connection (supertest buffers), answering status and JSON body. */
async function stream(path: string, body: AsyncIterable<string>, opts: { abortAfter?: number; headers?: Record<string, string> } = {}) {
  if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return new Promise<{ status: number; body: Record<string, unknown> } | 'aborted'>((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', method: 'POST', path, headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokens.chaoyang_staff}`, ...opts.headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', (err) => (opts.abortAfter ? resolve('aborted') : reject(err)));
    let sent = 0;
    (async () => {
      for await (const chunk of body) {
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        sent += chunk.length;
        if (opts.abortAfter && sent >= opts.abortAfter) {
          // the client (or the server's host) dies half-way: the connection drops mid-body
          req.destroy();
          return;
        }
      }
      req.end();
    })().catch(reject);
  });
}

async function* manyEmployers(rows: number, prefix: string, orgCode: (i: number) => string) {
  yield `${employerHeader},工会隶属\n`;
  for (let i = 0; i < rows; i += 1000) {
    let chunk = '';
    for (let j = i; j < Math.min(rows, i + 1000); j++) chunk += `${prefix}-${j},${prefix}导入测试单位${j},${code(orgCode(j))},110105001,制造业,${j % 5000},是,${office['朝阳区总工会']}\n`;
    yield chunk;
  }
}

const countExternal = async (prefix: string) =>
  (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from employers where external_id like ${`${prefix}-%`}`)).rows[0].n;

describe('a connection dropped in the middle', () => {
  it('leaves no row of the import', async () => {
    const result = await stream('/api/v1/imports/employers', manyEmployers(20_000, 'DROP', (j) => `D${String(j).padStart(8, '0')}`), { abortAfter: 600_000 });
    expect(result).toBe('aborted');
    // the server notices the dropped body and rolls back; the same rows sent again are all new
    const again = await stream('/api/v1/imports/employers', manyEmployers(2_000, 'DROP', (j) => `D${String(j).padStart(8, '0')}`));
    expect(again).toMatchObject({ status: 200, body: { received: 2_000, created: 2_000, unchanged: 0 } });
    expect(await countExternal('DROP')).toBe(2_000);
  });
});

describe('Idempotency-Key', () => {
  const audited = async (prefix: string) =>
    (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log a join employers e on a.entity_id = e.id::text where e.external_id like ${`${prefix}-%`}`)).rows[0].n;

  it('a retry with the same file replays the first answer and writes nothing again', async () => {
    const file = () => manyEmployers(2_000, 'IDEM', (j) => `E${String(j).padStart(8, '0')}`);
    const headers = { 'Idempotency-Key': 'import-idem-1' };
    const first = await stream('/api/v1/imports/employers', file(), { headers });
    expect(first).toMatchObject({ status: 200, body: { received: 2_000, created: 2_000, written: true } });
    const again = await stream('/api/v1/imports/employers', file(), { headers });
    // the first answer, not a re-run (which would answer 2,000 unchanged)
    expect(again).toEqual(first);
    expect(await countExternal('IDEM')).toBe(2_000);
    expect(await audited('IDEM')).toBe(2_000);
  });

  it('the same key with another file is refused, and nothing of that file is written', async () => {
    const line = (ext: string) => employerLine(employerBody({ unionized: false }), ext);
    const key = (res: ReturnType<typeof csv>) => res.set('Idempotency-Key', 'import-idem-2');
    expect((await key(csv('employers', `${employerHeader}\n${line('IDEM2-1')}\n`))).body).toMatchObject({ created: 1 });
    const other = await key(csv('employers', `${employerHeader}\n${line('IDEM2-2')}\n`));
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await countExternal('IDEM2')).toBe(1);
    expect(await audited('IDEM2')).toBe(1);
  });
});

describe('a large file', () => {
  it('streams 100,000 employers through in bounded memory', { timeout: 600_000 }, async () => {
    const rows = 100_000;
    // what the import keeps alive, not garbage not yet collected: sampled after a full collection
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      gc();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 2000);
    const started = performance.now();
    const report = await stream('/api/v1/imports/employers', manyEmployers(rows, 'BIG', (j) => `B${String(j).padStart(8, '0')}`));
    if (report === 'aborted') throw new Error('aborted');
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const growth = (peakHeap - before.heapUsed) / 2 ** 20;
    console.log(`[bench] ${driver}: ${rows} employers imported in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s; live heap grew at most ${growth.toFixed(0)} MB, rss ${((process.memoryUsage().rss - before.rss) / 2 ** 20).toFixed(0)} MB`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ received: rows, created: rows, failed: 0, written: true });
    expect(growth).toBeLessThan(200);
    expect(await countExternal('BIG')).toBe(rows);
  });
});
