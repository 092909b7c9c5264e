import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { idNumberCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, screenshot, signIn } from '../support/browser';
import { chunkNamed, entryChunks, staticClosure } from '../support/bundle';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

async function api<T>(path: string, token: string | null, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Picks 导出 → `format` and answers the file the browser downloaded. */
async function exportAs(page: Page, format: '导出 CSV' | '导出 Excel'): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format }).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

test('the cases list exports what its filters show, as CSV from the server and as Excel built in the browser', async () => {
  const { page } = browser;
  const { accessToken } = await api<{ accessToken: string }>('/auth/login', null, { username: 'chaoyang_staff', password: 'demo1234' });
  const employer = (await api<{ items: { id: string }[] }>(`/employers?q=${encodeURIComponent('北京朝华科技有限公司')}`, accessToken)).items[0];
  const worker = `导出${Date.now() % 100000}`;
  const first17 = `11010519850615${String(Date.now() % 900).padStart(3, '0')}`;
  const idNumber = first17 + idNumberCheckChar(first17)!;
  const created: { caseNo: string; channel: string }[] = [];
  for (const [channel, description] of [
    ['walk_in', '拖欠工资, 加班费 "三个月"'],
    ['walk_in', '第二件'],
    ['online', '不在筛选内'],
  ]) {
    created.push(
      await api('/cases', accessToken, {
        channel,
        employerId: employer.id,
        workers: [{ name: worker, idNumber, phone: '13900000001', household: 'migrant' }],
        claims: [{ category: 'wages', amount: '8000.50' }, { category: 'working_hours', amount: '1000' }],
        description,
      }),
    );
  }
  const shown = created.filter((c) => c.channel === 'walk_in').map((c) => c.caseNo).sort();

  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await page.goto(`${baseUrl}/cases?q=${encodeURIComponent(worker)}&channel=walk_in&sort=caseNo`);
  await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count(), { timeout: 15_000 }).toBe(2);
  await screenshot(page, 'exports-cases');

  // CSV: what the server writes for the same filters
  const csv = await exportAs(page, '导出 CSV');
  expect(csv.download.suggestedFilename()).toMatch(/^争议案件-\d{8}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(csv.bytes.toString('utf8'), { bom: true }) as string[][];
  expect(header).toEqual(expect.arrayContaining(['案件编号', '来源渠道', '职工姓名', '职工身份证号', '请求金额（元）']));
  const col = (name: string) => header.indexOf(name);
  expect(rows.map((r) => r[col('案件编号')]).sort()).toEqual(shown);
  expect(rows.map((r) => r[col('情况描述')])).toContain('拖欠工资, 加班费 "三个月"');
  for (const row of rows) {
    expect(row[col('来源渠道')]).toBe('walk_in');
    expect(row[col('职工身份证号')]).toMatch(/^1101\*{10}\w{4}$/);
  }

  // Excel: built in the browser from the JSON pages, read back with the same library
  const xlsx = await exportAs(page, '导出 Excel');
  expect(xlsx.download.suggestedFilename()).toMatch(/^争议案件-\d{8}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  expect(sheet.name).toBe('争议案件');
  const heads = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(heads).toEqual(expect.arrayContaining(['案件编号', '来源渠道', '状态', '请求事项', '请求金额（元）', '收案时间']));
  expect(sheet.rowCount).toBe(3);
  const cell = (row: number, name: string) => sheet.getRow(row).getCell(heads.indexOf(name) + 1).value;
  expect([cell(2, '案件编号'), cell(3, '案件编号')].sort()).toEqual(shown);
  for (const row of [2, 3]) {
    expect(cell(row, '来源渠道')).toBe('来访');
    expect(cell(row, '状态')).toBe('已接收');
    expect(cell(row, '请求金额（元）')).toBe(9000.5);
    expect(cell(row, '职工身份证号')).toMatch(/^1101\*{10}\w{4}$/);
    expect(cell(row, '集体争议')).toBe('否');
    expect(cell(row, '收案时间')).toBeInstanceOf(Date);
  }
});

test('the coverage figures, by district, export to Excel with one sheet for the subtree and one per district', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'admin', 'admin123');
  await page.goto(`${baseUrl}/statistics?by=district`);
  await page.locator('.ant-table-row').filter({ hasText: '朝阳区总工会' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/^统计分析-北京市总工会-\d{8}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual(['北京市总工会', '按区县']);
  const [total, byDistrict] = book.worksheets;
  expect((total.getRow(1).values as unknown[]).slice(1)).toEqual(['指标', '当前值', '目标', '达标', '分子', '分母']);
  expect(total.rowCount).toBe(7);
  expect(total.getRow(2).getCell(1).value).toBe('建会企业建立调解组织或配备调解员比例');
  expect(total.getRow(2).getCell(3).value).toBe('80.0%');
  expect(typeof total.getRow(2).getCell(6).value).toBe('number');
  expect(byDistrict.getRow(1).getCell(1).value).toBe('区县');
  const districtNames = byDistrict.getColumn(1).values.slice(2);
  expect(districtNames).toContain('朝阳区总工会');
});

test('ExcelJS loads only when someone exports to Excel, never with the first load or a list page', () => {
  const xlsx = chunkNamed('export-xlsx');
  expect(staticClosure([...entryChunks(), chunkNamed('LoginPage'), chunkNamed('OfficesPage')]).has(xlsx)).toBe(false);
  for (const page of ['CasesPage', 'LegalAidListPage', 'SubsidiesPage', 'EmployersPage', 'StatisticsPage']) {
    expect(staticClosure([chunkNamed(page)]).has(xlsx), page).toBe(false);
  }
});
