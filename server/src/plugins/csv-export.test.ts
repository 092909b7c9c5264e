import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { exportColumns, exportHeader, exportRow, idNumberCheckChar, Case } from '@union/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../test/app.js';
import { employerBody } from '../../test/fixtures.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => bearer(tokens[user]);
const idn = (first17: string) => first17 + idNumberCheckChar(first17);
const tag = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  t = await buildTestApp();
  for (const u of ['admin', 'chaoyang_staff', 'chaoyang_admin', 'haidian_admin', 'city_staff']) tokens[u] = (await t.login(u)).token;
});
afterAll(() => t.close());

/** GET `path` as CSV: the raw text and its rows (header first). */
async function csv(user: string, path: string, query: Record<string, unknown> = {}, language = 'zh-CN') {
  const res = await t.api.get(path).query(query).set(as(user)).set('Accept', 'text/csv').set('Accept-Language', language).buffer(true).parse((r, done) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });
  const text = res.body as string;
  return { res, text, rows: res.status === 200 ? (parse(text, { bom: true, relax_column_count: false }) as string[][]) : [] };
}

/** The whole JSON list, paged through one item at a time. */
async function pagedThrough(user: string, path: string, query: Record<string, unknown> = {}) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  do {
    const res = await t.api.get(path).query({ ...query, limit: 2, ...(cursor ? { cursor } : {}) }).set(as(user));
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('Accept: text/csv on a list', () => {
  it('answers the whole filtered list of cases as CSV with a BOM, Chinese headers, quoting and masked ID numbers', async () => {
    const employerId = (await t.api.get('/api/v1/employers').query({ q: '北京朝华科技' }).set(as('admin'))).body.items[0].id;
    const orgId = (await t.api.get('/api/v1/mediation-orgs').query({ q: '北京朝华科技有限公司劳动争议调解委员会' }).set(as('admin'))).body.items[0].id;
    const worker = `导出${tag}`;
    const intake = (channel: string, description: string) =>
      t.api
        .post('/api/v1/cases')
        .set(as('chaoyang_staff'))
        .send({
          channel,
          employerId,
          handlerOrgId: orgId,
          workers: [
            { name: worker, idNumber: idn('11010519900307123'), phone: '13800000001', household: 'migrant' },
            { name: `${worker}乙`, idNumber: idn('11010519910408234') },
          ],
          claims: [{ category: 'wages', amount: '12000.50' }, { category: 'working_hours', amount: '3000' }],
          description,
        });
    const tricky = '拖欠工资, 加班费 "三个月"\n第二行';
    for (const [channel, description] of [['walk_in', tricky], ['walk_in', '普通'], ['online', '不在筛选内'], ['walk_in', '第三件']]) {
      expect((await intake(channel, description)).status).toBe(201);
    }

    const filter = { q: worker, channel: 'walk_in', sort: 'caseNo' };
    const { res, text, rows } = await csv('chaoyang_staff', '/api/v1/cases', filter);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cases.csv"');
    expect(text.charCodeAt(0)).toBe(0xfeff);

    const columns = exportColumns(Case);
    const [header, ...body] = rows;
    expect(header).toEqual(columns.map((c) => exportHeader(c.path, 'zh-CN', 'cases')));
    expect(header).toEqual(expect.arrayContaining(['案件编号', '来源机关', '职工姓名', '职工身份证号', '请求金额（元）', '调解期限']));

    // exactly the rows of the filtered JSON list, in its order, with the same values
    const items = await pagedThrough('chaoyang_staff', '/api/v1/cases', filter);
    expect(items).toHaveLength(3);
    expect(body).toEqual(items.map((item) => exportRow(columns, item).map((v) => (v === null ? '' : String(v)))));

    const at = (name: string) => columns.findIndex((c) => c.path === name);
    const first = body.find((r) => r[at('description')] === tricky)!;
    expect(first, 'commas, quotes and newlines survive the quoting').toBeDefined();
    expect(text).toContain('"拖欠工资, 加班费 ""三个月""\n第二行"');
    expect(first[at('workers.name')]).toBe(`${worker};${worker}乙`);
    expect(first[at('claims.category')]).toBe('wages;working_hours');
    expect(first[at('amountClaimed')]).toBe('15000.50');
    // ID numbers masked exactly as the JSON list has them
    expect(first[at('workers.idNumber')]).toMatch(/^1101\*{10}\w{4};1101\*{10}\w{4}$/);
    expect(text).not.toContain(idn('11010519900307123'));

    // another district sees none of them; the city federation sees them all
    expect((await csv('haidian_admin', '/api/v1/cases', filter)).rows).toHaveLength(1);
    expect((await csv('admin', '/api/v1/cases', filter)).rows).toHaveLength(4);

    // an integration's API key gets the same file, as the README's curl example does
    const key = await t.api.post('/api/v1/api-clients').set(as('chaoyang_admin')).send({ name: '导出测试', permissions: ['cases:read'] });
    expect(key.status).toBe(201);
    const viaKey = await t.api.get('/api/v1/cases').query(filter).set('X-Api-Key', key.body.key).set('Accept', 'text/csv').buffer(true);
    expect(viaKey.status).toBe(200);
    const keyRows = parse(viaKey.text, { bom: true }) as string[][];
    expect(keyRows[0]).toEqual(header);
    expect(keyRows.slice(1).map((r) => r[0])).toEqual(body.map((r) => r[0]));
  });

  it('answers API field names as headers in English, for integrators', async () => {
    const { rows } = await csv('admin', '/api/v1/cases', { limit: 1 }, 'en');
    expect(rows[0].slice(0, 4)).toEqual(['id', 'caseNo', 'externalId', 'channel']);
    expect(rows[0]).toContain('source.body');
  });

  it('exports employers, the same rows as the JSON list paged through', async () => {
    const created: string[] = [];
    for (const [user, region] of [['chaoyang_staff', '110105001'], ['haidian_admin', '110108001']] as const) {
      const res = await t.api.post('/api/v1/employers').set(as(user)).send(employerBody({ name: `导出单位${tag}${user}, "有限"公司`, regionCode: region, unionized: false }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      created.push(res.body.id);
    }
    const all = await csv('admin', '/api/v1/employers', { q: `导出单位${tag}` });
    expect(all.rows.slice(1).map((r) => r[0]).sort()).toEqual([...created].sort());
    const names = all.rows.slice(1).map((r) => r[all.rows[0].indexOf('单位名称')]);
    expect(names).toContain(`导出单位${tag}haidian_admin, "有限"公司`);

    // the unfiltered list is the same set as JSON paged through, page size aside
    const everything = await csv('haidian_admin', '/api/v1/employers', { limit: 1 });
    const json = await pagedThrough('haidian_admin', '/api/v1/employers');
    expect(everything.rows.slice(1).map((r) => r[0])).toEqual(json.map((e) => e.id));
  });

  it('exports legal-aid applications with the applicant flattened and masked, and subsidies', async () => {
    const employerId = (await t.api.get('/api/v1/employers').query({ q: '北京建外餐饮' }).set(as('admin'))).body.items[0].id;
    const applied = await t.api
      .post('/api/v1/legal-aid')
      .set(as('chaoyang_staff'))
      .send({
        channel: 'walk_in',
        applicant: { name: `申请人${tag}`, idNumber: idn('41040219880512123'), phone: '13800000009', household: 'migrant', hardship: 'none' },
        employerId,
        matter: 'wage_arrears',
        service: 'arbitration',
        amount: '20000.00',
        funding: 'union_fund',
      });
    expect(applied.status).toBe(201);
    const filter = { q: `申请人${tag}`, greenChannel: true };
    const { rows } = await csv('chaoyang_staff', '/api/v1/legal-aid', filter);
    const json = await pagedThrough('chaoyang_staff', '/api/v1/legal-aid', filter);
    expect(rows.slice(1).map((r) => r[0])).toEqual(json.map((a) => a.id));
    expect(rows).toHaveLength(2);
    const col = (label: string) => rows[0].indexOf(label);
    expect(rows[1][col('申请人姓名')]).toBe(`申请人${tag}`);
    expect(rows[1][col('身份证号')]).toBe((json[0].applicant as { idNumber: string }).idNumber);
    expect(rows[1][col('身份证号')]).toContain('**********');
    expect(rows[1][col('涉案金额（元）')]).toBe('20000.00');
    expect(rows[1][col('绿色通道')]).toBe('true');
    expect((await csv('haidian_admin', '/api/v1/legal-aid', filter)).rows).toHaveLength(1);

    const subsidies = await csv('chaoyang_staff', '/api/v1/subsidies', { status: 'owed' });
    expect(subsidies.res.status).toBe(200);
    expect(subsidies.rows[0]).toEqual(expect.arrayContaining(['申请编号', '律师', '补贴金额（元）', '状态', '发放时间']));
    const owed = await pagedThrough('chaoyang_staff', '/api/v1/subsidies', { status: 'owed' });
    expect(subsidies.rows.slice(1).map((r) => r[0])).toEqual(owed.map((s) => s.id));
  });

  it('pages through a list longer than the largest page, every row once, in the list’s order', async () => {
    const { user } = await t.login('admin');
    const entity = `export_test_${tag}`;
    // 1,201 entries, some sharing a timestamp, so the export spans three pages of 500 and ties break by id.
    // Whole milliseconds: a cursor carries a JavaScript Date, which has no microseconds (lib/paging.ts).
    await t.database.db.execute(
      sql`insert into audit_log (action, entity, office_id, at) select 'export.test', ${entity}, ${user.officeId}::uuid, date_trunc('milliseconds', now()) - ((g / 3) || ' seconds')::interval from generate_series(1, 1201) g`,
    );
    const { rows } = await csv('admin', '/api/v1/audit-log', { entity });
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids).toHaveLength(1201);
    expect(new Set(ids).size).toBe(1201);
    const json: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.api.get('/api/v1/audit-log').query({ entity, limit: 500, ...(cursor ? { cursor } : {}) }).set(as('admin'));
      json.push(...res.body.items.map((e: { id: string }) => e.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual(json);
  });

  it('still refuses a bad filter and a caller without the permission, as the JSON list does', async () => {
    expect((await csv('chaoyang_staff', '/api/v1/cases', { status: 'nonsense' })).res.status).toBe(400);
    const noToken = await t.api.get('/api/v1/cases').set('Accept', 'text/csv');
    expect(noToken.status).toBe(401);
  });

  it('answers text/csv on every list route for an admin, and OpenAPI says so', async () => {
    const doc = (await t.api.get('/api/v1/openapi.json')).body as { paths: Record<string, { get?: { responses: Record<string, { content?: Record<string, unknown> }> } }> };
    const lists = Object.entries(doc.paths).filter(([, ops]) => {
      const content = ops.get?.responses['200']?.content;
      return content && 'text/csv' in content;
    });
    // every paged list is among them
    for (const path of ['/api/v1/cases', '/api/v1/legal-aid', '/api/v1/subsidies', '/api/v1/employers', '/api/v1/offices', '/api/v1/users', '/api/v1/audit-log', '/api/v1/mediation-orgs', '/api/v1/mediators', '/api/v1/supervisors', '/api/v1/lawyers', '/api/v1/warnings', '/api/v1/notifications', '/api/v1/major-reports', '/api/v1/certificates/expiring']) {
      expect(lists.map(([p]) => p)).toContain(path);
    }
    const employer = (await t.api.get('/api/v1/employers').query({ limit: 1 }).set(as('admin'))).body.items[0].id;
    const required: Record<string, Record<string, string>> = {
      '/api/v1/cases/duplicates': { employerId: employer, idNumber: idn('11010519900307123') },
      '/api/v1/legal-aid/duplicates': { employerId: employer, idNumber: idn('41040219880512123') },
      '/api/v1/offices/network': { kind: 'district_federation' },
      '/api/v1/org-reports/standing': { period: '2026-Q1' },
    };
    for (const [path] of lists) {
      // a record's own list (a timeline, its reports) is walked for the first record of the parent list
      const parent = path.match(/^(.*)\/\{id\}/)?.[1];
      let url = path;
      if (parent) {
        const first = (await t.api.get(parent).query({ limit: 1 }).set(as('admin'))).body.items?.[0]?.id as string | undefined;
        if (!first) continue;
        url = path.replace('{id}', first);
      }
      const { res, rows } = await csv('admin', url, required[path] ?? {});
      expect(res.status, `${path}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
      expect(res.headers['content-type'], path).toBe('text/csv; charset=utf-8');
      expect(rows[0].length, path).toBeGreaterThan(0);
      // and JSON stays the default
      expect((await t.api.get(url).query(required[path] ?? {}).set(as('admin'))).headers['content-type'], path).toMatch(/application\/json/);
    }
  });
});
