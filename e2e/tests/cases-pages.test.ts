import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { idNumberCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, menu, option, screenshot, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

/** A button's name: antd spaces out a two-character label (签 收), after any icon's own name. */
const named = (label: string) => new RegExp(`(^|\\s)${[...label].join('\\s*')}$`);
const settled = async (page: Page) => {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
  await page.waitForTimeout(300);
};
async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

/** ID numbers (GB 11643) no other test uses: 朝阳区, born 1985-06-15, sequences from the clock. */
function freshIdNumbers(count: number): string[] {
  const start = (Date.now() % 90) * 10;
  return Array.from({ length: count }, (_, i) => {
    const first17 = `11010519850615${String(start + i).padStart(3, '0')}`;
    return first17 + idNumberCheckChar(first17)!;
  });
}

/** The API as a clerk with curl would use it: a case to find as a duplicate. */
async function api<T>(path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

test('intake shows the open case of the same worker and links the new one to it; ten workers make a collective dispute the city center acknowledges', async () => {
  const { page } = browser;
  const ids = freshIdNumbers(10);
  const names = ids.map((_, i) => `集体${Date.now() % 1000}号${i + 1}`);
  const { accessToken } = await api<{ accessToken: string }>('/auth/login', null, { username: 'chaoyang_staff', password: 'demo1234' });
  const employer = (await api<{ items: { id: string }[] }>(`/employers?q=${encodeURIComponent('北京朝华科技有限公司')}`, accessToken)).items[0];
  const first = await api<{ caseNo: string }>('/cases', accessToken, {
    channel: 'hotline_12351',
    employerId: employer.id,
    workers: [{ name: names[0], idNumber: ids[0], phone: '13900000001' }],
    claims: [{ category: 'wages', amount: '8000' }],
    description: '12351 热线来电反映欠薪',
  });

  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '受理登记').click();
  await page.waitForURL(/\/cases\/new$/);
  // a case an arbitration commission sends records the commission, its district and reference: asked before saving
  await page.getByLabel('来源渠道').click();
  await option(page, '仲裁委转送先行调解').click();
  await page.getByTestId('case-source').waitFor();
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect.poll(() => page.getByTestId('case-source').getByText('仲裁委转送、法院委托的案件须填写来源机关').count()).toBe(3);
  await page.getByLabel('来源渠道').click();
  await option(page, '来访').click();
  await page.getByTestId('case-source').waitFor({ state: 'detached' });
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  // ten workers pasted from a spreadsheet: a collective dispute, reported at once
  await page.getByRole('button', { name: '批量粘贴职工' }).click();
  const paste = page.getByRole('dialog');
  await paste.locator('textarea').fill(ids.map((id, i) => `${names[i]}\t${id}\t1390000${String(i).padStart(4, '0')}`).join('\n'));
  await paste.getByRole('button', { name: '添加 10 名职工' }).click();
  await page.getByTestId('collective-tag').waitFor();
  await expect.poll(() => page.getByTestId('worker-row').count()).toBe(10);
  await page.getByText('本案将作为重大案件立即报送市总工会法律服务中心，由其签收').waitFor();
  await page.getByLabel('第 1 项争议类别').click();
  await option(page, '劳动报酬').click();
  await page.getByLabel('第 1 项请求金额').fill('300000');
  await page.getByLabel('案情简述').fill('企业停产，十名职工两个月工资未发。');
  await page.getByRole('button', { name: '保存登记' }).click();

  // the first worker has an open case against this employer: shown before saving
  const duplicates = page.getByRole('dialog');
  const match = duplicates.getByTestId('duplicates').locator('.ant-table-row').filter({ hasText: first.caseNo });
  await match.waitFor();
  await match.getByText('身份证号相同').waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'case-duplicates');
  await match.getByRole('button', { name: '关联此案并保存' }).click();
  await page.getByText(/^已登记案件 /).waitFor();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseNo = (await page.getByTestId('case-no').textContent())!;
  await page.locator('.ant-card-head-title').getByText('集体争议').waitFor();
  await page.getByRole('link', { name: '查看关联的原案件' }).waitFor();
  await expect.poll(() => page.getByTestId('case-workers').locator('.ant-table-row').count()).toBe(10);
  await signOut(page);

  // the city legal service center sees the report on its board and in its inbox, and signs for it
  await signIn(page, baseUrl, 'city_staff', 'demo1234');
  await expect.poll(async () => Number((await page.getByTestId('unread-badge').locator('.ant-badge-count').getAttribute('title')) ?? 0)).toBeGreaterThan(0);
  await menu(page, '重大案件').click();
  await page.waitForURL(/\/major-reports$/);
  const report = page.getByTestId('major-reports').locator('.ant-table-row').filter({ hasText: caseNo });
  await report.getByText('待签收').waitFor();
  await report.getByText('集体争议').waitFor();
  await settled(page);
  await screenshot(page, 'case-major-reports');
  await report.getByRole('button', { name: named('签收') }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: named('签收') }).click();
  await page.getByText(`已签收案件 ${caseNo} 的报告`).waitFor();
  await page.locator('.ant-segmented').getByText('已签收', { exact: true }).click();
  await page.getByTestId('major-reports').locator('.ant-table-row').filter({ hasText: caseNo }).getByText('已签收').waitFor();

  await page.getByTestId('unread-badge').getByRole('button').click();
  await page.waitForURL(/\/notifications$/);
  const notice = page.getByTestId('notifications').locator('.ant-table-row').filter({ hasText: caseNo });
  await notice.getByText('重大案件报告待签收').waitFor();
  await settled(page);
  await screenshot(page, 'notifications');
  await notice.getByText(caseNo).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await page.getByTestId('case-no').getByText(caseNo).waitFor();
});

