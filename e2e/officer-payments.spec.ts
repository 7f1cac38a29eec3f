import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ru from '../web/src/features/officer-payments/locales/ru.json';
import { logInWithKey } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseReadReason, screenshot, slow } from './helpers.ts';
import { gostKey, officerIin, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

// The test organisation pays; АХМЕТОВ АСЛАН is an officer of Almaty's department (75000) here.

/**
 * Issue 16 points 3–4 in Chromium (ACC-14, ACC-7): an officer, on a phone, finds a payer by its
 * BIN, reads its advance account for a stated reason, credits a bank payment (a double click
 * posts once), reverses a payment entered by mistake and imports a small CSV bank statement, whose report names what was credited, what
 * was refused and what could not be read; then the payer's user sees the balance and the postings
 * in its cabinet, and the officer's read among its data reads.
 */
describe.skipIf(unavailable !== null)(
  'the advance account from the officer’s pages to the payer’s cabinet, in Chromium',
  () => {
    const stage = useStage('officer-payments', {
      officer: { office: '75000', iin: officerIin, email: 'cashier@example.kz' },
    });
    const url = (p: string) => `${stage.server.url}${p}`;

    const logIn = (request: APIRequestContext, keyId: string) => logInWithKey(request, stage.server.url, keyId);

    /** The paying organisation's account, registered through the API with its head's key and logged in. */
    async function payerContext(): Promise<BrowserContext> {
      return organisationContext(stage, 'payer@shekara-test.kz', { width: 1280, height: 900 });
    }

    it('ACC-14, ACC-7: an officer credits a payment and imports a statement on a phone; the payer sees both in its cabinet', async () => {
      const payer = await payerContext();

      // 1. The officer, on a phone, finds the payer and reads its account for a reason.
      const officerContext = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 390, height: 844 } });
      await logIn(officerContext.request, gostKey('individual-auth'));
      const officer = await officerContext.newPage();
      await officer.goto(url('/officer/payments/advance-accounts'));
      await expect
        .poll(() => officer.getByTestId('officer-payments-find').textContent(), slow)
        .toBe(ru.officerPayments.find.title);
      await officer.getByTestId('payer-iin-bin').fill('123456789012');
      await officer.getByTestId('payer-open').click();
      await officer.getByText(ru.officerPayments.find.invalid).waitFor(slow);
      await officer.getByTestId('payer-iin-bin').fill(organisationBin);
      await officer.getByTestId('payer-open').click();
      await officer.getByTestId('officer-payer-account').waitFor(slow);
      await officer.getByTestId('read-reason-needed').waitFor(slow);
      await chooseReadReason(officer, 'customs_control');
      await expect.poll(() => officer.getByTestId('officer-balance-total').textContent(), slow).toContain('0,00');

      // 2. A bank payment by hand: a double click on the button credits it once.
      await officer.getByTestId('deposit-amount').fill('5 000,00');
      await officer.getByTestId('deposit-number').fill('ПП-451');
      await officer.getByTestId('deposit-date').fill('2026-12-01');
      await officer.getByTestId('deposit-note').fill('Оплата по счёту 17');
      await officer.getByTestId('deposit-submit').dblclick();
      await officer.getByTestId('deposit-done').waitFor(slow);
      await expect
        .poll(() => officer.getByTestId('officer-balance-total').textContent(), slow)
        .toContain('5\u00a0000,00');
      await expect
        .poll(() => officer.locator('[data-testid="officer-postings"] tr[data-kind="deposit"]').count(), slow)
        .toBe(1);

      // A payment entered by mistake, reversed from its row with a note.
      await officer.getByTestId('deposit-amount').fill('1,00');
      await officer.getByTestId('deposit-number').fill('ПП-999');
      await officer.getByTestId('deposit-submit').click();
      await expect
        .poll(() => officer.getByTestId('officer-balance-total').textContent(), slow)
        .toContain('5\u00a0001,00');
      const postingRows = (kind: string) => officer.locator(`[data-testid="officer-postings"] tr[data-kind="${kind}"]`);
      const mistaken = postingRows('deposit').filter({ hasText: 'ПП-999' });
      await mistaken.getByTestId('posting-reverse').click();
      await officer.getByTestId('reverse-note').fill('Введён по ошибке');
      await officer.getByTestId('reverse-confirm').click();
      await expect
        .poll(() => officer.getByTestId('officer-balance-total').textContent(), slow)
        .toBe('5\u00a0000,00 тенге');
      await expect.poll(() => postingRows('reversal').count(), slow).toBe(1);
      expect(await mistaken.getByTestId('posting-reversed').count()).toBe(1);
      expect(await mistaken.getByTestId('posting-reverse').count()).toBe(0);
      await screenshot(officer, 'officer-payer-account-phone-ru.png');

      // 3. A bank statement: one new payment, one already credited by hand (refused), one unreadable line.
      const csv = [
        'payer;amount;document_number;document_date;note',
        `${organisationBin};20000,00;ПП-452;02.12.2026;Аванс`,
        `${organisationBin};5000.00;ПП-451;2026-12-01;Тот же платёж`,
        `${organisationBin};-5;ПП-453;02.12.2026;`,
      ].join('\r\n');
      await officer.goto(url('/officer/payments/bank-statements'));
      await officer.getByTestId('bank-statement-title').waitFor(slow);
      await officer.locator('input[type="file"]').setInputFiles({
        name: 'statement.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
      });
      await officer.getByTestId('statement-import').click(slow);
      await officer.getByTestId('statement-report').waitFor(slow);
      expect(await officer.getByTestId('report-credited').textContent()).toBe('1');
      expect(await officer.getByTestId('report-already').textContent()).toBe('0');
      expect(await officer.locator('[data-testid="report-refused-rows"] tr[data-code]').getAttribute('data-code')).toBe(
        'LEDGER_DEPOSIT_DUPLICATE',
      );
      expect(
        await officer.locator('[data-testid="report-unread-rows"] tr[data-position]').getAttribute('data-position'),
      ).toBe('4');
      await screenshot(officer, 'officer-bank-statement-phone-ru.png');

      // The same file again credits nothing twice.
      await officer.getByTestId('statement-import').click(slow);
      await expect.poll(() => officer.getByTestId('report-already').textContent(), slow).toBe('1');
      expect(await officer.getByTestId('report-credited').textContent()).toBe('0');

      // 4. The payer's user sees the balance and both postings in its cabinet.
      const cabinet = await payer.newPage();
      await cabinet.goto(url('/cabinet/advance-account'));
      await expect.poll(() => cabinet.getByTestId('balance-total').textContent(), slow).toContain('25\u00a0000,00');
      expect(await cabinet.getByTestId('balance-available').textContent()).toContain('25\u00a0000,00');
      expect(await cabinet.getByTestId('balance-reserved').textContent()).toContain('0,00');
      await expect
        .poll(() => cabinet.locator('[data-testid="advance-account-postings"] tr[data-kind="deposit"]').count(), slow)
        .toBe(3);
      expect(await cabinet.locator('[data-testid="advance-account-postings"] tr[data-kind="reversal"]').count()).toBe(
        1,
      );
      const postings = await cabinet.getByTestId('advance-account-postings').innerText();
      expect(postings).toContain('ПП-451');
      expect(postings).toContain('ПП-452');
      await screenshot(cabinet, 'cabinet-advance-account-ru.png');

      // 5. …and who at customs read its account, and why (ACC-7).
      await cabinet.goto(url('/cabinet/data-reads'));
      await cabinet.getByTestId('data-reads').waitFor(slow);
      await expect
        .poll(() => cabinet.getByTestId('data-reads').innerText(), slow)
        .toContain('Лицевой счёт авансовых платежей');
      // the reason shows as a badge, in capitals
      expect(await cabinet.getByTestId('data-reads').innerText()).toMatch(/таможенный контроль/i);

      await officerContext.close();
      await payer.close();
    });
  },
);
