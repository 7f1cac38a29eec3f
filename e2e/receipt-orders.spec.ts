import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../server/src/testing/pdf-text.ts';
import { csrfHeader, logInWithKey, registerAndLogIn } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseReadReason, screenshot, slow, slower } from './helpers.ts';
import { gostKey, holder } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

// The recipient is the test PKI's individual; the officer is the development officer of Almaty's
// department (75000), ЖАНОВА ДАНА, who logs in with the organisation employee's key.
const recipientIin = holder('individual-auth').iin;

/**
 * Issue 16 point 3 in Chromium: the ТПО of a personal-use parcel. The officer issues it on the
 * officer's page, the recipient finds it in the cabinet from the advance account page and pays it
 * from the advance account (money deposited by the officer through the API first).
 */
describe.skipIf(unavailable !== null)('the customs receipt order of a personal-use parcel, in Chromium', () => {
  // A server of its own, so the individual registers afresh; the development officer is there already.
  const stage = useStage('receipt-orders');
  const url = (p: string) => `${stage.server.url}${p}`;

  const logIn = (request: APIRequestContext, keyId: string) => logInWithKey(request, stage.server.url, keyId);

  const csrf = csrfHeader;

  /** The individual's account, registered through the API with its key and logged in by signature. */
  async function recipientContext(): Promise<BrowserContext> {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 1000 } });
    await registerAndLogIn(context, stage.server.url, {
      keyId: gostKey('individual-auth'),
      iinBin: recipientIin,
      email: 'tpo.recipient@shekara-test.kz',
    });
    return context;
  }

  it('ACC-14, ACC-20: an officer issues the ТПО of a parcel over the norm; the recipient pays it from the advance account in the cabinet', async () => {
    const recipient = await recipientContext();

    // The officer deposits money to the recipient's advance account (API), then issues the ТПО on the page.
    const officerContext = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 1000 } });
    await logIn(officerContext.request, gostKey('employee-auth'));
    const deposit = await officerContext.request.post(
      url(`/api/v1/officer/payments/advance-accounts/${recipientIin}/deposits`),
      {
        data: {
          amount: '20000.00',
          bankDocument: { number: 'E2E-TPO-1', date: '2026-01-05' },
          idempotencyKey: 'e2e-tpo-deposit-1',
        },
        headers: await csrf(officerContext),
      },
    );
    expect(deposit.status(), await deposit.text()).toBe(201);
    const officer = await officerContext.newPage();
    await officer.goto(url('/officer/payments/receipt-orders'));
    await officer.getByTestId('officer-receipt-orders-title').waitFor(slow);
    await officer.getByTestId('receipt-order-recipient').fill(recipientIin);
    await officer.getByTestId('receipt-order-item-1-hsCode').fill('6403 99 000 0');
    await officer.getByTestId('receipt-order-item-1-originCountry').fill('it');
    await officer.getByTestId('receipt-order-item-1-invoiceValue').fill('300');
    await officer.getByTestId('receipt-order-item-1-netMassKg').fill('5');
    await officer.getByTestId('receipt-order-issue').click();
    // the issued order names its recipient: the officer reads it for a stated reason (ACC-7)
    await chooseReadReason(officer, 'customs_control');
    await officer.getByTestId('receipt-order-number').waitFor(slower);
    const number = (await officer.getByTestId('receipt-order-number').textContent())!;
    expect(number).toMatch(/^75000\/\d{6}\/Т\d{7}$/);
    // 300 EUR × 605.72 (the demo EUR rate) = 181 716.00 tenge; over the norm 200 EUR = 121 144.00
    // by 60 572.00; 15 % of it = 9 085.80 (5 kg is under 31 kg).
    expect(await officer.getByTestId('receipt-order-total').textContent()).toContain('9085.80');
    await screenshot(officer, 'receipt-order-officer-issued-ru.png');
    await officerContext.close();

    // The recipient finds it from the advance account page and pays it.
    const page = await recipient.newPage();
    await page.goto(url('/cabinet/advance-account'));
    await page.getByTestId('advance-account-receipt-orders').click(slow);
    await page.getByTestId('receipt-orders-title').waitFor(slow);
    await page.getByTestId('receipt-order-link').filter({ hasText: number }).click(slow);
    await page.getByTestId('receipt-order-number').waitFor(slow);
    expect(await page.getByTestId('receipt-order-status').getAttribute('data-status')).toBe('issued');
    expect(await page.getByTestId('receipt-order-pdf').getAttribute('href')).toMatch(/\/pdf\?lang=ru$/);
    await page.getByTestId('receipt-order-pay').click();
    await expect.poll(() => page.getByTestId('receipt-order-status').getAttribute('data-status'), slower).toBe('paid');
    expect(await page.getByTestId('receipt-order-payment').textContent()).toContain('авансового счёта');
    await screenshot(page, 'receipt-order-paid-ru.png');

    const balance = (await (await recipient.request.get(url('/api/v1/payments/advance-account'))).json()) as {
      available: string;
    };
    // 20 000.00 − 9 085.80
    expect(balance.available).toBe('10914.20');

    // The printed ТПО carries the SHA-256 of the signed document and a QR code of the public check
    // page; the page (no log-in) confirms the order, its status and the system's signature.
    const pdfPath = (await page.getByTestId('receipt-order-pdf').getAttribute('href'))!;
    const answer = await recipient.request.get(url(pdfPath));
    expect(answer.status(), await answer.text()).toBe(200);
    const printed = (await readPdf(await answer.body())).pages.join(' ');
    const digest = /SHA-256[^0-9a-f]*([0-9a-f]{64})/.exec(printed)![1]!;
    const stranger = await stage.browser.newPage({ locale: 'ru-RU' });
    await stranger.goto(url(`/verify/receipt-order?${new URLSearchParams({ number, hash: digest })}`));
    await expect.poll(() => stranger.getByTestId('receipt-order-check').getAttribute('data-status'), slow).toBe('paid');
    expect(await stranger.getByTestId('receipt-order-signature').textContent()).toBe('Подпись системы верна');
    await screenshot(stranger, 'receipt-order-check-ru.png');
    await stranger.close();
    await recipient.close();
  });
});
