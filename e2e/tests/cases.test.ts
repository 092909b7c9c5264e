import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { idNumberCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, menu, named, option, screenshot, screenshotDir, signIn } from '../support/browser';
import { checkCJKGlyphs } from '../support/glyphs';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

/** No spinner left and no animation running: what a screenshot should show. */
const settled = async (page: Page) => {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
  await page.waitForTimeout(300);
};
/** A valid resident ID number (GB 11643) no other run uses: 朝阳区, born 1990-03-07, a sequence from the clock. */
function freshIdNumber(): string {
  const first17 = `11010519900307${String(Date.now() % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17)!;
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

/** Appends an event from the case page: its button, then the dialog's button of the same name. */
async function step(page: Page, event: string, done: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: named(event) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: named(event) }).click();
  await page.getByText(done, { exact: true }).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

test('issue 4 journey: an enterprise committee takes a wage case in, escalates it to the district center, which accepts, mediates and settles; the agreement prints', async () => {
  const { page } = browser;
  const idNumber = freshIdNumber();
  const worker = `王小明${Date.now() % 1000}`;

  // 1. chaoyang_staff takes the case in at the enterprise committee of 北京朝华科技有限公司
  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '受理登记').click();
  await page.waitForURL(/\/cases\/new$/);
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  await page.getByLabel('承办调解组织').click();
  await page.getByLabel('承办调解组织').fill('朝华');
  await option(page, '北京朝华科技有限公司劳动争议调解委员会').click();

  // the worker's ID number is checked as it is typed, with the shared GB 11643 rule and its message
  await page.getByLabel('第 1 名职工姓名').fill(worker);
  const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
  await page.getByLabel('第 1 名职工身份证号').fill(wrongCheck);
  await page.getByText('身份证号校验码不正确（GB 11643）').waitFor();
  await page.getByLabel('第 1 名职工身份证号').fill(idNumber.toLowerCase());
  await page.getByText('身份证号校验码不正确（GB 11643）').waitFor({ state: 'detached' });
  await page.getByLabel('第 1 名职工联系电话').fill('13800001234');
  await page.getByLabel('第 1 名职工户籍类别').click();
  await option(page, '农民工').click();

  // claims by category, in decimal yuan, summed exactly
  await page.getByLabel('第 1 项争议类别').click();
  await option(page, '劳动报酬').click();
  await page.getByLabel('第 1 项请求金额').fill('12000.5');
  await page.getByRole('button', { name: '添加请求事项' }).click();
  await page.getByLabel('第 2 项争议类别').click();
  await option(page, '工时加班').click();
  await page.getByLabel('第 2 项请求金额').fill('3000');
  await expect.poll(() => page.getByTestId('claims-total').textContent()).toBe('合计：15,000.50 元');
  await page.getByLabel('案情简述').fill('企业拖欠三个月工资及加班费，职工多次催要未果。');
  // one worker: not a collective dispute
  expect(await page.getByTestId('collective-tag').count()).toBe(0);
  await settled(page);
  await screenshot(page, 'case-intake-form');
  await page.getByRole('button', { name: '保存登记' }).click();

  // no open case of this worker: saved at once, with its number and a 15-day clock
  await page.getByText(/^已登记案件 \d{4}-/).waitFor();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  const status = page.getByTestId('case-status');
  await status.getByText('已接收').waitFor();
  await page.getByTestId('case-clock').getByText('期限内').waitFor();
  const facts = page.locator('.ant-descriptions');
  await facts.getByText('北京朝华科技有限公司劳动争议调解委员会').waitFor();
  await facts.getByText('15,000.50 元').waitFor();
  await page.getByTestId('case-workers').getByText(idNumber).waitFor();
  // exactly the steps the server allows the handler
  for (const event of ['受理', '不予受理', '撤回', '申请转办']) await page.getByRole('button', { name: named(event) }).waitFor();
  expect(await page.getByRole('button', { name: named('开始调解') }).count()).toBe(0);
  const caseNo = (await page.getByTestId('case-no').textContent())!;
  expect(caseNo).toMatch(/^\d{4}-110105-[0-9A-F]{4}-\d{5}$/);

  // 2. accept it, then escalate to the district center: a party will not mediate inside the enterprise
  await step(page, '受理', '已受理');
  await status.getByText('已受理').waitFor();
  await page.getByRole('button', { name: named('申请转办') }).click();
  const transfer = page.getByRole('dialog');
  // only the targets the route table allows, with their reason codes
  const targets = transfer.locator('.ant-radio-wrapper');
  await targets.first().waitFor();
  await expect.poll(() => targets.allTextContents()).toEqual(['朝阳区劳动争议调解中心区县劳动争议调解中心']);
  await transfer.getByText('朝阳区劳动争议调解中心', { exact: true }).click();
  // the route takes one reason, chosen for the clerk
  await transfer.locator('.ant-select').getByText('当事人不愿在企业内部调解').waitFor();
  await transfer.getByLabel('备注').fill('职工要求由区调解中心调解');
  await page.waitForTimeout(300);
  await screenshot(page, 'case-transfer-dialog');
  await transfer.getByRole('button', { name: named('申请转办') }).click();
  await page.getByText('已申请转至朝阳区劳动争议调解中心，等待对方接收').first().waitFor();
  await page.getByTestId('pending-transfer').waitFor();
  // while the transfer waits, the sending side takes no step
  await expect.poll(() => page.getByRole('button', { name: named('申请转办') }).count()).toBe(0);
  await signOut(page);

  // 3. chaoyang_center finds it in its queue of transfers to accept
  await signIn(page, baseUrl, 'chaoyang_center', 'demo1234');
  await menu(page, '我的待办').click();
  await page.waitForURL(/\/my-work$/);
  const awaiting = page.getByTestId('queue-awaiting');
  const row = awaiting.locator('.ant-table-row').filter({ hasText: caseNo });
  await row.waitFor();
  await settled(page);
  await screenshot(page, 'case-queue');
  await row.getByRole('link', { name: caseNo }).click();
  await page.waitForURL(caseUrl);
  await page.getByTestId('pending-transfer').getByText('本案申请转至朝阳区劳动争议调解中心，等待接收或拒绝').waitFor();
  await page.getByRole('button', { name: named('拒绝转办') }).waitFor();
  await step(page, '接收转办', '已接收转办');
  await status.getByText('已受理').waitFor();
  await facts.getByText('朝阳区劳动争议调解中心', { exact: true }).waitFor();

  // 4. mediation, then the agreement
  await step(page, '开始调解', '已开始调解');
  await status.getByText('调解中').waitFor();
  await step(page, '达成协议', '已达成协议', (dialog) => dialog.getByLabel('备注').fill('双方同意分两期支付'));
  await status.getByText('调解成功').waitFor();
  await page.getByTestId('case-clock').getByText('已停止计时').waitFor();

  // the timeline shows every step: who, what, from which state, where to and why
  const timeline = page.getByTestId('timeline-event');
  await expect.poll(() => timeline.count()).toBe(6);
  const steps = ['收案登记', '受理', '申请转办', '接收转办', '开始调解', '达成协议'];
  for (const [i, name] of steps.entries()) await timeline.nth(i).getByText(name, { exact: true }).waitFor();
  await timeline.nth(0).getByText('渠道：来访').waitFor();
  await timeline.nth(0).getByText('朝阳区总工会 李娜').waitFor();
  await timeline.nth(2).getByText('转至：朝阳区劳动争议调解中心').waitFor();
  await timeline.nth(2).getByText('理由：当事人不愿在企业内部调解').waitFor();
  await timeline.nth(2).getByText('备注：职工要求由区调解中心调解').waitFor();
  await timeline.nth(3).getByText('朝阳区调解中心 何佳').waitFor();
  await timeline.nth(5).getByText('备注：双方同意分两期支付').waitFor();
  await settled(page);
  await screenshot(page, 'case-settled');

  // 5. the printable agreement opens on its own, without the app's chrome
  const [letter] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: '打印调解协议书' }).click()]);
  await letter.waitForURL(/\/cases\/[0-9a-f-]{36}\/agreement$/);
  const agreement = letter.getByTestId('agreement');
  await agreement.getByRole('heading', { name: '劳动争议调解协议书' }).waitFor();
  await agreement.getByText(`编号：${caseNo}`).waitFor();
  await agreement.getByText(new RegExp(`${worker}，公民身份号码：${idNumber}`)).waitFor();
  await agreement.getByText(/被申请人：北京朝华科技有限公司，统一社会信用代码：91/).waitFor();
  await agreement.getByText(/^调解组织：朝阳区劳动争议调解中心/).waitFor();
  await agreement.getByText('人民币 15,000.50 元（大写：壹万伍仟元伍角整）').waitFor();
  await agreement.getByTestId('seal-area').waitFor();
  expect(await letter.locator('.ant-layout-sider').count()).toBe(0);
  const glyphs = await checkCJKGlyphs(agreement.getByRole('heading', { name: '劳动争议调解协议书' }));
  expect(glyphs.sameAsMissingGlyph, `工 renders as tofu in ${glyphs.font}`).toBe(false);
  await screenshot(letter, 'case-agreement');
  // as printed: A4, the toolbar gone, one page
  await letter.emulateMedia({ media: 'print' });
  expect(await letter.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
  await screenshot(letter, 'case-agreement-print');
  const pdf = await letter.pdf({ preferCSSPageSize: true });
  writeFileSync(join(screenshotDir, 'case-agreement.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
