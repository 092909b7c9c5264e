import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';

export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

export interface Browser {
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile, so no test sees another's session or language. */
export async function openBrowser(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'union-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser for every test of the file, closed after it: `browser.page` is the test's page. */
export function browserPerTest(): { readonly page: Page } {
  let current: Browser | undefined;
  beforeEach(async () => {
    current = await openBrowser();
  });
  afterEach(async () => {
    await current?.close();
  });
  return {
    get page() {
      return current!.page;
    },
  };
}

export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL(/\/offices/);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A menu entry by the end of its name (its icon comes first). */
export const menu = (page: Page, name: string) => page.getByRole('menuitem', { name: new RegExp(`${name}$`) });
/**
 * The options of the select open now, and one of them by its text: closed ones stay in the page,
 * hidden, and one closing is still shown while it fades out (its motion's `-leave` classes).
 */
export const options = (page: Page) => page.locator('.ant-select-dropdown:visible:not([class*="-leave"]) .ant-select-item-option');
export const option = (page: Page, text: string) => options(page).getByText(text, { exact: true });
/** A button's name: antd puts a space between the two characters of a two-character label (发 出). */
export const named = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);
