import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { employerBody, newCreditCode, officeIds } from '../../../test/fixtures.js';

/**
 * Coverage of the Pingdingshan network, built up step by step from its demo state: one
 * unionized employer of 4,000 in 新华区 and the network's own (mediator-less) centers and rooms in its 12 county-level districts.
 */
let t: TestApp;
let pds: string;
let office: Record<string, string>;

beforeAll(async () => {
  t = await buildTestApp();
  pds = (await t.login('pds_admin')).token;
  office = await officeIds(t, ['平顶山市总工会', '新华区总工会', '新华区劳动争议调解中心'], 'pds_admin');
});
afterAll(() => t.close());

const figures = async (query: Record<string, string> = {}) => {
  const res = await t.api.get('/api/v1/stats/coverage').query(query).set(bearer(pds));
  expect(res.status).toBe(200);
  return res.body as { officeName: string; figures: { figure: string; value: number | null; met: boolean | null; numerator: number; denominator: number }[]; districts?: { officeName: string; regionCode: string; figures: { figure: string; value: number | null }[] }[] };
};
const value = (report: Awaited<ReturnType<typeof figures>>, figure: string) => report.figures.find((f) => f.figure === figure)!;

describe('coverage figures (domain.md §8)', () => {
  it('starts from the demo network', async () => {
    const report = await figures();
    expect(report.officeName).toBe('平顶山市总工会');
    expect(value(report, 'orgCoverage')).toMatchObject({ numerator: 0, denominator: 1, value: 0, met: false });
    expect(value(report, 'enterpriseMediatorsPer1000')).toMatchObject({ numerator: 0, denominator: 4000 });
    expect(value(report, 'legalStaffPerDistrict')).toMatchObject({ numerator: 0, denominator: 12, value: 0 });
  });

  it('counts organizations, mediators, supervisors, lawyers and legal staff of the subtree, city-wide and by district', async () => {
    const street = (await t.api.get('/api/v1/regions').query({ parentCode: '410402' }).set(bearer(pds))).body.items[0].code;
    const second = await t.api
      .post('/api/v1/employers')
      .set(bearer(pds))
      .send(employerBody({ creditCode: newCreditCode('410402'), regionCode: street, employeeCount: 1000, unionOfficeId: office['新华区总工会'] }));
    expect(second.status).toBe(201);
    const coal = (await t.api.get('/api/v1/employers').query({ q: '鹰城煤业' }).set(bearer(pds))).body.items[0];

    // a reviewer at the district center files the coal company's committee
    const reviewer = await t.api.post('/api/v1/users').set(bearer(pds)).send({ username: 'xinhua_center', displayName: '新华区调解中心 审核员', officeId: office['新华区劳动争议调解中心'], roles: ['staff'], password: 'Passw0rd1' });
    expect(reviewer.status).toBe(201);
    const committee = await t.api.post('/api/v1/mediation-orgs').set(bearer(pds)).send({ type: 'enterprise_committee', name: '鹰城煤业劳动争议调解委员会', employerId: coal.id });
    expect(committee.body.filingOfficeId).toBe(office['新华区劳动争议调解中心']);
    const { token: center } = await t.login('xinhua_center', 'Passw0rd1');
    expect((await t.api.post(`/api/v1/mediation-orgs/${committee.body.id}/events`).set(bearer(center)).send({ type: 'file' })).status).toBe(201);

    for (let i = 0; i < 8; i++) expect((await t.api.post('/api/v1/mediators').set(bearer(pds)).send({ orgId: committee.body.id, name: `企业调解员${i}` })).status).toBe(201);
    const room = (await t.api.get('/api/v1/mediation-orgs').query({ type: 'street_room', regionCode: '410402', limit: 1 }).set(bearer(pds))).body.items[0];
    for (let i = 0; i < 5; i++) expect((await t.api.post('/api/v1/mediators').set(bearer(pds)).send({ orgId: room.id, name: `调解室调解员${i}` })).status).toBe(201);
    expect((await t.api.post('/api/v1/supervisors').set(bearer(pds)).send({ name: '监督员甲', officeId: office['新华区总工会'], employerId: coal.id })).status).toBe(201);
    expect(
      (await t.api.post('/api/v1/lawyers').set(bearer(pds)).send({ name: '律师甲', licenseNo: '14104202011111111', firm: '鹰城律师事务所', kind: 'social', pools: ['volunteer'], maxActiveMatters: 5, officeId: office['新华区总工会'] })).status,
    ).toBe(201);
    for (const username of ['xinhua_law1', 'xinhua_law2']) {
      const res = await t.api.post('/api/v1/users').set(bearer(pds)).send({ username, displayName: '法律专业人员', officeId: office['新华区总工会'], roles: ['staff'], password: 'Passw0rd1', lawBackground: true });
      expect(res.status).toBe(201);
    }

    const city = await figures({ by: 'district' });
    expect(value(city, 'orgCoverage')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: false });
    expect(value(city, 'enterpriseMediatorsPer1000')).toMatchObject({ numerator: 8, denominator: 5000, value: 1.6, met: false });
    expect(value(city, 'regionalMediatorsPer10000')).toMatchObject({ numerator: 5, denominator: 5000, value: 10, met: true });
    expect(value(city, 'supervisionCoverage')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: true });
    expect(value(city, 'legalAidPer10000')).toMatchObject({ numerator: 1, value: 2, met: false });
    expect(value(city, 'legalStaffPerDistrict')).toMatchObject({ numerator: 2, denominator: 12, met: false });

    expect(city.districts).toHaveLength(12);
    const xinhua = city.districts!.find((d) => d.officeName === '新华区总工会')!;
    expect(xinhua.figures.find((f) => f.figure === 'legalStaffPerDistrict')!.value).toBe(2);
    expect(xinhua.figures.find((f) => f.figure === 'orgCoverage')!.value).toBe(0.5);
    const other = city.districts!.find((d) => d.officeName !== '新华区总工会')!;
    expect(other.figures.find((f) => f.figure === 'orgCoverage')!.value).toBeNull();

    const district = await figures({ officeId: office['新华区总工会'] });
    expect(district.officeName).toBe('新华区总工会');
    expect(value(district, 'legalStaffPerDistrict')).toMatchObject({ numerator: 2, denominator: 1, value: 2, met: true });
  });

  it('answers 404 for an office outside the caller’s subtree', async () => {
    const { token } = await t.login('haidian_admin');
    const res = await t.api.get('/api/v1/stats/coverage').query({ officeId: office['新华区总工会'] }).set(bearer(token));
    expect(res.status).toBe(404);
  });
});
