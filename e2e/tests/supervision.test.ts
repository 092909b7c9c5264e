import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserPerTest, menu, named, option, screenshot, signIn } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

// This file moves the server's clock past a deadline, so it runs its own server (TEST_CLOCK=1):
// the suite's shared server, and the tests using it, keep the real time.
let server: RunningServer;
let baseUrl: string;
const browser = browserPerTest();
beforeAll(async () => {
  server = await startServer({ TEST_CLOCK: '1' });
  baseUrl = server.url;
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.body !== undefined && { 'Content-Type': 'application/json' }), ...(init.token && { Authorization: `Bearer ${init.token}` }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
const tokenOf = async (username: string) => (await api<{ accessToken: string }>('/auth/login', { method: 'POST', body: { username, password: 'demo1234' } })).accessToken;

/** Appends an event from the notice page: its button, then the dialog's button of the same name. */
async function step(page: Page, event: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: named(event) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: named(event) }).click();
  await page.getByText(`已${event}`, { exact: true }).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

/** Saves the prefilled new-notice form as a draft and issues it; answers the number it got. */
async function draftAndIssue(page: Page, type: string, { edit = false } = {}): Promise<string> {
  await page.waitForURL(/\/notices\/new/);
  await page.getByLabel('法律依据').fill(edit ? '《劳动合同法》' : '《中华人民共和国劳动合同法》第十条、第八十二条');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
  await page.getByTestId('notice-status').getByText('草稿').waitFor();
  await page.getByText('（未编号草稿）').first().waitFor();
  if (edit) {
    // a draft may still be corrected
    await page.getByRole('button', { name: '编辑草稿' }).click();
    await page.waitForURL(/\/edit$/);
    await expect.poll(() => page.getByLabel('法律依据').inputValue()).toBe('《劳动合同法》');
    await page.getByLabel('法律依据').fill('《中华人民共和国劳动合同法》第十条、第八十二条');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
    await page.getByText('《中华人民共和国劳动合同法》第十条、第八十二条').waitFor();
  }
  await step(page, '发出');
  await page.getByTestId('notice-status').getByText('已发出').waitFor();
  const no = page.getByTestId('notice-no');
  await expect.poll(async () => (await no.textContent()) ?? '').toMatch(/^朝阳工监〔\d{4}〕\d+号$/);
  await page.getByRole('button', { name: `打印${type}` }).waitFor();
  return (await no.textContent())!;
}

test('supervision: an inspection, a reminder, an opinion with its deadline, and once the deadline passed unrectified a recommendation printed as 建议书, then a publication approved by the district and read in public', async () => {
  const { page } = browser;
  const token = await tokenOf('chaoyang_staff');
  const supervisor = `王监督${Date.now() % 1000}`;
  await api('/supervisors', { method: 'POST', token, body: { name: supervisor } });

  // 1. a joint inspection of 北京朝华科技 finds contracts missing
  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '法律体检').click();
  await page.waitForURL(/\/inspections$/);
  await page.getByRole('button', { name: '登记法律体检' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('用人单位').click();
  await form.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  await form.getByText('与劳动保障监察联合检查').click();
  await form.getByLabel('检查人员（劳动法律监督员）').click();
  await form.getByLabel('检查人员（劳动法律监督员）').fill(supervisor);
  await option(page, supervisor).click();
  await form.getByRole('button', { name: '添加问题' }).click();
  await form.getByLabel('违法事项').click();
  await option(page, '劳动合同').click();
  await form.getByLabel('问题描述').fill('12名职工入职超过一个月未签订书面劳动合同');
  await screenshot(page, 'supervision-inspection-form');
  await form.getByRole('button', { name: named('保存') }).click();
  await form.waitFor({ state: 'detached' });
  const inspection = page.getByTestId('inspections-table').locator('.ant-table-row').filter({ hasText: supervisor });
  await inspection.getByText('北京朝华科技有限公司').waitFor();

  // 2. its finding becomes a reminder (提示函), issued and numbered
  await inspection.getByRole('button', { name: '制发文书' }).click();
  await expect.poll(() => page.getByLabel('违法事实').inputValue()).toContain('未签订书面劳动合同');
  const reminderNo = await draftAndIssue(page, '提示函', { edit: true });

  // 3. the employer does not correct it: an opinion (意见书) on top of it, with a rectification deadline
  await page.getByTestId('draft-next-rung').click();
  await expect.poll(() => page.getByLabel('违法事实').inputValue()).toContain('未签订书面劳动合同');
  const opinionNo = await draftAndIssue(page, '意见书');
  const opinionUrl = page.url();
  expect(opinionNo).not.toBe(reminderNo);
  const deadline = page.getByTestId('notice-deadline');
  await deadline.getByText('期限内').waitFor();
  expect(await deadline.textContent()).toMatch(/\d/);
  // the ladder: the reminder escalated by the opinion
  await page.getByTestId('ladder-reminder').getByText('已升级').waitFor();
  await page.getByTestId('ladder-reminder').getByText(reminderNo).waitFor();
  await screenshot(page, 'supervision-opinion');

  // a recommendation before the deadline is not offered yet, and escalating by hand is refused in the server's words
  expect(await page.getByTestId('draft-next-rung').count()).toBe(0);
  await page.getByRole('button', { name: named('升级') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: named('升级') }).click();
  await dialog.getByTestId('event-refusal').getByText(/整改期限（.+）届满且未整改后才能提出建议书/).first().waitFor();
  await dialog.getByRole('button', { name: named('取消') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('notice-status').getByText('已发出').waitFor();

  // 4. time passes beyond the deadline (working days, holidays skipped) and the daily sweep runs
  const opinionId = opinionUrl.split('/').pop()!;
  const opinion = await api<{ deadlineAt: string }>(`/notices/${opinionId}`, { token });
  await api('/test/clock', { method: 'PUT', body: { now: new Date(Date.parse(opinion.deadlineAt) + 3600_000).toISOString() } });

  await menu(page, '待升级').click();
  await page.waitForURL(/\/notices\/escalation$/);
  const queued = page.getByTestId('escalation-table').locator('.ant-table-row').filter({ hasText: opinionNo });
  await queued.getByTestId('ready-to-escalate').waitFor();
  await queued.getByText('已超期').waitFor();
  await screenshot(page, 'supervision-escalation-queue');

  // 5. escalate: a recommendation (建议书) to the labor inspectorate
  await queued.getByRole('link', { name: opinionNo }).click();
  await page.waitForURL(opinionUrl);
  await page.getByTestId('ready-to-escalate').first().waitFor();
  await page.getByTestId('draft-next-rung').click();
  await page.getByText('建议书主送劳动保障监察机构', { exact: false }).waitFor();
  const recommendationNo = await draftAndIssue(page, '建议书');
  await page.getByTestId('ladder-opinion').getByText('已升级').waitFor();
  await page.getByTestId('ladder-opinion').getByText(opinionNo).waitFor();
  await page.getByTestId('ladder-reminder').getByText(reminderNo).waitFor();

  // the opinion has left the queue
  await menu(page, '待升级').click();
  await page.waitForURL(/\/notices\/escalation$/);
  await expect.poll(() => page.getByTestId('escalation-table').locator('.ant-table-row').filter({ hasText: opinionNo }).count()).toBe(0);

  // 6. the print view: 建议书 with its number, addressed to the inspectorate
  await page.goBack();
  await page.getByRole('button', { name: '打印建议书' }).click();
  await page.waitForURL(/\/letter$/);
  const letter = page.getByTestId('letter');
  await letter.getByRole('heading', { name: '工会劳动法律监督建议书' }).waitFor();
  expect(await page.getByTestId('letter-number').textContent()).toBe(recommendationNo);
  await letter.getByText('劳动保障监察机构：').waitFor();
  await letter.getByText('北京朝华科技有限公司在劳动合同方面', { exact: false }).waitFor();
  // no menu around a letter
  expect(await page.getByRole('menuitem').count()).toBe(0);
  await screenshot(page, 'supervision-letter');

  // 7. still no rectification: a publication, drafted by staff, approved by the district federation's admin
  await page.getByRole('button', { name: '返回文书' }).click();
  await page.getByTestId('draft-next-rung').click();
  await page.waitForURL(/\/notices\/new/);
  await page.getByText('公布须经区县级以上工会批准', { exact: false }).waitFor();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
  const publicationUrl = page.url();
  // staff may draft it but not approve it
  await page.getByTestId('notice-status').getByText('草稿').waitFor();
  expect(await page.getByRole('button', { name: '批准公布' }).count()).toBe(0);
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
  await signIn(page, baseUrl, 'chaoyang_admin', 'demo1234');
  await page.goto(publicationUrl);
  await step(page, '批准公布');
  await page.getByTestId('notice-status').getByText('已发出').waitFor();
  await page.getByTestId('ladder-recommendation').getByText('已升级').waitFor();
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);

  // 8. anyone reads it, without signing in
  await page.getByRole('link', { name: '劳动违法行为公布' }).click();
  const published = page.getByTestId('public-violations').locator('.ant-table-row').filter({ hasText: '北京朝华科技有限公司' }).filter({ hasText: '劳动合同' });
  await published.getByText('朝阳区总工会').waitFor();
  expect(await published.count()).toBe(1);
  await screenshot(page, 'supervision-published');
}, 240_000);

test('supervision: published violations are public, linked from the login page, without signing in', async () => {
  const { page } = browser;
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('link', { name: '劳动违法行为公布' }).click();
  await page.waitForURL(/\/public\/violations$/);
  await page.getByRole('heading', { name: '劳动违法行为公布' }).waitFor();
  await page.getByTestId('public-violations').waitFor();
  const answer = await api<{ items: unknown[]; total: number }>('/public/violations');
  if (answer.total === 0) await page.getByText('暂无公布的违法行为').waitFor();
  else expect(await page.getByTestId('public-violations').locator('.ant-table-row').count()).toBe(Math.min(answer.total, 20));
  await screenshot(page, 'supervision-public-violations');
});

test('supervision figures: notices by rung, rectification and districts for the city, with charts', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'admin', 'admin123');
  await menu(page, '监督统计').click();
  await page.waitForURL(/\/statistics\/supervision$/);
  const figures = page.getByTestId('supervision-figures');
  await figures.getByText('整改率').waitFor();
  await figures.getByText('逾期未整改').waitFor();
  // the demo data's notices (and this file's) are counted: at least one issued
  const issued = figures.locator('.ant-statistic').filter({ hasText: '发出文书' }).locator('.ant-statistic-content');
  await expect.poll(async () => Number(await issued.textContent())).toBeGreaterThan(0);
  await page.getByRole('img', { name: '各级文书数量' }).locator('canvas').waitFor();
  await page.getByRole('img', { name: '各区县文书数量' }).locator('canvas').waitFor();
  await page.getByRole('row').filter({ hasText: '朝阳区总工会' }).first().waitFor();
  await screenshot(page, 'supervision-figures');

  // in English, one click away: the menu, the notices and a notice's ladder and letter button
  await page.getByText('English', { exact: true }).click();
  await page.getByText('Labor-law supervision figures').waitFor();
  await menu(page, 'Notices').click();
  await page.waitForURL(/\/notices$/);
  const recommendation = page.getByTestId('notices-table').locator('.ant-table-row').filter({ hasText: 'Recommendation' }).first();
  await recommendation.getByRole('link').click();
  await page.waitForURL(/\/notices\/[0-9a-f-]{36}$/);
  await page.getByText(/^Notice ladder: /).waitFor();
  await page.getByRole('button', { name: 'Print the Recommendation' }).waitFor();
  await screenshot(page, 'supervision-notice-en');
});
