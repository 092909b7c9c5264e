import type { Page } from 'playwright-core';
import { inject, test } from 'vitest';
import { creditCodeCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, menu, screenshot, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

const code = (orgCode: string) => `91110105${orgCode}` + creditCodeCheckChar(`91110105${orgCode}`)!;

async function chooseFile(page: Page, text: string) {
  await page.locator('input[type=file]').setInputFiles({ name: 'employers.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });
}

test('imports: a CSV is checked, its bad row reported, fixed, checked again and imported', async () => {
  const { page } = browser;
  const serial = String(Date.now() % 1e8).padStart(8, '0');
  const good = code(`E${serial}`);
  const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const name = `浏览器导入测试${serial}有限公司`;
  const file = (second: string) =>
    ['外部编号,单位名称,统一社会信用代码,所在街道代码,行业,职工人数,是否建会', `E2E-${serial}-1,${name},${good},110105001,制造业,30,否`, `E2E-${serial}-2,${name}二厂,${second},110105001,制造业,20,否`].join('\r\n');

  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await menu(page, '数据导入').click();
  await page.waitForURL(/\/imports$/);
  await page.getByTestId('import-resource').getByText('用人单位').waitFor();

  // the second row's credit code has a wrong check character: the check names the row and the field
  await chooseFile(page, file(bad));
  await page.getByRole('button', { name: '检查文件' }).click();
  const report = page.getByTestId('import-report');
  await report.getByText('有 1 行不符合要求', { exact: false }).waitFor();
  await report.getByRole('cell', { name: '统一社会信用代码（creditCode）' }).waitFor();
  await report.getByRole('cell', { name: '统一社会信用代码校验位不正确（GB 32100）' }).waitFor();
  await screenshot(page, 'imports-check-failed');
  const importButton = page.getByRole('button', { name: '开始导入' });
  if (await importButton.isEnabled()) throw new Error('an atomic import with a bad row must not be offered');

  // fixed: the check passes and the import writes both rows
  await chooseFile(page, file(code(`F${serial}`)));
  await page.getByRole('button', { name: '检查文件' }).click();
  await report.getByText('检查通过，可以导入').waitFor();
  await importButton.click();
  await report.getByText('已导入', { exact: true }).waitFor();
  await screenshot(page, 'imports-written');

  await menu(page, '用人单位').click();
  await page.waitForURL(/\/employers/);
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').fill(name);
  await page.getByPlaceholder('搜索单位名称或统一社会信用代码').press('Enter');
  await page.getByText(`${name}二厂`).waitFor();
});
