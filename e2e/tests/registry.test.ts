import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { creditCodeCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, menu, screenshot, signIn } from '../support/browser';
import { checkCJKGlyphs } from '../support/glyphs';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

const option = (page: Page, text: string) => page.locator('.ant-select-item-option').getByText(text, { exact: true });
const cascaderItem = (page: Page, text: string) => page.locator('.ant-cascader-menu-item').getByText(text, { exact: true });

/** A unified social credit code no other test uses: 91 (enterprise), 朝阳区, a nine-character organization code, its check character. */
function freshCreditCode(): string {
  const first17 = `91110105MA${String(Date.now() % 10_000_000).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}

test('a district filing goes from registration to 已备案: chaoyang_staff registers and files, chaoyang_center approves', async () => {
  const { page } = browser;
  const suffix = Date.now() % 100_000;
  const employerName = `北京朝阳测试科技有限公司${suffix}`;
  const orgName = `${employerName}劳动争议调解委员会`;
  const creditCode = freshCreditCode();

  // 1. chaoyang_staff registers the employer
  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '用人单位').click();
  await page.waitForURL(/\/employers$/);
  await page.getByRole('button', { name: '登记用人单位' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('单位名称').fill(employerName);

  // the credit code is checked as it is typed, with the shared GB 32100 rule and its message
  const wrongCheck = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
  await dialog.getByLabel('统一社会信用代码').fill(wrongCheck);
  await dialog.getByText('统一社会信用代码校验位不正确（GB 32100）').waitFor();
  await dialog.getByLabel('统一社会信用代码').fill(creditCode.toLowerCase());
  await dialog.getByText('统一社会信用代码校验位不正确（GB 32100）').waitFor({ state: 'detached' });
  expect(await dialog.getByLabel('统一社会信用代码').inputValue()).toBe(creditCode);

  await dialog.getByLabel('所在街道').click();
  await cascaderItem(page, '北京市').click();
  await cascaderItem(page, '朝阳区').click();
  await cascaderItem(page, '建外街道').click();
  await dialog.getByLabel('行业').fill('信息技术');
  await dialog.getByLabel('职工人数').fill('200');
  await expect.poll(() => dialog.getByRole('switch').first().getAttribute('aria-checked')).toBe('true');
  // the union office: picked by name across the city network (it starts at the user's own district federation)
  await dialog.getByLabel('工会隶属').click();
  await dialog.getByLabel('工会隶属').fill('朝阳');
  await option(page, '朝阳区总工会').click();
  await expect.poll(() => dialog.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '朝阳区总工会' }).count()).toBeGreaterThan(0);
  // every dropdown gone (two may be leaving at once: the cascader's and the union picker's)
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await screenshot(page, 'registry-employer-form');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已登记用人单位“${employerName}”`).waitFor();

  // the employer's page, with the registration as saved
  await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
  const facts = page.locator('.ant-descriptions');
  await facts.getByText(creditCode).waitFor();
  await facts.getByText('110105001 北京市 朝阳区 建外街道').waitFor();
  await facts.getByText('已建会').waitFor();
  await facts.getByText('朝阳区总工会', { exact: true }).waitFor();
  await screenshot(page, 'registry-employer-detail');

  // 2. an enterprise committee filing for it; the filing authority is computed, not typed
  await menu(page, '调解组织').click();
  await page.waitForURL(/\/mediation-orgs$/);
  await page.getByRole('button', { name: '提交备案' }).click();
  await page.waitForURL(/\/mediation-orgs\/new$/);
  await page.getByLabel('组织类型').click();
  await option(page, '企业劳动争议调解委员会').click();
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill(employerName);
  await option(page, employerName).click();
  const authority = page.getByTestId('filing-authority');
  await expect.poll(() => authority.textContent()).toBe('朝阳区劳动争议调解中心');
  await page.getByText(/^规则四/).waitFor();
  // 200 employees fit an enterprise committee: no size warning
  expect(await page.getByText(/职工 100 人以上的企业才能建立/).count()).toBe(0);
  expect(await page.getByLabel('组织名称').inputValue()).toBe(orgName);
  for (const item of ['有机构', '有牌子', '有人员', '有制度']) await page.getByLabel(item).check();
  await page.waitForTimeout(300); // the last tick's animation
  await screenshot(page, 'registry-filing-form');
  await page.getByRole('button', { name: '提交备案' }).click();
  await page.getByText(`已提交“${orgName}”的备案，备案机关：朝阳区劳动争议调解中心`).waitFor();
  await page.waitForURL(/\/mediation-orgs\/[0-9a-f-]{36}$/);
  await page.getByTestId('filing-status').getByText('待审核').waitFor();
  // the filer does not review its own filing: no review steps here
  expect(await page.getByRole('button', { name: '准予备案' }).count()).toBe(0);

  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);

  // 3. the filing authority's staff review it
  await signIn(page, baseUrl, 'chaoyang_center', 'demo1234');
  await menu(page, '备案审核').click();
  await page.waitForURL(/\/mediation-orgs\/review$/);
  const queued = page.locator('.ant-table-row').filter({ hasText: orgName });
  await queued.waitFor();
  await queued.getByText('待审核').waitFor();
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  await screenshot(page, 'registry-review-queue');
  await queued.getByRole('link', { name: orgName }).click();
  await page.waitForURL(/\/mediation-orgs\/[0-9a-f-]{36}$/);
  await page.getByTestId('filing-status').getByText('待审核').waitFor();
  // exactly the steps the server allows the authority: file or return
  await page.getByRole('button', { name: '退回补正' }).waitFor();
  await page.getByRole('button', { name: '准予备案' }).click();
  const review = page.getByRole('dialog');
  await review.getByLabel('备注').fill('材料齐全，准予备案');
  await review.getByRole('button', { name: '准予备案' }).click();
  await page.getByText('已准予备案').waitFor();

  await page.getByTestId('filing-status').getByText('已备案').waitFor();
  const timeline = page.getByTestId('timeline-event');
  await expect.poll(() => timeline.count()).toBe(2);
  await timeline.nth(0).getByText('提交备案', { exact: true }).waitFor();
  await timeline.nth(0).getByText('朝阳区总工会 李娜').waitFor();
  await timeline.nth(1).getByText('准予备案', { exact: true }).waitFor();
  await timeline.nth(1).getByText('备注：材料齐全，准予备案').waitFor();
  await timeline.nth(1).getByText('朝阳区调解中心 何佳').waitFor();
  expect(await page.getByRole('button', { name: '准予备案' }).count()).toBe(0);

  const glyphs = await checkCJKGlyphs(page.getByTestId('filing-status'));
  expect(glyphs.sameAsMissingGlyph, `工 renders as tofu in ${glyphs.font}`).toBe(false);
  await screenshot(page, 'registry-filed');

  // it is gone from the queue
  await menu(page, '备案审核').click();
  await page.locator('.ant-table-row').filter({ hasText: orgName }).waitFor({ state: 'detached' });
});
