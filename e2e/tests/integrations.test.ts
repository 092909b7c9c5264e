import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { menu, openBrowser, screenshot, signIn, type Browser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let receiver: Server;
const received: { headers: Record<string, unknown>; body: string }[] = [];

beforeEach(async () => {
  browser = await openBrowser();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterEach(async () => {
  await browser.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** The API as the integration would call it. */
async function api(path: string, headers: Record<string, string>, body?: unknown) {
  return fetch(`${baseUrl}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...headers, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('an office admin makes an API key shown once, the key works until it is revoked, a subscription’s deliveries show in its log, and its signing secret is replaced by a new one shown once', async () => {
  const { page } = browser;
  const name = `热线对接${Date.now() % 10000}`;
  await signIn(page, baseUrl, 'chaoyang_admin', 'demo1234');
  await page.getByRole('menuitem', { name: /系统对接$/ }).click();
  await menu(page, '接口密钥').click();
  await page.waitForURL(/\/integrations\/api-keys$/);

  await page.getByRole('button', { name: '新建密钥' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByLabel('查看争议案件').check();
  await dialog.getByLabel('办理争议案件').check();
  await dialog.getByLabel('查看用人单位').check();
  await dialog.getByLabel('查看调解组织').check();
  // the right to make keys is never offered to a key
  await expect(dialog.getByLabel('管理接口密钥').count()).resolves.toBe(0);
  await dialog.getByRole('button', { name: '新建密钥' }).click();
  const shown = page.getByTestId('shown-once-value');
  await shown.waitFor();
  const key = (await shown.innerText()).trim();
  expect(key).toMatch(/^uk_/);
  await screenshot(page, 'integrations-key-shown-once');
  await page.getByRole('button', { name: '我已保存' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await row.getByText(`${key.slice(0, 11)}…`).waitFor();
  expect((await api('/cases?limit=1', { 'X-Api-Key': key })).status).toBe(200);

  // a subscription of 朝阳区 to settled cases, delivered to a local receiver
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
  await menu(page, '事件订阅').click();
  await page.waitForURL(/\/integrations\/webhooks$/);
  await page.getByRole('button', { name: '新建订阅' }).click();
  await dialog.getByLabel('回调地址').fill(url);
  await dialog.getByLabel(/案件调解成功/).check();
  await dialog.getByRole('button', { name: '新建订阅' }).click();
  await expect(shown.innerText()).resolves.toMatch(/^whsec_/);
  const firstSecret = (await shown.innerText()).trim();
  await page.getByRole('button', { name: '我已保存' }).click();

  const employerId = ((await (await api(`/employers?q=${encodeURIComponent('北京朝华科技有限公司')}`, { 'X-Api-Key': key })).json()) as { items: { id: string }[] }).items[0]?.id;
  const committee = ((await (await api(`/mediation-orgs?q=${encodeURIComponent('北京朝华科技有限公司劳动争议调解委员会')}`, { 'X-Api-Key': key })).json()) as { items: { id: string }[] }).items?.[0]?.id;
  expect(employerId && committee).toBeTruthy();
  const created = (await (
    await api('/cases', { 'X-Api-Key': key }, { channel: 'walk_in', employerId, handlerOrgId: committee, workers: [{ name: '订阅测试' }], claims: [{ category: 'wages', amount: '100' }], description: '欠薪' })
  ).json()) as { id: string; caseNo: string };
  for (const type of ['accept', 'start_mediation', 'settle']) expect((await api(`/cases/${created.id}/events`, { 'X-Api-Key': key }, { type })).status).toBe(201);
  // the server's dispatcher runs every few seconds
  await expect.poll(() => received.some((r) => r.body.includes(created.caseNo)), { timeout: 20_000, interval: 500 }).toBe(true);

  await page.getByRole('row', { name: new RegExp(url) }).getByRole('button', { name: '投递记录' }).click();
  await page.getByText('已送达').first().waitFor({ timeout: 20_000 });
  await screenshot(page, 'integrations-deliveries');
  await page.keyboard.press('Escape');

  // a new signing secret, shown once, in place of the first
  await page.getByRole('row', { name: new RegExp(url) }).getByRole('button', { name: '更换签名密钥' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect.poll(async () => ((await shown.isVisible()) ? (await shown.innerText()).trim() : '')).toMatch(/^whsec_/);
  expect((await shown.innerText()).trim()).not.toBe(firstSecret);
  await page.getByRole('button', { name: '我已保存' }).click();

  // revoking: the key stops at once
  await menu(page, '接口密钥').click();
  await row.getByRole('button', { name: /吊\s*销/ }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
  await row.getByText(/已于 .* 吊销/).waitFor();
  expect((await api('/cases?limit=1', { 'X-Api-Key': key })).status).toBe(401);
});
