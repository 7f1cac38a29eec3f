import { describe, expect, it } from 'vitest';
import { browserUnavailableReason } from './browser.ts';
import { screenshot, slow } from './helpers.ts';
import { useSharedStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the public payments calculator in Chromium', () => {
  const stage = useSharedStage();

  it('calculates duty, VAT and the fee of an item typed as people type it, on a phone, without a log-in (ACC-10)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/payments/calculator`);
    await page.getByTestId('calculator-title').waitFor(slow);
    // the day as people in Kazakhstan write it, whatever the browser's own date format (issue 19 point 6)
    await page.getByTestId('calculator-date').fill('07.04.2026');
    expect(await page.getByTestId('calculator-date').getAttribute('data-day')).toBe('2026-04-07');
    // Pork from Germany, the code as printed, lowercase codes and a space in the amount.
    await page.getByTestId('calculator-item-1-hsCode').fill('0203 11 100 0');
    await page.getByTestId('calculator-item-1-originCountry').fill('de');
    await page.getByTestId('calculator-item-1-invoiceValue').fill('10 000');
    await page.getByTestId('calculator-item-1-currency').fill('eur');
    await page.getByTestId('calculator-item-1-netMassKg').fill('1000');
    await page.getByTestId('calculator-submit').click();
    await page.getByTestId('calculator-result').waitFor(slow);
    // 25 % of 6,057,200.00 = 1,514,300.00; VAT 16 % of 7,571,500.00 = 1,211,440.00; fee 25,950.00.
    expect(await page.getByTestId('calculator-line').count()).toBe(3);
    expect(await page.getByTestId('calculator-total').textContent()).toContain('2\u00a0751\u00a0690,00');
    await screenshot(page, 'payments-calculator-phone-ru.png');
    await context.close();
  });
});
