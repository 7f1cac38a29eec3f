import path from 'node:path';
import { describe, expect, it } from 'vitest';
import kk from '../web/src/i18n/locales/kk.json';
import ru from '../web/src/i18n/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { appReady } from './helpers.ts';
import { resultsDir, useSharedStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the public home page in Chromium', () => {
  const stage = useSharedStage();

  it('opens in Russian, switches to Kazakh, and remembers the choice', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(stage.server.url);
    await appReady(page);

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

  it('shows the support e-mail and phone in every page’s footer, and still shows them when the API does not answer (REG-13)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/support`);
    await expect
      .poll(() => page.getByTestId('footer-support-email').getAttribute('href'))
      .toBe('mailto:support@shekara.localhost');
    expect(await page.getByTestId('footer-support-phone').getAttribute('href')).toBe('tel:+77172000000');
    expect(await page.getByTestId('footer-support').textContent()).toContain(
      `${ru.footer.support}:support@shekara.localhost+7 (7172) 00-00-00`,
    );

    // The API gone, the page still says whom to write or call: the contacts this browser was given.
    await page.route('**/api/v1/**', (route) => route.abort());
    await page.goto(`${stage.server.url}/login`);
    await page.getByTestId('app-name').waitFor();
    await expect.poll(() => page.getByTestId('footer-support-email').textContent()).toBe('support@shekara.localhost');
    expect(await page.getByTestId('footer-support-phone').textContent()).toBe('+7 (7172) 00-00-00');
    await context.close();
  });

  it('runs under its Content-Security-Policy without a violation, styled, and refuses to be framed (issue 14 point 7)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${stage.server.url}/login`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    await page.getByTestId('app-name').waitFor();
    // The theme's <style> element carries the page's nonce, so Mantine's variables apply.
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-6')),
    ).not.toBe('');
    // Another site cannot show the cabinet in a frame.
    const framing = await context.newPage();
    await framing.setContent(`<iframe id="cabinet" src="${stage.server.url}/login"></iframe>`);
    await framing.waitForTimeout(500);
    const framed = framing.frames().find((frame) => frame.url().startsWith(stage.server.url));
    expect((await framed?.evaluate(() => document.body.innerText.length).catch(() => 0)) ?? 0).toBe(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('serves the client router’s pages on a direct visit', async () => {
    const context = await stage.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const response = await page.goto(`${stage.server.url}/news`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('News');
    await context.close();
  });
});
