import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/locales/en.json';
import kk from '../web/src/i18n/locales/kk.json';
import ru from '../web/src/i18n/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { resultsDir, useSharedStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const texts = { kk, ru, en } as const;

/** The budget for the first page's scripts, compressed as sent. */
const scriptBudget = 200 * 1024;

/** DevTools' "Slow 3G": 2 s added to every request, 50 KB/s. */
const slow3g = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/** A GET as a browser asking for brotli makes it, answered with the bytes as they came over the wire. */
function getRaw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

/** Console errors and warnings, and uncaught errors, but the 401 the anonymous visitor's GET /api/v1/me answers. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (/status of 401/.test(message.text())) return;
    problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

describe.skipIf(unavailable !== null)('a fast first page (issue 19 point 11)', () => {
  const stage = useSharedStage();

  for (const [language, locale] of [
    ['ru', 'ru-RU'],
    ['kk', 'kk-KZ'],
  ] as const) {
    it(`shows the home page in ${language}, styled, with working links to log-in, registration and the TN VED search, before any script runs`, async () => {
      const context = await stage.browser.newContext({ locale, javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = problemsOf(page);
      const response = await page.goto(stage.server.url);
      expect(response?.headers()['content-language']).toBe(language);
      const t = texts[language];
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.getByTestId('home-title').textContent()).toBe(t.home.title);
      expect(await page.getByTestId('app-name').textContent()).toBe(t.app.name);
      expect(await page.title()).toBe(t.app.name);
      for (const [testId, href] of [
        ['log-in', '/login'],
        ['home-log-in', '/login'],
        ['home-register', '/register'],
        ['home-tnved', '/reference/tnved'],
      ] as const) {
        expect(await page.getByTestId(testId).getAttribute('href'), testId).toBe(href);
      }
      expect(await page.getByRole('link', { name: t.nav.reference, exact: true }).count()).toBeGreaterThan(0);
      expect(await page.getByTestId('language-switch').isVisible()).toBe(true);
      // styled by the page itself as the app styles it: the brand's filled button, the header's row
      const looks = (on: Page) =>
        Promise.all([
          on.getByTestId('home-register').evaluate((link) => getComputedStyle(link).backgroundColor),
          on.getByTestId('home-register').evaluate((link) => getComputedStyle(link).height),
          on.getByTestId('header-nav').evaluate((row) => getComputedStyle(row).flexWrap),
        ]);
      const withScripts = await stage.browser.newContext({ locale });
      const app = await withScripts.newPage();
      await app.goto(stage.server.url);
      await app.locator('html[data-app="ready"]').waitFor();
      const [background] = await looks(page);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(await looks(page)).toEqual(await looks(app));
      await withScripts.close();
      await page.screenshot({ path: path.join(resultsDir, `first-page-without-scripts-${language}.png`) });
      // a link works as a link
      await page.getByTestId('home-register').click();
      await page.waitForURL('**/register');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('takes the page over without a mismatch: the prerendered elements stay, no error or warning (kk chosen, ru asked by the browser)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU' });
    // the visitor chose Kazakh on an earlier visit
    await context.addCookies([{ name: 'shekara_language', value: 'kk', url: stage.server.url }]);
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const marked = window as unknown as { prerenderedTitle?: Element | null };
        marked.prerenderedTitle = document.querySelector('[data-testid="home-title"]');
      });
    });
    const page = await context.newPage();
    const problems = problemsOf(page);
    await page.goto(stage.server.url);
    await page.locator('html[data-app="ready"]').waitFor();
    // the heading the server sent is the one React took over, not one it rendered again
    expect(
      await page.evaluate(() => {
        const marked = window as unknown as { prerenderedTitle?: Element | null };
        return marked.prerenderedTitle?.isConnected && marked.prerenderedTitle.textContent;
      }),
    ).toBe(kk.home.title);
    // what comes from the API arrives after
    await expect.poll(() => page.getByTestId('system-status').getAttribute('data-status')).toBe('ok');
    await page.getByTestId('language-switch').getByText(kk.language.en).click();
    await expect.poll(() => page.getByTestId('home-title').textContent()).toBe(en.home.title);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the home page on a slow 3G connection from the page alone, before its scripts have run', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow3g);
    const scriptsArrived: string[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scriptsArrived.push(request.url());
    });
    await page.goto(stage.server.url, { waitUntil: 'commit' });
    await page.getByTestId('home-title').waitFor({ state: 'visible', timeout: 30_000 });
    // every request waits 2 s: no script has come yet, let alone run
    expect(scriptsArrived).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.app ?? 'not yet')).toBe('not yet');
    expect(await page.getByTestId('home-register').isVisible()).toBe(true);
    await context.close();
  });

  it('sends the first page’s scripts within 200 KB of brotli, cached for a year, and the page itself compressed and never cached unasked', async () => {
    const home = await getRaw(stage.server.url);
    expect(home.status).toBe(200);
    expect(home.headers['content-encoding']).toBe('br');
    expect(home.headers['cache-control']).toBe('no-cache');
    const html = zlib.brotliDecompressSync(home.bytes).toString();
    // the entry and everything the page preloads: the app, its libraries, the language's texts
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="(\/assets\/[^"]+\.js)"/g),
    ].map((match) => match[1]!);
    expect(scripts.some((script) => /texts-ru-/.test(script))).toBe(true);
    let total = 0;
    const sizes: string[] = [];
    for (const script of scripts) {
      const asset = await getRaw(`${stage.server.url}${script}`);
      expect(asset.status, script).toBe(200);
      expect(asset.headers['cache-control'], script).toBe('public, max-age=31536000, immutable');
      if (asset.bytes.length > 1024) expect(asset.headers['content-encoding'], script).toBe('br');
      total += asset.bytes.length;
      sizes.push(`${script} ${asset.bytes.length}`);
    }
    expect(total, sizes.join('\n')).toBeLessThanOrEqual(scriptBudget);
  });
});
