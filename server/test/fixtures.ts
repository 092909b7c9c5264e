import { creditCodeCheckChar } from '@union/shared';
import { bearer, type TestApp } from './app.js';

/** Offices of the demo network by name, as a user who sees them all. */
export async function officeIds(t: TestApp, names: string[], username = 'admin'): Promise<Record<string, string>> {
  const { token } = await t.login(username);
  const ids: Record<string, string> = {};
  for (const name of names) {
    const res = await t.api.get('/api/v1/offices').query({ q: name, limit: 500 }).set(bearer(token));
    const office = res.body.items.find((o: { name: string }) => o.name === name);
    if (!office) throw new Error(`no office ${name} visible to ${username}`);
    ids[name] = office.id;
  }
  return ids;
}

let serial = 0;
/** A fresh, valid unified social credit code registered in `region`. */
export function newCreditCode(region = '110105'): string {
  serial += 1;
  const orgCode = `T${process.pid.toString(36).toUpperCase().padStart(4, '0').slice(-4)}${String(serial).padStart(4, '0')}`.replace(/[IOSVZ]/g, 'X');
  const first17 = `91${region}${orgCode}`;
  return first17 + creditCodeCheckChar(first17);
}

export const employerBody = (over: Record<string, unknown> = {}) => ({
  name: `测试单位${Math.random().toString(36).slice(2, 8)}有限公司`,
  creditCode: newCreditCode(),
  regionCode: '110105001',
  industry: '制造业',
  employeeCount: 250,
  unionized: true,
  ...over,
});
