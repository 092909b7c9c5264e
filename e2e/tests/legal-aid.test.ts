import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, test } from 'vitest';
import { idNumberCheckChar } from '../../shared/src/codes/codes.js';
import { openBrowser, screenshot, signIn, type Browser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeEach(async () => {
  browser = await openBrowser();
});
afterEach(async () => {
  await browser.close();
});

const menu = (page: Page, name: string) => page.getByRole('menuitem', { name: new RegExp(`${name}$`) });
/** An option of the select open now (closed ones stay in the page, hidden). */
const options = (page: Page) => page.locator('.ant-select-dropdown:visible .ant-select-item-option');
const option = (page: Page, text: string) => options(page).getByText(text, { exact: true });
/** A button's name: antd puts a space between the two characters of a two-character label (结 案). */
const named = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

function freshIdNumber(): string {
  const first17 = `11010519850611${String(Date.now() % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17)!;
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

/** Appends an event from the application page: its button, then the dialog's button of the same name. */
async function step(page: Page, event: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByRole('button', { name: named(event) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: named(event) }).click();
  await page.getByText(`已${event}`, { exact: true }).first().waitFor();
  await dialog.waitFor({ state: 'detached' });
}

test('legal aid: a migrant worker’s wage claim goes through the green channel, is approved, assigned to 孙明, won, and owes a subsidy', async () => {
  const { page } = browser;
  const idNumber = freshIdNumber();
  const applicant = `张援助${Date.now() % 1000}`;

  // 1. chaoyang_staff registers the application
  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '援助申请登记').click();
  await page.waitForURL(/\/legal-aid\/new$/);
  await page.getByLabel('申请人姓名').fill(applicant);
  const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
  await page.getByLabel('身份证号').fill(wrongCheck);
  await page.getByText('身份证号校验码不正确（GB 11643）').waitFor();
  await page.getByLabel('身份证号').fill(idNumber.toLowerCase());
  await page.getByText('身份证号校验码不正确（GB 11643）').waitFor({ state: 'detached' });
  await page.getByLabel('联系电话').fill('13900001111');
  await page.getByLabel('户籍类型').click();
  await option(page, '农民工').click();
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  await page.getByLabel('援助事项').click();
  await option(page, '追索劳动报酬').click();
  // a migrant worker claiming wages: the green channel shows at once
  await page.getByTestId('green-channel').waitFor();
  await page.getByLabel('服务方式').click();
  await option(page, '代理仲裁').click();
  await page.getByLabel('涉案金额').fill('8000');
  await screenshot(page, 'legal-aid-form');
  await page.getByRole('button', { name: '提交申请' }).click();

  await page.waitForURL(/\/legal-aid\/[0-9a-f-]{36}$/);
  const url = page.url();
  const status = page.getByTestId('application-status');
  await status.getByText('已提交').waitFor();
  await page.getByTestId('green-channel').waitFor();
  const applicationNo = (await page.getByTestId('application-no').textContent())!;

  // it heads the review queue's green channel
  await menu(page, '援助审查').click();
  await page.getByTestId('legal-aid-table').locator('.ant-table-row').filter({ hasText: applicationNo }).getByTestId('green-channel').waitFor();
  await page.goto(url);

  // 2. review, approve, assign 孙明 from the candidates with their load
  await step(page, '开始审查');
  await status.getByText('审查中').waitFor();
  await step(page, '批准援助');
  await status.getByText('已批准').waitFor();
  await step(page, '指派律师', async (dialog) => {
    await dialog.getByLabel('承办律师').click();
    await options(page).filter({ hasText: '孙明' }).getByText(/在办 \d+\/\d+/).waitFor();
    await options(page).filter({ hasText: '孙明' }).click();
  });
  await status.getByText('已指派律师').waitFor();
  await page.getByTestId('application-lawyer').getByText('孙明').waitFor();
  await signOut(page);

  // 3. the lawyer starts and closes it as won
  await signIn(page, baseUrl, 'chaoyang_lawyer', 'demo1234');
  await page.goto(url);
  await step(page, '开始承办');
  await status.getByText('承办中').waitFor();
  await step(page, '结案', async (dialog) => {
    await dialog.getByLabel('结案结果').click();
    await option(page, '胜诉').click();
    await dialog.getByLabel('追回金额').fill('7500.5');
  });
  await status.getByText('已结案').waitFor();
  await page.locator('.ant-descriptions').getByText('7,500.50 元').waitFor();
  await screenshot(page, 'legal-aid-closed');

  // 4. the subsidy appears, owed
  await menu(page, '律师补贴').click();
  await page.waitForURL(/\/subsidies$/);
  const row = page.getByTestId('subsidies-table').locator('.ant-table-row').filter({ hasText: applicationNo });
  await row.getByText('待发放').waitFor();
  expect(await row.getByText('孙明').count()).toBe(1);
});
