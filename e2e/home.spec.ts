import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kk from '../web/src/i18n/locales/kk.json';
import ru from '../web/src/i18n/locales/ru.json';
import { freePort, spawnServer, waitHealthy, type ServerProcess } from '../server/src/testing/server-process.ts';
import { browserUnavailableReason, launchChromium } from './browser.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);
const resultsDir = path.resolve('test-results');

describe.skipIf(unavailable !== null)('the public home page in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-e2e-'));
    server = spawnServer({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
    await waitHealthy(server);
    browser = await launchChromium();
    fs.mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens in Russian, switches to Kazakh, and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);

    await expect.poll(() => page.getByTestId('home-title').textContent()).toBe(ru.home.title);
    expect(await page.getByTestId('app-name').textContent()).toBe(ru.app.name);
    await expect.poll(() => page.getByTestId('system-status').getAttribute('data-status')).toBe('ok');
    for (const section of ['news', 'reference', 'legal', 'software', 'training', 'support', 'login'] as const) {
      expect(await page.getByRole('link', { name: ru.nav[section], exact: true }).count(), section).toBeGreaterThan(0);
    }

    await page.getByTestId('language-switch').getByText(kk.language.kk).click();
    await expect.poll(() => page.getByTestId('home-title').textContent()).toBe(kk.home.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await page.getByRole('link', { name: kk.nav.login, exact: true }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(300); // let the language switch's indicator finish sliding
    await page.screenshot({ path: path.join(resultsDir, 'home-kk.png'), fullPage: true });

    await page.reload();
    await expect.poll(() => page.getByTestId('home-title').textContent()).toBe(kk.home.title);
    await context.close();
  });

  it('serves the client router’s pages on a direct visit', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}/news`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('News');
    await context.close();
  });
});
