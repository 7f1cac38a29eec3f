import { describe, expect, it } from 'vitest';
import ru from '../web/src/features/receipt-check/locales/ru.json';
import { csrfHeader } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { fileGoods, officerContext, payAndRelease, signAndSubmit } from './filing.ts';
import { screenshot, slow, slower } from './helpers.ts';
import { officerIin, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const office = '75101';

/**
 * Issue 19 point 8 in Chromium: the printed receipt names the office, the declarant, the goods
 * count and the totals and carries a QR code of its check link with the hash; once the released
 * declaration is corrected (КДТ), the public check of the first receipt says it was replaced.
 */
describe.skipIf(unavailable !== null)('the receipt and its public check, in Chromium', () => {
  const stage = useStage('receipt', {
    officer: { office: '75000', iin: officerIin, email: 'receipt.officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;

  it('WD-13, WD-14: the receipt says who, where, how many and how much, with a QR code; a corrected copy’s check says it was replaced', async () => {
    const declarant = await organisationContext(stage, 'receipt-declarant@shekara-test.kz');
    const officer = await officerContext(stage);
    const filed = await fileGoods(stage, declarant, office);
    const offices = (await (await declarant.request.get(url('/api/v1/reference/customs-offices'))).json()) as {
      offices: { code: string; name: { ru: string } }[];
    };
    const officeName = offices.offices.find((o) => o.code === office)!.name.ru;

    // The receipt opened from the cabinet: the office by name, the declarant, one item, the totals, the QR code.
    const page = await declarant.newPage();
    await page.goto(url(`/cabinet/declarations/${filed.id}/receipt`));
    await expect.poll(() => page.getByTestId('receipt-hash').textContent(), slow).toBe(filed.documentSha256);
    expect(await page.getByTestId('receipt-office').textContent()).toBe(`${officeName} (${office})`);
    expect(await page.getByTestId('receipt-declarant').textContent()).toContain(organisationBin);
    expect(await page.getByTestId('receipt-goods').textContent()).toBe('1');
    expect(await page.getByTestId('receipt-customs-value').textContent()).toMatch(/\d.*₸$/);
    expect(await page.getByTestId('receipt-payments').textContent()).toMatch(/\d.*₸$/);
    const checkLink = `${stage.server.url}/verify/${filed.registrationNumber}?hash=${filed.documentSha256}`;
    await page.getByTestId('receipt-qr').waitFor(slow);
    expect(await page.getByTestId('receipt-qr').getAttribute('data-url')).toBe(checkLink);
    expect(await page.locator('[data-testid="receipt-qr"] svg').count()).toBe(1);
    await screenshot(page, 'receipt-ru.png');

    // Released, then corrected after release: the correction is signed and registered under its own number.
    await payAndRelease(stage, declarant, officer, filed.id);
    const status = async () =>
      ((await (await declarant.request.get(url(`/api/v1/declarations/${filed.id}`))).json()) as { status: string })
        .status;
    await expect.poll(status, slower).toBe('released');
    const started = await declarant.request.post(url(`/api/v1/declarations/${filed.id}/corrections`), {
      headers: await csrfHeader(declarant),
    });
    expect(started.status(), await started.text()).toBe(201);
    const correction = await signAndSubmit(stage, declarant, ((await started.json()) as { id: string }).id, office);

    // The first receipt's check: still genuine, and it says what replaced it.
    await page.goto(checkLink);
    await page.getByTestId('receipt-check-result').waitFor(slow);
    const superseded = page.getByTestId('receipt-check-superseded');
    await superseded.waitFor(slow);
    expect(await superseded.textContent()).toContain(ru.receiptCheck.superseded.title);
    expect(await superseded.textContent()).toContain(correction.registrationNumber);
    await screenshot(page, 'receipt-check-superseded-ru.png');
    // The correction's own receipt stands.
    await page.goto(url(`/verify/${correction.registrationNumber}?hash=${correction.documentSha256}`));
    await page.getByTestId('receipt-check-result').waitFor(slow);
    expect(await page.getByTestId('receipt-check-superseded').count()).toBe(0);

    await officer.close();
    await declarant.close();
    // two filings, a payment, two decisions: about 11 s alone, several times that on a loaded machine
  }, 180_000);
});
