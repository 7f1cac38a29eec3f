import { printedAmount } from '@shekara/contracts/i18n';
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoRates as demoExchangeRates } from '../server/src/modules/reference/exchange-rates/demo-data.ts';
import { demoRates } from '../server/src/modules/reference/tariffs/demo-data.ts';
import { withPlaces } from '../web/src/features/reference/decimals.ts';
import ru from '../web/src/features/reference/locales/ru.json';
import { rateWords } from '../web/src/features/reference/rate-words.ts';
import type { Rate } from '../web/src/features/reference/rates-api.ts';
import { catalogues } from '../web/src/i18n/catalogues.ts';
import { registerFormats } from '../web/src/i18n/formats.ts';
import { browserUnavailableReason } from './browser.ts';
import { screenshot, slow } from './helpers.ts';
import { useSharedStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ru: { translation: catalogues.ru }, kk: { translation: catalogues.kk } },
  lng: 'ru',
  interpolation: { escapeValue: false },
});
registerFormats(i18n);

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// The bundled demo tariff changes one import duty on a date: the last day of the old rate and the
// first of the new one are the two dates the code page is switched between.
const ended = demoRates.find((rate) => rate.measure === 'import_duty' && rate.validTo)!;
const changed = { code: ended.code, lastDay: ended.validTo!, firstDay: nextDay(ended.validTo!) };

/** The import duty the code page shows, once it has loaded for the date. */
async function importDutyAt(page: Page, date: string): Promise<string> {
  await page.locator(`[data-testid="rates"][data-date="${date}"]`).waitFor(slow);
  return (await page.getByTestId('rate-import-duty').getByTestId('rate-words').textContent()) ?? '';
}

/**
 * Issue 5 points 9 and 10 in Chromium on the bundled demo data: the TN VED browser searched by a
 * Russian word and by a code prefix, a code opened and its rates switched across a rate change,
 * the customs offices (also on a phone) and the exchange rates.
 */
