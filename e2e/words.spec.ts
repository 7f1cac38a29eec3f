import { describe, expect, it } from 'vitest';
import ru from '../web/src/i18n/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { draftGoods } from './filing.ts';
import { chooseKey, controlErrors, slow, slower, useTestSigner } from './helpers.ts';
import { gostKey, organisationContext } from './people.ts';
import { useSharedStage, useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

/**
 * Issue 19 point 6 in Chromium: a failure without the server's own message — the network down, a
 * proxy's error page — reads as a meaning in the interface's language, never as the browser's
 * English or a raw status; the code stays small, for support.
 */
describe.skipIf(unavailable !== null)('refusals read as meanings, in Chromium', () => {
  const stage = useSharedStage();
  const url = (p: string) => `${stage.server.url}${p}`;

  it('the network down and a proxy’s error page are said in Russian, the status kept small', async () => {
    const context = await stage.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => localStorage.setItem('shekara.language', 'ru'));
    const page = await context.newPage();

    await page.route('**/api/v1/reference/exchange-rates**', (route) => route.abort('internetdisconnected'));
    await page.goto(url('/reference/exchange-rates'));
    const message = page.getByTestId('server-refusal-message');
    await message.waitFor(slower);
    expect(await message.textContent()).toBe(ru.refusal.network);

    await page.unroute('**/api/v1/reference/exchange-rates**');
    await page.route('**/api/v1/reference/exchange-rates**', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad Gateway</body></html>' }),
    );
    await page.reload();
    await message.waitFor(slower);
    expect(await message.textContent()).toBe(ru.refusal.server);
    expect(await message.textContent()).not.toMatch(/HTTP_|Bad Gateway/);
    expect(await page.getByTestId('server-refusal-support').textContent()).toContain('HTTP_502');
    await context.close();
  });
});

describe.skipIf(unavailable !== null)('a refusal beside the browser’s control, in Chromium', () => {
  const stage = useStage('words-refusal');
  const office = '75101';

  it('issue 19 point 6: once the server refuses the submission, the browser’s clean control is no longer shown green beside it', async () => {
    const declarant = await organisationContext(stage, 'words-refusal@shekara-test.kz');
    const id = await draftGoods(stage, declarant, office);
    const page = await declarant.newPage();
    // a refusal the browser's control could not foresee
    await page.route('**/api/v1/declarations/*/submit', (route) =>
      route.fulfill({
        status: 409,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'DECL_NOT_SUBMITTABLE', message: 'Декларация уже подана.', requestId: 'e2e-refusal' },
        }),
      }),
    );
    await page.goto(`${stage.server.url}/cabinet/declarations/${id}/submit`);
    await page.getByTestId('submit-page').waitFor(slow);
    await page.getByTestId('submit-office').click();
    await page.getByRole('option', { name: new RegExp(`^${office}`) }).click();
    await useTestSigner(page);
    await expect.poll(() => controlErrors(page), slow).toBe(0);
    expect(await page.getByTestId('control-state').getAttribute('data-tone')).toBe('teal');
    await page.getByTestId('submit-sign').click();
    await chooseKey(page, gostKey('head-sign'));
    await page.getByTestId('server-refusal-message').waitFor(slower);
    expect(await page.getByTestId('control-state').getAttribute('data-tone')).not.toBe('teal');
    await declarant.close();
  }, 120_000);
});
