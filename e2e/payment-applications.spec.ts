import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ru from '../web/src/features/payment-applications/locales/ru.json';
import { csrfHeader, logInWithKey } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, chooseReadReason, screenshot, slow, slower, useTestSigner } from './helpers.ts';
import { gostKey, officerIin, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

/**
 * ACC-14, ACC-21 in Chromium: the payer goes from its advance account to its applications, files
 * a refund signed with the test signer's signing key; the officer of the department grants it
 * with a signed decision; the payer sees the decision.
 */
describe.skipIf(unavailable !== null)(
  'a refund application from the cabinet to the officer’s decision, in Chromium',
  () => {
    const stage = useStage('payment-applications', {
      officer: { office: '75000', iin: officerIin, email: 'payments.officer@example.kz' },
    });
    const url = (p: string) => `${stage.server.url}${p}`;

    const logIn = (request: APIRequestContext, keyId: string) => logInWithKey(request, stage.server.url, keyId);

    const csrf = csrfHeader;

    /** The test organisation's account, registered through the API with its head's key and logged in. */
    async function payerContext(): Promise<BrowserContext> {
      return organisationContext(stage, 'payer@shekara-test.kz', { width: 1280, height: 900 });
    }

    it('ACC-14, ACC-21: the payer files a signed refund from the advance account page; the officer grants it, signed; the cabinet shows the decision', async () => {
      const payer = await payerContext();
      const officerContext = await stage.browser.newContext({
        locale: 'ru-RU',
        viewport: { width: 1440, height: 1000 },
      });
      await logIn(officerContext.request, gostKey('individual-auth'));
      const deposit = await officerContext.request.post(
        url(`/api/v1/officer/payments/advance-accounts/${organisationBin}/deposits`),
        {
          headers: await csrf(officerContext),
          data: {
            amount: '5000.00',
            bankDocument: { number: 'E2E-1', date: '2026-01-05' },
            idempotencyKey: 'e2e-deposit-1',
          },
        },
      );
      expect(deposit.status(), await deposit.text()).toBe(201);

      // 1. From the advance account to the applications; a refund, signed with the signing key.
      const page = await payer.newPage();
      await page.goto(url('/cabinet/advance-account'));
      await page.getByTestId('payment-applications-link').click(slow);
      await expect
        .poll(() => page.getByTestId('payment-applications-title').textContent(), slow)
        .toBe(ru.paymentApplications.cabinet.title);
      await page.getByTestId('application-kind').getByText(ru.paymentApplications.kinds.refund).click();
      await page.getByTestId('application-office').fill('75101');
      await page.getByTestId('application-iban').fill('KZ86125KZT5004100100');
      await page.getByTestId('application-bic').fill('KCJBKZKX');
      await page.getByTestId('application-amount').fill('1200.50');
      await page.getByTestId('application-reason').fill('Излишне внесённый аванс');
      await useTestSigner(page);
      await page.getByTestId('application-sign-and-file').click();
      await chooseKey(page, gostKey('head-sign'));
      await page.getByTestId('application-filed').waitFor(slower);
      await expect
        .poll(
          () =>
            page.locator('[data-testid="payment-applications"] tr[data-status]').first().getAttribute('data-status'),
          slow,
        )
        .toBe('pending');
      await screenshot(page, 'payment-applications-filed-ru.png');

      // 2. The officer of the department grants it with a signed decision.
      const officer = await officerContext.newPage();
      await officer.goto(url('/officer/payments/applications'));
      // the queue shows payers and their bank accounts: read for a stated reason (ACC-7)
      await chooseReadReason(officer, 'user_request');
      await officer.getByTestId('application-decide').first().click(slower);
      await officer.getByTestId('decide-grant').waitFor(slow);
      await useTestSigner(officer);
      await officer.getByTestId('decide-sign-and-send').click();
      await chooseKey(officer, gostKey('individual-sign'));
      await officer.getByTestId('decide-sign-and-send').waitFor({ state: 'detached', ...slower });
      await screenshot(officer, 'payment-applications-officer-ru.png');

      // 3. The payer sees the refund granted, and the account less the money.
      await page.reload();
      await expect
        .poll(
          () =>
            page.locator('[data-testid="payment-applications"] tr[data-status]').first().getAttribute('data-status'),
          slower,
        )
        .toBe('granted');
      const balance = (await (await payer.request.get(url('/api/v1/payments/advance-account'))).json()) as {
        available: string;
      };
      expect(balance.available).toBe('3799.50');
      await screenshot(page, 'payment-applications-granted-ru.png');
      await officerContext.close();
      await payer.close();
    });
  },
);
