import { expect, inject, test } from 'vitest';
import { browserPerTest, screenshot, signIn } from '../support/browser';
import { checkCJKGlyphs } from '../support/glyphs';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

const treeTitle = (name: string) => browser.page.locator('.ant-tree-title').getByText(name, { exact: true });

test('the city admin sees the office tree in Chinese, drawn with real CJK glyphs', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'admin', 'admin123');

  await treeTitle('北京市总工会').waitFor();
  await treeTitle('朝阳区总工会').waitFor();
  // the detail panel of the user's own office, with its labels from the shared package
  await page.locator('.ant-descriptions').getByText('市总工会', { exact: true }).waitFor();
  await page.getByRole('menuitem', { name: '用户' }).waitFor();

  const glyphs = await checkCJKGlyphs(treeTitle('北京市总工会'));
  expect(glyphs.inkCJK, `nothing drawn for 工 in ${glyphs.font}`).toBeGreaterThan(50);
  expect(glyphs.sameAsMissingGlyph, `工 renders as tofu in ${glyphs.font}`).toBe(false);
  await screenshot(page, 'offices-zh-CN');

  // English is one click away; domain labels follow it
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Offices' }).waitFor();
  await page.locator('.ant-descriptions').getByText('City federation', { exact: true }).waitFor();
  await screenshot(page, 'offices-en');
});

test('a district admin creates a street office under 朝阳区总工会 and finds it in the tree', async () => {
  const { page } = browser;
  const name = `朝阳区测试街道工会服务站${Date.now() % 100_000}`;
  await signIn(page, baseUrl, 'chaoyang_admin', 'demo1234');

  await page.locator('.ant-card-head-title').getByText('朝阳区总工会', { exact: true }).waitFor();
  await page.getByRole('button', { name: '新建下级机构' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('机构名称').fill(name);

  await dialog.getByLabel('机构类型').click();
  await page.locator('.ant-select-item-option').getByText('街道乡镇工会服务站', { exact: true }).click();
  // the region starts at the parent's district; a street office needs a street, which the shared rules say as you type
  await dialog.getByText(/应使用9位行政区划代码/).waitFor();

  await dialog.getByLabel('行政区划').click();
  await page.locator('.ant-cascader-menu-item').getByText('建外街道', { exact: true }).click();
  await dialog.getByText(/应使用9位行政区划代码/).waitFor({ state: 'detached' });

  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`已新建机构“${name}”`).waitFor();
  await dialog.waitFor({ state: 'hidden' });

  await treeTitle(name).waitFor();
  await page.locator('.ant-card-head-title').getByText(name, { exact: true }).waitFor();
  await page.locator('.ant-descriptions').getByText('110105001 北京市 朝阳区 建外街道').waitFor();
  await screenshot(page, 'office-created');
});
