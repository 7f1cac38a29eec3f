import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { csrfHeader } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, slower, useTestSigner } from './helpers.ts';
import { gostKey, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const office = '75101';

/**
 * Issue 19 points 1, 2, 3 and 6 in Chromium, in the goods declaration editor: a blank draft opens
 * without a wall of red, the declarant's own boxes come from the account, codes are picked from
 * their lists or typed as people type them (a country's name, lower case, a TN VED code with
 * spaces), boxes 23, 45 and the totals follow the edits, and signing shows the document read from
 * the bytes that get signed, whose hash the receipt then carries.
 */
describe.skipIf(unavailable !== null)('the goods declaration editor for a new user, in Chromium', () => {
  const stage = useStage('goods-editor');
  const url = (p: string) => `${stage.server.url}${p}`;
  let declarant: BrowserContext | undefined;
  const declarantContext = async () => (declarant ??= await organisationContext(stage, 'goods-editor@shekara-test.kz'));

  async function newGoodsDraft(page: Page): Promise<string> {
    await page.goto(url('/cabinet/declarations'));
    await page.getByTestId('declaration-new').click(slow);
    await page.getByTestId('declaration-new-goods').click();
    await page.getByTestId('declaration-editor').waitFor(slow);
    return /\/cabinet\/declarations\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  }

  const savedDocument = async (context: BrowserContext, id: string) =>
    ((await (await context.request.get(url(`/api/v1/declarations/${id}`))).json()) as { document: Goods }).document;

  it('a blank draft opens quiet, prefilled from the account; codes are picked or typed as people type them; boxes 23, 45, 5, 12 and 22 are computed (issue 19 points 1, 2, 6)', async () => {
    const context = await declarantContext();
    const page = await context.newPage();
    const id = await newGoodsDraft(page);

    // Point 6: control has found the empty boxes, but shows none of them until they are touched or checked.
    await expect.poll(() => page.getByTestId('control-state').getAttribute('data-state'), slow).toBe('ready');
    expect(Number(await page.getByTestId('control-state').getAttribute('data-errors'))).toBeGreaterThan(0);
    expect(await page.getByTestId('control-message').count()).toBe(0);
    expect(await page.locator('[data-testid="declaration-editor"] [data-finding="error"]').count()).toBe(0);
    expect(await page.getByTestId('control-held').isVisible()).toBe(true);
    expect(await page.getByTestId('editor-to-submit').isDisabled()).toBe(true);
    await screenshot(page, 'goods-editor-blank-ru.png');

    // Point 2: box 14 is the account's organisation.
    expect(await page.getByTestId('field-declarant.iinBin').inputValue()).toBe(organisationBin);

    // Point 1: a country by its name, a currency in lower case; a wrong code shows its message once typed.
    await page.getByTestId('section-terms').click();
    await page.getByTestId('field-tradingCountry').fill('Казахстан');
    await page.getByTestId('field-tradingCountry').press('Escape');
    await page.getByTestId('field-invoiceCurrency').fill('usd');
    await page.getByTestId('field-invoiceCurrency').press('Escape');
    await page.getByTestId('field-dispatchCountry').fill('Китай');
    await page.getByRole('option', { name: /^CN/ }).first().click(slow);
    await page.getByTestId('field-destinationCountry').fill('zz');
    await expect
      .poll(() => page.locator('[data-testid="control-message"][data-path="destinationCountry"]').count(), slow)
      .toBeGreaterThan(0);
    // the untouched boxes stay quiet
    expect(await page.locator('[data-testid="control-message"][data-path="procedureCode"]').count()).toBe(0);
    await page.getByTestId('field-destinationCountry').fill('kz');
    await page.getByTestId('field-destinationCountry').press('Escape');

    // Point 2: box 23 is the rate of the document's date.
    const today = almatyDate(new Date());
    const rates = (await (await context.request.get(url(`/api/v1/reference/exchange-rates?date=${today}`))).json()) as {
      rates: { currency: string; units: number; rate: string }[];
    };
    const usd = rates.rates.find((rate) => rate.currency === 'USD')!;
    const perUnit = Number(usd.rate) / usd.units;
    await expect.poll(() => page.getByTestId('field-exchangeRate').inputValue(), slow).not.toBe('');
    expect(Number((await page.getByTestId('field-exchangeRate').inputValue()).replace(',', '.'))).toBeCloseTo(
      perUnit,
      4,
    );

    // Point 1: the TN VED is searched by code prefix and taken as printed, with spaces.
    await page.getByTestId('item-add').click();
    const hs = page.getByTestId('cell-items.0.hsCode');
    await hs.fill('0101');
    await page.getByRole('option', { name: /^0101/ }).first().waitFor(slow);
    await hs.fill('0101 21 000 0');
    await hs.press('Escape');
    await page.getByTestId('cell-items.0.originCountry').fill('kg');
    await page.getByTestId('cell-items.0.originCountry').press('Escape');
    // Point 2: box 45 is box 42 at the rate; boxes 5, 12 and 22 add up.
    await page.getByTestId('cell-items.0.invoiceValue').fill('100');
    const customs = Math.round(100 * perUnit * 100) / 100;
    await expect
      .poll(
        async () => Number((await page.getByTestId('cell-items.0.customsValue').inputValue()).replace(',', '.')),
        slow,
      )
      .toBeCloseTo(customs, 2);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), slow).toBe('saved');
    await expect
      .poll(async () => {
        const saved = await savedDocument(context, id);
        return {
          tradingCountry: saved.tradingCountry,
          dispatchCountry: saved.dispatchCountry,
          destinationCountry: saved.destinationCountry,
          invoiceCurrency: saved.invoiceCurrency,
          hsCode: saved.items[0]?.hsCode,
          originCountry: saved.items[0]?.originCountry,
          totalItems: saved.totalItems,
          totalInvoiceAmount: saved.totalInvoiceAmount,
          totalCustomsValue: saved.totalCustomsValue,
          declarant: saved.declarant?.iinBin,
        };
      }, slow)
      .toEqual({
        tradingCountry: 'KZ',
        dispatchCountry: 'CN',
        destinationCountry: 'KZ',
        invoiceCurrency: 'USD',
        hsCode: '0101210000',
        originCountry: 'KG',
        totalItems: 1,
        totalInvoiceAmount: 100,
        totalCustomsValue: customs,
        declarant: organisationBin,
      });
    await screenshot(page, 'goods-editor-picked-ru.png');

    // Point 6: "check" shows every message.
    await page.getByTestId('editor-check').click();
    await expect.poll(() => page.getByTestId('control-message').count(), slow).toBeGreaterThan(0);
    expect(await page.getByTestId('control-state').getAttribute('data-held')).toBe('0');
    await page.close();
  }, 240_000);

  it('the last edit before leaving the editor is kept: by a link of the app, by a reload, by going to another address, and while a save is on its way (issue 19 point 3)', async () => {
    const context = await declarantContext();
    const page = await context.newPage();
    const id = await newGoodsDraft(page);
    const editor = url(`/cabinet/declarations/${id}/edit`);
    const reopened = async () => {
      await page.goto(editor);
      await page.getByTestId('declaration-editor').waitFor(slow);
    };
    // Typed and left at once, well within the autosave's delay: each way of leaving must save it.
    const name = page.getByTestId('field-consignor.name');

    // A link of the app: the editor is unmounted, the page stays.
    await name.fill('Left by a link');
    await page.locator(`[data-testid="declaration-editor"] a[href="/cabinet/declarations"]`).first().click();
    await page.getByTestId('declaration-new').waitFor(slow);
    // the save goes on while the page stays: the server holds the edit before the editor is opened again
    await expect.poll(async () => (await savedDocument(context, id)).consignor?.name, slow).toBe('Left by a link');
    await reopened();
    expect(await name.inputValue()).toBe('Left by a link');

    // A reload: the page is closed and opened again.
    await name.fill('Left by a reload');
    await page.reload();
    await page.getByTestId('declaration-editor').waitFor(slow);
    expect(await name.inputValue()).toBe('Left by a reload');

    // Another address typed in the browser: the page is closed for good.
    await name.fill('Left for another page');
    await page.goto(url('/'));
    await reopened();
    expect(await name.inputValue()).toBe('Left for another page');

    // A change typed while the save before it is on its way (a slow network): the last one still arrives.
    let held = 0;
    await page.route(`**/api/v1/declarations/${id}`, async (route) => {
      if (route.request().method() !== 'PUT' || held++ > 0) return route.fallback();
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.fulfill({ response }).catch(() => {}); // the page may be gone by then
    });
    await name.fill('First of two');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), slow).toBe('saving');
    await name.fill('Second of two');
    await page.reload();
    await page.unroute(`**/api/v1/declarations/${id}`);
    await page.getByTestId('declaration-editor').waitFor(slow);
    expect(await name.inputValue()).toBe('Second of two');
    expect((await savedDocument(context, id)).consignor?.name).toBe('Second of two');
    await page.close();
  }, 240_000);

  it('signing shows the document read from the bytes signed, by its boxes, and the receipt carries their hash (issue 19 point 3)', async () => {
    const context = await declarantContext();
    const page = await context.newPage();
    const id = await newGoodsDraft(page);
    const draft = demoDocument('goods', { items: 2, declarant: organisationBin, office, date: almatyDate(new Date()) });
    draft.reference = 'E2E-SEEN-BEFORE-SIGNING';
    const seeded = await context.request.put(url(`/api/v1/declarations/${id}`), {
      headers: await csrfHeader(context),
      data: { document: draft, revision: 1 },
    });
    expect(seeded.status(), await seeded.text()).toBe(200);
    await page.reload();
    await page.getByTestId('declaration-editor').waitFor(slow);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), slow).toBe('saved');
    await page.getByTestId('editor-to-submit').click(slow);
    await page.getByTestId('submit-page').waitFor(slow);

    // The document by its boxes, not JSON, with the hash of the bytes to be signed.
    const shown = page.getByTestId('submit-payload');
    await shown.waitFor(slow);
    expect(await shown.getByTestId('goods-box').count()).toBeGreaterThan(5);
    expect(await shown.textContent()).toContain('E2E-SEEN-BEFORE-SIGNING');
    expect(await shown.textContent()).not.toContain('"declarationId"');
    const hash = (await page.getByTestId('submit-payload-hash').textContent())!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'goods-submit-seen-ru.png');

    await page.getByTestId('submit-office').click();
    await page.getByRole('option', { name: new RegExp(`^${office}`) }).click();
    await useTestSigner(page);
    await page.getByTestId('submit-sign').click(slow);
    await chooseKey(page, gostKey('head-sign'));
    await page.getByTestId('receipt-number').waitFor(slower);
    // what was shown is what was signed and registered
    expect(await page.getByTestId('receipt-hash').textContent()).toBe(hash);
    await page.close();
  }, 240_000);
});

interface Goods {
  declarant?: { iinBin?: string };
  consignor?: { name?: string };
  tradingCountry?: string;
  dispatchCountry?: string;
  destinationCountry?: string;
  invoiceCurrency?: string;
  totalItems?: number;
  totalInvoiceAmount?: number;
  totalCustomsValue?: number;
  items: { hsCode?: string; originCountry?: string }[];
}
