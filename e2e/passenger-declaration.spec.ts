import { plannedHolders } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { csrfHeader, logInWithKey, registerAndLogIn } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, slower, useTestSigner } from './helpers.ts';
import { gostKey } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const traveller = plannedHolders.find((h) => h.id === 'individual-auth')!;
const officerIin = plannedHolders.find((h) => h.id === 'head-auth')!.iin;

/**
 * Issue 17 point 2 in Chromium, on a phone: a traveller registered by IIN fills the passenger
 * declaration in the cabinet, box by box, sees the unified rate its goods owe before signing,
 * signs with the test signer's signing key and submits it to Almaty Airport; the receipt follows.
 * Nothing is on the traveller's advance account then: an officer records the traveller's bank
 * transfer, the traveller pays from the declaration's page, and the goods are released.
 */
describe.skipIf(unavailable !== null)('the passenger declaration from the cabinet, in Chromium', () => {
  // The individual of the test PKI is another spec's officer: a server of its own, whose officer is the company's head.
  const stage = useStage('passenger', {
    officer: { office: '75000', iin: officerIin, email: 'passenger-officer@example.kz' },
  });

  it('ACC-10, ACC-15, ACC-17, ACC-20: fills the form, sees the unified-rate calculation, signs and submits it, pays and the goods are released', async () => {
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

    // The officer records the traveller's bank transfer to the advance account (as a bank statement line would come in).
    const officer = await stage.browser.newContext({ locale: 'ru-RU' });
    await logInWithKey(officer.request, stage.server.url, gostKey('head-auth'));
    const deposited = await officer.request.post(
      `${stage.server.url}/api/v1/officer/payments/advance-accounts/${traveller.iin}/deposits`,
      {
        headers: await csrfHeader(officer),
        data: {
          amount: '363432.00',
          bankDocument: { number: 'ПП-E2E-ПАССАЖИР', date: almatyDate(new Date()) },
          idempotencyKey: `e2e-passenger-${id}`,
        },
      },
    );
    expect(deposited.status(), await deposited.text()).toBe(201);
    await officer.close();

    // The traveller pays from the declaration's page: the money is held, and the green declaration
    // is released at once, what was held taken for the budget (ACC-14, ACC-17).
    await page.goto(`${stage.server.url}/cabinet/declarations/${id}`);
    await page.getByTestId('declaration-pay').click();
    await expect
      .poll(() => page.getByTestId('declaration-status').first().getAttribute('data-status'), slow)
      .toBe('released');
    await expect
      .poll(() => page.getByTestId('declaration-payment-collected').textContent(), slow)
      .toMatch(/^363\s432,00 /);
    expect(await page.getByTestId('declaration-payment-held').textContent()).toMatch(/^0,00 /);
    expect(await page.getByTestId('declaration-payment').getAttribute('data-payable')).toBe('false');
    const paid = await context.request.get(`${stage.server.url}/api/v1/declarations/${id}/payment`);
    expect(await paid.json()).toMatchObject({ status: 'released', collected: '363432.00', held: '0.00' });
    // The traveller's own account: the transfer in, the amount held for the declaration, then taken.
    const today = almatyDate(new Date());
    const postings = await context.request.get(
      `${stage.server.url}/api/v1/payments/advance-account/postings?from=${today}&to=${today}`,
    );
    const { postings: list } = (await postings.json()) as {
      postings: { kind: string; amount: string; declarationId: string | null }[];
    };
    expect(
      list
        .map(({ kind, amount, declarationId }) => ({ kind, amount, declarationId }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'debit', amount: '363432.00', declarationId: id },
      { kind: 'deposit', amount: '363432.00', declarationId: null },
      { kind: 'reservation', amount: '363432.00', declarationId: id },
    ]);
    await screenshot(page, 'passenger-declaration-released-phone-ru.png');
    await context.close();
  });
});
