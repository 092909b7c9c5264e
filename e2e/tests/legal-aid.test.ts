import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { idNumberCheckChar } from '../../shared/src/codes/codes.js';
import { browserPerTest, menu, named, option, options, screenshot, signIn } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = browserPerTest();

/** An ID number no other test of the run uses (the duplicate check would otherwise find its applications). */
function freshIdNumber(): string {
  const day = String(10 + Math.floor(Math.random() * 19));
  const first17 = `110105198506${day}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
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

/** Registers an urban worker's contract claim at 朝阳区职工服务中心's window and answers the new application's page. */
async function registerApplication(page: Page, applicant: string, idNumber: string) {
  await menu(page, '援助申请登记').click();
  await page.waitForURL(/\/legal-aid\/new$/);
  await page.getByLabel('申请人姓名').fill(applicant);
  await page.getByLabel('身份证号').fill(idNumber);
  await page.getByLabel('联系电话').fill('13900002222');
  await page.getByLabel('经济困难证明').click();
  await option(page, '经济困难声明').click();
  await page.getByLabel('用人单位').click();
  await page.getByLabel('用人单位').fill('朝华');
  await option(page, '北京朝华科技有限公司').click();
  await page.getByLabel('援助事项').click();
  await option(page, '劳动合同').click();
  await page.getByLabel('服务方式').click();
  await option(page, '代理调解').click();
  await page.getByLabel('涉案金额').fill('3000');
}

test('legal aid: documents are uploaded and downloaded, a second application of the worker is flagged, and the application goes to another locality (异地协作) and is accepted there', async () => {
  const { page } = browser;
  const idNumber = freshIdNumber();
  const applicant = `李协作${Date.now() % 1000}`;

  await signIn(page, baseUrl, 'chaoyang_staff', 'demo1234');
  await registerApplication(page, applicant, idNumber);
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.waitForURL(/\/legal-aid\/[0-9a-f-]{36}$/);
  const url = page.url();
  const applicationNo = (await page.getByTestId('application-no').textContent())!;

  // 1. supporting documents: a PDF goes up and comes back down; other types and false content are refused
  const upload = page.locator('input[type=file]');
  await upload.setInputFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n') });
  await page.getByText('已上传 劳动合同.pdf').waitFor();
  const attachments = page.getByTestId('attachments');
  await attachments.getByText('劳动合同.pdf').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), attachments.getByRole('button', { name: /劳动合同\.pdf/ }).click()]);
  expect(download.suggestedFilename()).toBe('劳动合同.pdf');
  await upload.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('text') });
  await page.getByText('附件只能是 PDF, JPEG, PNG').waitFor();
  // a PNG in name only: the server's problem+json answer is shown
  await upload.setInputFiles({ name: '工资条.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not a png') });
  await page.getByText(/附件内容与声明的类型不符或无法解码/).waitFor();
  expect(await attachments.locator('.ant-table-row').count()).toBe(1);
  await screenshot(page, 'legal-aid-attachments');

  // 2. the same worker against the same employer again: the form lists the open application before saving
  await registerApplication(page, applicant, idNumber);
  const duplicates = page.getByTestId('duplicates');
  await duplicates.getByRole('link', { name: applicationNo }).waitFor();
  await duplicates.getByText('身份证号相同').waitFor();
  await screenshot(page, 'legal-aid-duplicates');
  await page.getByRole('button', { name: '提交申请' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.locator('.ant-modal-confirm-title').getByText(/确认仍然提交申请/).waitFor();
  await confirm.getByRole('button', { name: named('取消') }).click();
  await confirm.waitFor({ state: 'detached' });
  await page.goto(url);

  // 3. transfer to 海淀区职工服务中心 (异地协作), a reason required
  await step(page, '异地协作转交', async (dialog) => {
    await dialog.getByLabel('接收机构').click();
    await page.keyboard.type('海淀区职工');
    await option(page, '海淀区职工服务中心').click();
    await dialog.getByLabel('理由').fill('申请人在海淀区工作，由海淀区协作办理');
  });
  await page.getByText('该申请正等待接收机构确认转交').waitFor();
  await page.getByTestId('timeline-event').getByText('转交至海淀区职工服务中心').waitFor();
  await screenshot(page, 'legal-aid-transfer-pending');
  await signOut(page);

  // 4. the receiving office accepts it and now handles it
  await signIn(page, baseUrl, 'haidian_admin', 'demo1234');
  await page.goto(url);
  await step(page, '接收转交');
  await page.getByText('该申请正等待接收机构确认转交').waitFor({ state: 'detached' });
  await page.locator('.ant-descriptions').getByText('海淀区职工服务中心').waitFor();
  await page.getByRole('button', { name: named('开始审查') }).waitFor();
  // its documents came with it
  await page.getByTestId('attachments').getByText('劳动合同.pdf').waitFor();
});

test('legal aid: the queue filters the green channel and clock standing; the city edits the fee schedule; the figures are drawn overall and by district', async () => {
  const { page } = browser;
  await signIn(page, baseUrl, 'admin', 'admin123');

  // the review queue's filters go into the URL
  await menu(page, '援助审查').click();
  await page.getByText('只看绿色通道').click();
  await page.waitForURL(/greenChannel=true/);
  await page.getByLabel('期限状态').click();
  await option(page, '已超期').click();
  await page.waitForURL(/clock=overdue/);

  // the fee schedule: one amount per programme and service
  await menu(page, '补贴标准').click();
  await page.waitForURL(/\/legal-aid\/fee-schedule$/);
  const amount = page.getByLabel('中彩金项目 代理调解');
  await amount.fill('abc');
  await page.getByText('请输入金额（元），最多两位小数').waitFor();
  await amount.fill('1200.5');
  await page.getByRole('button', { name: named('保存') }).click();
  await page.getByText('补贴标准已保存').waitFor();
  await page.reload();
  expect(await page.getByLabel('中彩金项目 代理调解').inputValue()).toBe('1200.50');

  // the figures: totals and charts for the city, then each district
  await menu(page, '援助统计').click();
  await page.waitForURL(/\/statistics\/legal-aid$/);
  await page.getByTestId('legal-aid-totals').getByText('绿色通道占比').waitFor();
  await page.getByRole('img', { name: '申请办理情况' }).locator('canvas').waitFor();
  await page.getByText('按区县').click();
  await page.waitForURL(/by=district/);
  const districts = page.getByTestId('legal-aid-districts');
  await districts.locator('.ant-table-row').filter({ hasText: '朝阳区总工会' }).waitFor();
  await page.getByRole('img', { name: '各区县的申请数' }).locator('canvas').waitFor();
  await screenshot(page, 'legal-aid-figures');
});