describe.skipIf(unavailable !== null)('the public reference pages in Chromium', () => {
  const stage = useSharedStage();
  const url = (p: string) => `${stage.server.url}${p}`;

  it('searches the nomenclature by a word and by a code prefix, opens a code and sees its rate change with the date (issue 5 point 10)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/reference'));
    await expect.poll(() => page.getByTestId('reference-title').textContent(), slow).toBe(ru.reference.landing.title);
    await page.getByTestId('reference-part-tnved').getByTestId('reference-part-link').click();
    await expect.poll(() => page.getByTestId('tnved-title').textContent(), slow).toBe(ru.reference.tnved.title);

    // The tree: sections first, a chapter's headings once it is opened.
    await page.getByTestId('tnved-section').first().waitFor(slow);
    await page.getByTestId('tnved-section').first().getByTestId('tnved-toggle').first().click();
    await page.locator('[data-testid="tnved-node"][data-code="01"]').getByTestId('tnved-toggle').first().click();
    await page
      .locator('[data-testid="tnved-node"][data-code="0101"], [data-testid="tnved-leaf"][data-code="0101"]')
      .first()
      .waitFor(slow);
    await screenshot(page, 'reference-tnved-tree-ru.png');

    // A Russian word: "лошади" finds heading 0101 and marks the word in its name.
    await page.getByTestId('tnved-search').fill('лошади');
    await page.locator('[data-testid="tnved-hits"][data-query="лошади"]').waitFor(slow);
    expect(page.url()).toContain('q=');
    const horses = page.locator('[data-testid="tnved-hit"][data-code="0101"]');
    await horses.waitFor(slow);
    expect((await horses.getByTestId('search-mark').allTextContents()).map((text) => text.toLowerCase())).toContain(
      'лошади',
    );
    await screenshot(page, 'reference-tnved-search-word-ru.png');

    // A code prefix: every hit lies under it, the prefix marked in each code.
    await page.getByTestId('tnved-search').fill('0101');
    await page.locator('[data-testid="tnved-hits"][data-query="0101"]').waitFor(slow);
    const codes = await page
      .getByTestId('tnved-hit')
      .evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-code') ?? ''));
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) expect(code.startsWith('0101'), code).toBe(true);
    expect(await page.getByTestId('tnved-hit').first().getByTestId('search-mark').first().textContent()).toBe('0101');

    // The code whose duty changes, opened from the search at the old rate's last day.
    await page.getByTestId('tnved-date').fill(changed.lastDay);
    await page.getByTestId('tnved-search').fill(changed.code);
    await page.locator(`[data-testid="tnved-hits"][data-query="${changed.code}"]`).waitFor(slow);
    await page.locator(`[data-testid="tnved-hit"][data-code="${changed.code}"]`).getByTestId('tnved-hit-link').click();
    await page.locator(`[data-testid="tnved-entry"][data-code="${changed.code}"]`).waitFor(slow);
    expect(await page.getByTestId('tnved-path').count()).toBe(1);

    const rates = async (date: string) => {
      const response = await context.request.get(url(`/api/v1/reference/tnved/${changed.code}?date=${date}`));
      expect(response.status()).toBe(200);
      return ((await response.json()) as { rates: { importDuty: Rate } }).rates.importDuty;
    };
    const inRussian = (rate: Rate) => rateWords(rate, i18n.getFixedT('ru'), (decimal) => printedAmount(decimal, 'ru'));
    const before = inRussian(await rates(changed.lastDay));
    const after = inRussian(await rates(changed.firstDay));
    expect(before).not.toBe(after);
    expect(await importDutyAt(page, changed.lastDay)).toBe(before);
    await screenshot(page, 'reference-tnved-code-before-ru.png');

    await page.getByTestId('tnved-code-date').fill(changed.firstDay);
    expect(await importDutyAt(page, changed.firstDay)).toBe(after);
    expect(page.url()).toContain(`date=${changed.firstDay}`);
    await screenshot(page, 'reference-tnved-code-after-ru.png');

    // The address keeps the date, so the link shows the same rates to whoever opens it: here a
    // reader in Kazakh on a phone, with nothing wider than the screen.
    const shared = await stage.browser.newContext({
      locale: 'kk-KZ',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const other = await shared.newPage();
    await other.goto(page.url());
    expect(await importDutyAt(other, changed.firstDay)).toBe(
      rateWords(await rates(changed.firstDay), i18n.getFixedT('kk'), (decimal) => printedAmount(decimal, 'kk')),
    );
    expect(await other.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(other, 'reference-tnved-code-phone-kk.png');
    await shared.close();
    await context.close();
  });

  it('lists the customs offices with filters, as cards on a phone', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/reference/customs-offices'));
    await expect.poll(() => page.getByTestId('offices-title').textContent(), slow).toBe(ru.reference.offices.title);
    await page.getByTestId('office-row').first().waitFor(slow);
    const all = Number(await page.getByTestId('offices').getAttribute('data-count'));
    expect(all).toBeGreaterThan(1);

    await page.getByTestId('offices-kind').click();
    await page.getByRole('option', { name: ru.reference.offices.kinds.border_checkpoint }).click();
    await expect
      .poll(async () => Number(await page.getByTestId('offices').getAttribute('data-count')), slow)
      .toBeLessThan(all);
    const kinds = await page
      .getByTestId('office-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['border_checkpoint']));
    await screenshot(page, 'reference-customs-offices-ru.png');
    await context.close();

    const phone = await stage.browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    await small.goto(url('/reference/customs-offices'));
    await small
      .getByTestId('office-card')
      .first()
      .waitFor({ state: 'visible', ...slow });
    expect(await small.getByTestId('offices-table').isVisible()).toBe(false);
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'reference-customs-offices-phone-ru.png');
    await phone.close();
  });

  it('shows the exchange rates in force on a chosen date', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const day = demoExchangeRates[1]!;
    const usd = day.rates.find((rate) => rate.currency === 'USD')!;
    await page.goto(url('/reference/exchange-rates'));
    await expect
      .poll(() => page.getByTestId('exchange-rates-title').textContent(), slow)
      .toBe(ru.reference.exchangeRates.title);
    await page.getByTestId('exchange-rate').first().waitFor(slow);

    await page.getByTestId('exchange-rates-date').fill(day.date);
    const shown = page.locator('[data-testid="exchange-rate"][data-currency="USD"]').getByTestId('exchange-rate-value');
    // the rate as officials write it: a decimal comma, a no-break space between thousands (issue 21 point 6)
    await expect.poll(async () => shown.textContent(), slow).toBe(printedAmount(withPlaces(usd.rate, 2), 'ru'));
    expect(page.url()).toContain(`date=${day.date}`);
    await screenshot(page, 'reference-exchange-rates-ru.png');
    await context.close();
  });

  it('lists the classifiers, searches one, and reads a dated one at a chosen date', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/reference'));
    await page.getByTestId('reference-part-classifiers').getByTestId('reference-part-link').click();
    await page
      .locator('[data-testid="classifier-card"][data-name="currencies"]')
      .getByTestId('classifier-link')
      .click();
    await page.getByTestId('classifier-item').first().waitFor(slow);
    await page.getByTestId('classifier-search').fill('доллар США');
    await expect
      .poll(
        () =>
          page.getByTestId('classifier-item').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code'))),
        slow,
      )
      .toEqual(['USD']);
    await screenshot(page, 'reference-classifier-currencies-ru.png');

    // VAT on imports is 12 % until the end of 2025 and 16 % after (REQUIREMENTS, Facts).
    await page.goto(url('/reference/classifiers/vat-rates?date=2025-12-31'));
    const percents = () => page.locator('[data-testid="classifier-item"] [data-extra="percent"]').allTextContents();
    await expect.poll(percents, slow).toEqual(['12']);
    await page.getByTestId('classifier-date').fill('2026-01-01');
    await expect.poll(percents, slow).toEqual(['16']);
    await context.close();
  });
});
