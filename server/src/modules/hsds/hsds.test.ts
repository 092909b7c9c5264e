import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { derivedId } from './hsds.service.js';

/**
 * The directory validated against the Open Referral HSDS 3.0 JSON schemas vendored in
 * test/hsds-schema (see the README there). The HSDS objects this directory never fills (funding,
 * programs, schedules, contacts, ...) are not vendored: they are registered as `false`, so an answer
 * that carried one would fail rather than pass unchecked.
 */
const schemaDir = new URL('../../../test/hsds-schema/', import.meta.url);
const unfilled = ['address', 'attribute', 'contact', 'cost_option', 'funding', 'language', 'metadata', 'program', 'required_document', 'schedule', 'service_area', 'service_at_location', 'accessibility'];
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
// HSDS marks year_incorporated with a strftime pattern, not a JSON Schema format; the directory leaves it out
ajv.addFormat('%Y', true);
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) ajv.addSchema(JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as object, file);
for (const name of unfilled) ajv.addSchema(false, `${name}.json`);
const validator = (file: string) => ajv.getSchema(file) as ValidateFunction;

/** The HSDS 3.0 API's paged answer. */
const pageShape = {
  type: 'object',
  required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  properties: {
    total_items: { type: 'integer', minimum: 0 },
    total_pages: { type: 'integer', minimum: 0 },
    page_number: { type: 'integer', minimum: 1 },
    size: { type: 'integer', minimum: 1 },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array' },
  },
  additionalProperties: false,
};
const isPage = ajv.compile(pageShape);

let t: TestApp;
const tokens: Record<string, string> = {};
const as = (user: string) => bearer(tokens[user]!);

beforeAll(async () => {
  t = await buildTestApp();
  for (const user of ['admin', 'chaoyang_staff', 'pds_admin']) tokens[user] = (await t.login(user)).token;
});
afterAll(() => t.close());

interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
interface Org {
  id: string;
  name: string;
  description: string;
  organization_identifiers: { identifier: string; organization_id: string }[];
  locations: unknown[];
}

async function get<T>(path: string, user: string, query: Record<string, number> = {}) {
  const res = await t.api.get(`/api/v1/hsds/${path}`).query(query).set(as(user));
  expect(res.status).toBe(200);
  expect(isPage(res.body), JSON.stringify(isPage.errors)).toBe(true);
  return res.body as Page<T>;
}