test('a station files a labor-relations warning and resolves it; the city sets its own opinion deadline; the case pages speak English', async () => {
  const { page } = browser;
  const note = `职工反映近两个月工资未按时发放（${Date.now() % 10_000}）`;

  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '劳动关系预警').click();
  await page.waitForURL(/\/warnings$/);
  await page.getByRole('button', { name: '上报预警' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('用人单位').click();
  await form.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  await form.getByLabel('预警类型').click();
  await option(page, '欠薪苗头').click();
  await form.getByText('严重', { exact: true }).click();
  await form.getByLabel('情况描述').fill(note);
  await form.getByRole('button', { name: named('上报') }).click();
  await page.getByText('已上报“北京朝华科技有限公司”的预警').waitFor();
  await page.waitForURL(/\/warnings\/[0-9a-f-]{36}$/);
  await page.getByTestId('warning-status').getByText('待处置').waitFor();
  await page.getByRole('button', { name: '处置完毕' }).click();
  const resolve = page.getByRole('dialog');
  await resolve.getByLabel('处置情况').fill('已约谈企业负责人，企业承诺月底前补发');
  await resolve.getByRole('button', { name: '处置完毕' }).click();
  await page.getByTestId('warning-status').getByText('已处置').waitFor();
  await page.getByText('已约谈企业负责人，企业承诺月底前补发').waitFor();
  expect(await page.getByRole('button', { name: '处置完毕' }).count()).toBe(0);
  await settled(page);
  await screenshot(page, 'warning-resolved');
  await menu(page, '劳动关系预警').click();
  await page.locator('.ant-table-row').filter({ hasText: note }).getByText('已处置').waitFor();

  // a district user reads the deadlines but changes none
  await menu(page, '期限设置').click();
  await page.waitForURL(/\/settings\/clocks$/);
  await page.getByTestId('clock-case.mediation').getByText('15 个自然日').waitFor();
  expect(await page.getByRole('button', { name: named('编辑') }).count()).toBe(0);
  await signOut(page);

  // the city federation sets the opinion rectification deadline; the law's 15 days stay fixed
  await signIn(page, baseUrl, 'admin', 'admin123');
  await menu(page, '期限设置').click();
  const opinion = page.locator('.ant-table-row').filter({ hasText: 'notice.opinion_rectification' });
  const mediation = page.locator('.ant-table-row').filter({ hasText: 'case.mediation' });
  await mediation.getByText('法定').waitFor();
  expect(await mediation.getByRole('button').count()).toBe(0);
  await opinion.getByRole('button', { name: named('编辑') }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('期限长度').fill('10');
  await edit.getByRole('button', { name: named('保存') }).click();
  await page.getByTestId('clock-notice.opinion_rectification').getByText('10 个工作日').waitFor();
  await opinion.getByText('本市设定').waitFor();
  await settled(page);
  await screenshot(page, 'settings-clocks');

  // English, one click away
  await menu(page, '案件列表').click();
  await page.waitForURL(/\/cases$/);
  await page.getByText('English', { exact: true }).click();
  await page.locator('.ant-card-head-title').getByText('Dispute cases').waitFor();
  await page.getByRole('columnheader', { name: 'Case number' }).waitFor();
  await settled(page);
  await screenshot(page, 'cases-en');
});
