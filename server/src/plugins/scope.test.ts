import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@union/shared';
import { bearer, buildTestApp, type TestApp } from '../../test/app.js';
import { employerBody, officeIds } from '../../test/fixtures.js';
import { insertMediationOrg, orgOffices } from '../modules/mediators/mediators.factory.js';

/**
 * Walks every endpoint that names a record with a user of another subtree: each must answer as
 * if the record did not exist. A new endpoint with an `{id}` needs a record here, or this fails.
 */
let t: TestApp;
let outsider: string;
/** Per endpoint: a record of 朝阳区 and a valid body for writes to it (or to a sub-path of it). */
const records: Record<string, { id: string; body: object; bodies?: Record<string, object>; params?: Record<string, string> }> = {};
/** Registries shared across the city network: another district reads them, but cannot change them. */
const networkReadable = new Set(['/api/v1/employers/{id}']);

beforeAll(async () => {
  t = await buildTestApp();
  const admin = (await t.login('admin')).token;
  const find = async (path: string, q: string, key: string, value: string) => {
    const res = await t.api.get(path).query({ q, limit: 500 }).set(bearer(admin));
    return res.body.items.find((r: Record<string, string>) => r[key] === value).id as string;
  };
  records['/api/v1/offices/{id}'] = { id: await find('/api/v1/offices', '建外街道工会服务站', 'name', '建外街道工会服务站'), body: { name: '改名' } };
  records['/api/v1/users/{id}'] = { id: await find('/api/v1/users', 'chaoyang_staff', 'username', 'chaoyang_staff'), body: { active: false } };
  const people = await officeIds(t, [...orgOffices, '朝阳区总工会']);
  // filed organizations and their mediators are read across the network: this one is still being filed
  const filing = await insertMediationOrg(t, people, { name: '朝阳区某行业调解委员会', type: 'industry_org', status: 'submitted', officeId: people['朝阳区总工会'] });
  const mediator = await t.api.post('/api/v1/mediators').set(bearer(admin)).send({ orgId: filing.id, name: '朝阳调解员' });
  records['/api/v1/mediators/{id}'] = { id: mediator.body.id, body: { active: false } };
  const supervisor = await t.api.post('/api/v1/supervisors').set(bearer(admin)).send({ name: '朝阳监督员', officeId: people['朝阳区总工会'] });
  records['/api/v1/supervisors/{id}'] = { id: supervisor.body.id, body: { active: false } };
  // lawyers are read across the city network (lawyers.test.ts): the record out of reach is another city's
  const lawyer = await t.api
    .post('/api/v1/lawyers')
    .set(bearer((await t.login('pds_admin')).token))
    .send({ name: '平顶山律师', licenseNo: '14104202099999999', firm: '平顶山律师事务所', kind: 'social', pools: ['volunteer'], maxActiveMatters: 3 });
  records['/api/v1/lawyers/{id}'] = { id: lawyer.body.id, body: { active: false } };
  const staff = (await t.login('chaoyang_staff')).token;
  const employer = await t.api.post('/api/v1/employers').set(bearer(staff)).send(employerBody({ unionOfficeId: people['朝阳区总工会'] }));
  records['/api/v1/employers/{id}'] = { id: employer.body.id, body: { employeeCount: 1 } };
  const submitted = await t.api.post('/api/v1/mediation-orgs').set(bearer(staff)).send({ type: 'enterprise_committee', name: '走查用调解委员会', employerId: employer.body.id });
  records['/api/v1/mediation-orgs/{id}'] = {
    id: submitted.body.id,
    body: { name: '改名' },
    bodies: {
      '/api/v1/mediation-orgs/{id}/events': { type: 'file' },
      '/api/v1/mediation-orgs/{id}/reports': { period: '2026-Q1', casesReceived: 1, casesMediated: 1, casesSettled: 1, amountSettled: '0', warningsRaised: 0 },
    },
  };
  // a collective case of 朝阳区, reported to the city center: haidian sees neither the case nor its report
  const collective = await t.api
    .post('/api/v1/cases')
    .set(bearer(staff))
    .send({
      channel: 'walk_in',
      employerId: employer.body.id,
      handlerOrgId: (await t.api.get('/api/v1/mediation-orgs').query({ q: '朝华' }).set(bearer(staff))).body.items[0].id,
      workers: Array.from({ length: 10 }, (_, i) => ({ name: `职工${i}` })),
      claims: [{ category: 'wages', amount: '1000' }],
      description: '集体欠薪',
    });
  records['/api/v1/cases/{id}'] = { id: collective.body.id, body: { type: 'accept' } };
  const report = (await t.api.get('/api/v1/major-reports').set(bearer(admin))).body.items.find((r: { caseId: string }) => r.caseId === collective.body.id);
  records['/api/v1/major-reports/{id}'] = { id: report.id, body: {} };
  const warning = await t.api.post('/api/v1/warnings').set(bearer(staff)).send({ employerId: employer.body.id, kind: 'layoff', level: 'attention', description: '拟裁员' });
  records['/api/v1/warnings/{id}'] = { id: warning.body.id, body: { resolution: '已处理' } };
  const notice = (await t.api.get('/api/v1/notifications').set(bearer(staff))).body.items[0] ?? null;
  const { token: center } = await t.login('city_staff');
  const centerNotice = (await t.api.get('/api/v1/notifications').set(bearer(center))).body.items.find((n: { entityId: string }) => n.entityId === collective.body.id);
  records['/api/v1/notifications/{id}'] = { id: (centerNotice ?? notice).id, body: {} };
  // a legal-aid application of 朝阳区 with a document, closed so that its lawyer is owed a subsidy
  const idNumber = '11010519900307123';
  const aid = await t.api
    .post('/api/v1/legal-aid')
    .set(bearer(staff))
    .send({ channel: 'walk_in', applicant: { name: '走查申请人', idNumber: idNumber + idNumberCheckChar(idNumber), household: 'migrant', hardship: 'none' }, employerId: employer.body.id, matter: 'wage_arrears', service: 'mediation', amount: '1000', funding: 'union_fund' });
  const aidEvent = (body: object) => t.api.post(`/api/v1/legal-aid/${aid.body.id}/events`).set(bearer(staff)).send(body);
  const attachment = await t.api.post(`/api/v1/legal-aid/${aid.body.id}/attachments`).set(bearer(staff)).send({ fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') });
  records['/api/v1/legal-aid/{id}'] = {
    id: aid.body.id,
    body: { type: 'start_review' },
    bodies: { '/api/v1/legal-aid/{id}/attachments': { fileName: 'b.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') } },
    params: { attachmentId: attachment.body.id },
  };
  const lawyerId = (await t.api.get('/api/v1/lawyers').query({ q: '孙明' }).set(bearer(admin))).body.items[0].id;
  for (const body of [{ type: 'start_review' }, { type: 'approve' }, { type: 'assign', lawyerId }, { type: 'start' }, { type: 'close', outcome: 'won', amountRecovered: '1000' }]) await aidEvent(body);
  const subsidy = (await t.api.get('/api/v1/subsidies').set(bearer(staff))).body.items.find((s: { applicationId: string }) => s.applicationId === aid.body.id);
  records['/api/v1/subsidies/{id}'] = { id: subsidy.id, body: {} };
  // an inspection and an issued reminder of 朝阳区
  const inspector = await t.api.post('/api/v1/supervisors').set(bearer(staff)).send({ name: '走查监督员', officeId: people['朝阳区总工会'] });
  const inspection = await t.api
    .post('/api/v1/inspections')
    .set(bearer(staff))
    .send({ employerId: employer.body.id, kind: 'routine', inspectedOn: '2026-03-01', inspectorIds: [inspector.body.id], findings: [{ category: 'wages', description: '欠薪', serious: false }] });
  records['/api/v1/inspections/{id}'] = { id: inspection.body.id, body: { note: '改' } };
  const reminder = await t.api.post('/api/v1/notices').set(bearer(staff)).send({ type: 'reminder', employerId: employer.body.id, categories: ['wages'], facts: '欠薪', legalBasis: '劳动法第五十条' });
  await t.api.post(`/api/v1/notices/${reminder.body.id}/events`).set(bearer(staff)).send({ type: 'issue' });
  records['/api/v1/notices/{id}'] = { id: reminder.body.id, body: { facts: '改' }, bodies: { '/api/v1/notices/{id}/events': { type: 'respond' } } };
  // an API key of 朝阳区 and a subscription of its office
  const client = await t.api.post('/api/v1/api-clients').set(bearer(admin)).send({ name: '走查密钥', officeId: people['朝阳区总工会'], permissions: ['cases:read'] });
  records['/api/v1/api-clients/{id}'] = { id: client.body.id, body: {} };
  const webhook = await t.api.post('/api/v1/webhooks').set(bearer(admin)).send({ url: 'https://example.org/hooks', eventTypes: ['case.settled'], officeId: people['朝阳区总工会'] });
  records['/api/v1/webhooks/{id}'] = { id: webhook.body.id, body: { active: false } };
  outsider = (await t.login('haidian_admin')).token;
});
afterAll(() => t.close());

describe('office scope on every endpoint', () => {
  it('answers 404 for a record of another district on every {id} endpoint', async () => {
    const doc = (await t.api.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const withId = Object.entries(doc.paths).filter(([path]) => path.includes('{id}'));
    expect(withId.length).toBeGreaterThan(0);
    for (const [path, ops] of withId) {
      const base = path.replace(/\/\{id\}.*$/, '/{id}');
      const record = records[base];
      expect(record, `a record for ${base} in the scope walk`).toBeDefined();
      for (const method of Object.keys(ops)) {
        const url = Object.entries(record.params ?? {}).reduce((u, [name, value]) => u.replace(`{${name}}`, value), path.replace('{id}', record.id));
        const req = t.api[method as 'get' | 'patch' | 'post' | 'put'](url).set(bearer(outsider)).set('If-Match', '"1"');
        const res = method === 'get' ? await req : await req.send(record.bodies?.[path] ?? record.body);
        if (method === 'get' && networkReadable.has(path)) {
          expect(res.status, `${method} ${path}`).toBe(200);
          continue;
        }
        expect([403, 404], `${method} ${path}`).toContain(res.status);
        if (method === 'get') expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
  });

  it('lists nothing of another district', async () => {
    for (const path of ['/api/v1/offices?limit=500', '/api/v1/users?limit=500', '/api/v1/audit-log?limit=500', '/api/v1/mediation-orgs?limit=500&status=submitted', '/api/v1/cases?limit=500', '/api/v1/major-reports?limit=500', '/api/v1/warnings?limit=500', '/api/v1/notifications?limit=500', '/api/v1/legal-aid?limit=500', '/api/v1/subsidies?limit=500', '/api/v1/inspections?limit=500', '/api/v1/notices?limit=500', '/api/v1/api-clients?limit=500', '/api/v1/webhooks?limit=500']) {
      const res = await t.api.get(path).set(bearer(outsider));
      expect(res.status).toBe(200);
      const ids = JSON.stringify(res.body);
      for (const [base, { id }] of Object.entries(records)) if (!networkReadable.has(base)) expect(ids, path).not.toContain(id);
    }
  });
});
