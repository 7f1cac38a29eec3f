import { plannedHolders } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { csrfHeader, registerAndLogIn } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, slower, useTestSigner } from './helpers.ts';
import { gostKey } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const traveller = plannedHolders.find((h) => h.id === 'individual-auth')!;

/**
 * Issue 17 point 2 in Chromium, on a phone: a traveller registered by IIN fills the passenger
 * declaration in the cabinet, box by box, sees the unified rate its goods owe before signing,
 * signs with the test signer's signing key and submits it to Almaty Airport; the receipt follows.
 */
describe.skipIf(unavailable !== null)('the passenger declaration from the cabinet, in Chromium', () => {
  // The individual of the test PKI is another spec's officer: a server of its own.
  const stage = useStage('passenger');

  it('ACC-10, ACC-15, ACC-20: fills the form, sees the unified-rate calculation, signs and submits it', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 844 } });
    await registerAndLogIn(context, stage.server.url, {
      keyId: gostKey('individual-auth'),
      iinBin: traveller.iin,
      email: 'traveller@shekara-test.kz',
    });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/cabinet/passenger-declaration`);
    await page.getByTestId('passenger-title').waitFor(slow);
    expect(await page.getByTestId('passenger-iin').inputValue()).toBe(traveller.iin);

    await page.getByTestId('passenger-name').fill('Ахметов Аслан');
    await page.getByTestId('passenger-document-number').fill('N12345678');
    await page.getByTestId('passenger-country').fill('tr');
    // Accompanied baggage by air: the norm is 10,000 EUR and 50 kg.
    const goods = page.getByTestId('passenger-goods-1');
    await goods.getByTestId('goods-description').fill('Ноутбук');
    await goods.getByTestId('goods-value').fill('12 000');
    await goods.getByTestId('goods-currency').fill('eur');
    await goods.getByTestId('goods-mass').fill('3');
    await page.getByTestId('passenger-calculate').click();
    await page.getByTestId('passenger-calculation').waitFor(slow);
    // 12,000 EUR × 605.72 = 7,268,640.00; over the norm of 6,057,200.00 by 1,211,440.00 × 30 % = 363,432.00
    expect(await page.getByTestId('passenger-total').textContent()).toContain('363\u00a0432,00');
    await screenshot(page, 'passenger-declaration-phone-ru.png');

    await page.getByTestId('passenger-office').click();
    await page.getByRole('option', { name: /^75301/ }).click();
    await useTestSigner(page);
    await page.getByTestId('passenger-sign').click();
    await chooseKey(page, gostKey('individual-sign'));
    await page.getByTestId('receipt-number').waitFor(slower);
    const number = (await page.getByTestId('receipt-number').textContent()) ?? '';
    expect(number).toMatch(/^75301\/\d{6}\/\d{7}$/);

    // Registered as a passenger declaration, assessed at the unified rate (nothing on the advance account to hold).
    const id = /\/cabinet\/declarations\/([0-9a-f-]{36})\/receipt/.exec(page.url())![1]!;
    const payment = await context.request.get(`${stage.server.url}/api/v1/declarations/${id}/payment`, {
      headers: await csrfHeader(context),
    });
    expect(await payment.json()).toMatchObject({ owed: '363432.00', held: '0.00', payable: true });
    await context.close();
  });
});
