import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { browserPerTest, menu, screenshot, signIn } from '../support/browser';
import { checkCJKGlyphs } from '../support/glyphs';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

const rows = (page: Page) => page.locator('.ant-table-tbody .ant-table-row');
/** Waits until no table or card shows a loading spinner, so a screenshot shows data, not a fade. */
async function settled(page: Page) {
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  await page.waitForTimeout(400); // tab, modal and tick animations
}
const isoDate = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

test('staff search, filter and page the registry on the server, add a mediator and see the certificate running out', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');

  // employers: search goes to the server and into the URL
  await menu(page, '用人单位').click();
  await rows(page).filter({ hasText: '北京朝华科技有限公司' }).waitFor();
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').fill('朝华');
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').press('Enter');
  await page.waitForURL(/q=%E6%9C%9D%E5%8D%8E/);
  await expect.poll(() => rows(page).count()).toBe(1);
  // a sort header sorts on the server, and lands in the URL too
  await page.locator('.ant-table-thead th').filter({ hasText: '职工人数' }).click();
  await page.waitForURL(/sort=employeeCount/);
  await settled(page);
  await screenshot(page, 'registry-employers');
  // a district from the region picker filters by its code prefix
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').fill('');
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').press('Enter');
  await page.locator('.ant-cascader').click();
  await page.locator('.ant-cascader-menu-item').getByText('北京市', { exact: true }).click();
  await page.locator('.ant-cascader-menu-item').getByText('海淀区', { exact: true }).click();
  await page.keyboard.press('Escape');
  await page.waitForURL(/regionCode=110108/);
  await rows(page).filter({ hasText: '北京中关村软件有限公司' }).waitFor();
  await expect.poll(() => rows(page).filter({ hasText: '朝阳区' }).count()).toBe(0);

  // the size rule, answered with the computed filing authority before anything is sent
  await page.goto(`${baseUrl}/mediation-orgs/new`);
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill('建外餐饮');
  await page.locator('.ant-select-item-option').filter({ hasText: '北京建外餐饮管理有限公司' }).click();
  await page.getByText('职工 100 人以上的企业才能建立企业劳动争议调解委员会（现有 45 人）').waitFor();
  expect(await page.getByRole('button', { name: '提交备案' }).isDisabled()).toBe(true);
  // a district reviewer cannot override it: only city-tier reviewers are offered the reason box
  expect(await page.getByLabel('例外理由').count()).toBe(0);
  await settled(page);
  await screenshot(page, 'registry-filing-size-rule');
  // a coordinator fits 45 employees; it files with the street service station and names the person
  await page.getByLabel('组织类型').click();
  await page.locator('.ant-select-item-option').getByText('劳动关系协调员', { exact: true }).click();
  await expect.poll(() => page.getByTestId('filing-authority').textContent()).toBe('建外街道工会服务站');
  await page.getByText(/^规则三/).waitFor();
  await page.getByLabel('协调员姓名').waitFor();
  expect(await page.getByLabel('组织名称').inputValue()).toBe('北京建外餐饮管理有限公司劳动关系协调员');
  expect(await page.getByRole('button', { name: '提交备案' }).isDisabled()).toBe(false);

  // the non-standard organizations (?standardized=false): the demo committee has no sign
  await page.goto(`${baseUrl}/mediation-orgs?standardized=false`);
  const committee = rows(page).filter({ hasText: '北京朝华科技有限公司劳动争议调解委员会' });
  await committee.waitFor();
  await committee.getByText('不规范').waitFor();
  await settled(page);
  await screenshot(page, 'registry-mediation-orgs');

  // periodic report standings of the last quarter
  await menu(page, '信息报送').click();
  await page.getByText('信息报送情况').waitFor();
  await page.locator('.ant-statistic-title').getByText('未报送').waitFor();
  await settled(page);
  await screenshot(page, 'registry-report-standing');

  // a mediator of that committee, with a certificate that runs out in 20 days
  const name = `测试调解员${Date.now() % 100_000}`;
  await menu(page, '人员').click();
  await page.waitForURL(/\/people\/mediators$/);
  await page.getByRole('button', { name: '新增调解员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('所属调解组织').click();
  await dialog.getByLabel('所属调解组织').fill('朝华');
  await page.locator('.ant-select-item-option').filter({ hasText: '北京朝华科技有限公司劳动争议调解委员会' }).click();
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('证书编号').fill(`TJ-${Date.now() % 1_000_000}`);
  await dialog.getByLabel('证书有效期至').fill(isoDate(20));
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已新增“${name}”`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  const added = rows(page).filter({ hasText: name });
  await added.getByText('即将到期').waitFor();
  await settled(page);
  await screenshot(page, 'registry-mediators');

  await page.getByRole('tab', { name: '证书到期' }).click();
  await page.waitForURL(/\/people\/certificates$/);
  await rows(page).filter({ hasText: name }).getByRole('cell', { name: '调解员', exact: true }).waitFor();
  await settled(page);
  await screenshot(page, 'registry-certificates');

  // the same pages in English, labels from the shared package included
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('tab', { name: 'Expiring certificates' }).waitFor();
  await menu(page, 'Mediation organizations').click();
  await rows(page).first().waitFor();
  await page.getByText('Street mediation room').first().waitFor();
  await page.getByText('Filing authority').first().waitFor();
  await settled(page);
  await screenshot(page, 'registry-mediation-orgs-en');
});

test('a viewer reads the registry but is offered no write action', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'chaoyang_viewer', 'demo1234');
  await menu(page, '用人单位').click();
  await rows(page).first().waitFor();
  expect(await page.getByRole('button', { name: '登记用人单位' }).count()).toBe(0);
  await rows(page).filter({ hasText: '北京朝华科技有限公司' }).getByRole('link').click();
  await page.locator('.ant-descriptions').getByText('北京朝华科技有限公司', { exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /编\s*辑|备案调解组织/ }).count()).toBe(0);

  await menu(page, '调解组织').click();
  await rows(page).first().waitFor();
  expect(await page.getByRole('button', { name: '提交备案' }).count()).toBe(0);
  // no review queue in the menu for someone who does not review
  expect(await menu(page, '备案审核').count()).toBe(0);
});

test('the statistics page draws the coverage figures against their targets, loading ECharts only then', async () => {
  const { page } = browser;
  const chartChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/EChart-[\w-]+\.js$/.test(r.url())) chartChunks.push(r.url());
  });
  await signIn(page, baseUrl, 'admin', 'admin123');
  await page.locator('.ant-tree-title').getByText('北京市总工会', { exact: true }).waitFor();
  expect(chartChunks, 'ECharts was loaded before any chart was shown').toEqual([]);

  await menu(page, '统计分析').click();
  await page.waitForURL(/\/statistics$/);
  const cards = page.locator('.ant-card-small');
  await expect.poll(() => cards.count()).toBe(6);
  await cards.first().getByText('建会企业建立调解组织或配备调解员比例').waitFor();
  await cards.first().getByText('目标').first().waitFor();
  await expect.poll(() => page.locator('.ant-card-small canvas').count()).toBeGreaterThanOrEqual(6);
  expect(chartChunks.length).toBe(1);
  await settled(page);
  const glyphs = await checkCJKGlyphs(cards.first().locator('.ant-card-head-title'));
  expect(glyphs.sameAsMissingGlyph).toBe(false);
  await screenshot(page, 'statistics-overall');

  // by district: one chart of a figure across the districts, and a table of all figures
  await page.getByText('按区县', { exact: true }).click();
  await page.waitForURL(/by=district/);
  const districts = page.locator('.ant-card').filter({ hasText: '各区县情况' });
  await districts.locator('canvas').first().waitFor();
  await districts.locator('.ant-table-row').filter({ hasText: '朝阳区总工会' }).waitFor();
  await settled(page);
  await screenshot(page, 'statistics-by-district');

  // another office of the subtree: its own figures
  await page.getByLabel('统计范围').click();
  await page.locator('.ant-select-tree-node-content-wrapper').getByText('朝阳区总工会', { exact: true }).click();
  await page.waitForURL(/officeId=/);
  await page.getByText('朝阳区总工会及其下级机构的覆盖指标与目标值对比').waitFor();
});