/** Every page of a list, each checked against the HSDS schema of its objects. */
async function all<T>(path: string, user: string, schema: string): Promise<T[]> {
  const validate = validator(schema);
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const body = await get<T>(path, user, { page, per_page: 100 });
    for (const item of body.contents) expect(validate(item), `${JSON.stringify(item)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    items.push(...body.contents);
    if (body.last_page) {
      expect(items.length).toBe(body.total_items);
      return items;
    }
  }
}

describe('HSDS directory (domain.md §9)', () => {
  it('serves the offices and filed mediation organizations as valid HSDS organizations, each id a UUID once', async () => {
    // an office with an address and a phone: a location and a phone to validate too
    const [center] = (await t.api.get('/api/v1/offices').query({ q: '朝阳区职工服务中心' }).set(as('admin'))).body.items as { id: string; version: number }[];
    const patched = await t.api
      .patch(`/api/v1/offices/${center!.id}`)
      .set(as('admin'))
      .set('If-Match', `"${center!.version}"`)
      .send({ address: '北京市朝阳区工体北路1号', phone: '010-12351000' });
    expect(patched.status).toBe(200);
    const orgs = await all<Org>('organizations', 'admin', 'organization.json');
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
    expect(orgs.map((o) => o.name)).toEqual(expect.arrayContaining(['北京市总工会', '朝阳区职工服务中心', '北京朝华科技有限公司劳动争议调解委员会']));
    // a filed enterprise committee carries its employer's unified social credit code
    const committee = orgs.find((o) => o.name === '北京朝华科技有限公司劳动争议调解委员会')!;
    expect(committee.description).toContain('企业劳动争议调解委员会');
    expect(committee.organization_identifiers).toEqual([expect.objectContaining({ organization_id: committee.id, identifier: expect.stringMatching(/^[0-9A-HJ-NPQRTUWXY]{18}$/) })]);
    // the derived ids of phones, locations and identifiers never collide with the entries'
    const withAddress = orgs.find((o) => o.id === center!.id) as Org & { phones: { number: string }[] };
    expect(withAddress.locations).toEqual([expect.objectContaining({ location_type: 'physical', description: '北京市朝阳区工体北路1号', external_identifier: '110105' })]);
    expect(withAddress.phones).toEqual([expect.objectContaining({ number: '010-12351000', organization_id: center!.id })]);
    const nested = orgs.flatMap((o) => [...o.organization_identifiers.map((i) => (i as { id?: string }).id), ...o.locations.map((l) => (l as { id: string }).id)]);
    expect(nested.filter((id) => orgs.some((o) => o.id === id))).toEqual([]);
  });

  it('serves legal aid at the deciding offices and mediation at each filed organization as valid HSDS services', async () => {
    const services = await all<{ id: string; organization_id: string; name: string }>('services', 'admin', 'service.json');
    const orgs = await all<Org>('organizations', 'admin', 'organization.json');
    const byId = new Map(orgs.map((o) => [o.id, o]));
    expect(services.every((s) => byId.has(s.organization_id))).toBe(true);
    const center = orgs.find((o) => o.name === '朝阳区职工服务中心')!;
    expect(services.find((s) => s.organization_id === center.id)).toMatchObject({ id: derivedId(center.id, 'service/legal_aid'), name: '职工法律援助' });
    const committee = orgs.find((o) => o.name === '北京朝华科技有限公司劳动争议调解委员会')!;
    expect(services.find((s) => s.organization_id === committee.id)?.name).toBe('劳动争议调解');
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
  });

  it('pages as the HSDS API does, past the end as an empty page', async () => {
    const first = await get<Org>('organizations', 'admin', { per_page: 5 });
    expect(first).toMatchObject({ page_number: 1, size: 5, first_page: true, last_page: false, empty: false });
    expect(first.contents).toHaveLength(5);
    expect(first.total_pages).toBe(Math.ceil(first.total_items / 5));
    const second = await get<Org>('organizations', 'admin', { page: 2, per_page: 5 });
    expect(second.first_page).toBe(false);
    expect(second.contents.map((o) => o.id).filter((id) => first.contents.some((o) => o.id === id))).toEqual([]);
    const past = await get<Org>('organizations', 'admin', { page: first.total_pages + 1, per_page: 5 });
    expect(past).toMatchObject({ total_items: first.total_items, empty: true, last_page: true, contents: [] });
    expect((await t.api.get('/api/v1/hsds/organizations').query({ per_page: 0 }).set(as('admin'))).status).toBe(400);
  });

  it('is read signed in, within what row-level security lets the caller see', async () => {
    expect((await t.api.get('/api/v1/hsds/organizations')).status).toBe(401);
    const city = await get<Org>('organizations', 'admin', { per_page: 1 });
    const chaoyang = await all<Org>('organizations', 'chaoyang_staff', 'organization.json');
    expect(chaoyang.length).toBeLessThan(city.total_items);
    // a district sees its own offices and the network's filed organizations, not another district's offices
    const names = chaoyang.map((o) => o.name);
    expect(names).toContain('北京朝华科技有限公司劳动争议调解委员会');
    expect(names).not.toContain('海淀区职工服务中心');
    // another city's network shares nothing with Beijing's
    const pds = await all<Org>('organizations', 'pds_admin', 'organization.json');
    expect(pds.some((o) => o.name.startsWith('北京'))).toBe(false);
    expect(pds.map((o) => o.name)).toContain('平顶山市总工会');
  });
});
