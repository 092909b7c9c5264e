import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, buildTestApp, type TestApp } from '../../../test/app.js';
import { loadConfig } from '../../config/env.js';
import { now, setClock } from '../../lib/clock.js';

let withClock: TestApp;
let without: TestApp;

beforeAll(async () => {
  withClock = await buildTestApp({ testClock: true });
  without = await buildTestApp();
});
afterAll(async () => {
  setClock(null);
  await withClock.close();
  await without.close();
});

describe('the test clock', () => {
  it('moves the server’s now, runs the sweeps at it, and returns to the system clock', async () => {
    const res = await withClock.api.put('/api/v1/test/clock').send({ now: '2027-01-04T02:00:00Z' });
    expect(res.status).toBe(200);
    expect(res.body.now.slice(0, 10)).toBe('2027-01-04');
    expect(res.body.sweeps).toHaveProperty('notices_ready_to_escalate');
    expect((await withClock.api.get('/api/v1/test/clock')).body.now.slice(0, 10)).toBe('2027-01-04');
    // a notice drafted and issued now is dated by the moved clock
    const { token } = await withClock.login('chaoyang_staff');
    const employerId = (await withClock.api.get('/api/v1/employers').query({ q: '北京建外餐饮' }).set(bearer(token))).body.items[0].id;
    const draft = await withClock.api.post('/api/v1/notices').set(bearer(token)).send({ type: 'reminder', employerId, categories: ['wages'], facts: '欠薪', legalBasis: '劳动法第五十条' });
    const issued = await withClock.api.post(`/api/v1/notices/${draft.body.id}/events`).set(bearer(token)).send({ type: 'issue' });
    expect(issued.body.noticeNo).toMatch(/^朝阳工监〔2027〕1号$/);
    expect((await withClock.api.put('/api/v1/test/clock').send({ now: null })).status).toBe(200);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('is not there unless TEST_CLOCK is set, and production refuses the setting', async () => {
    expect((await without.api.put('/api/v1/test/clock').send({ now: '2027-01-04T02:00:00Z' })).status).toBe(404);
    expect(() => loadConfig({ NODE_ENV: 'production', TEST_CLOCK: '1', JWT_SECRET: 'x'.repeat(40) })).toThrow(/TEST_CLOCK/);
  });
});
