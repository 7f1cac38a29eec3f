import { organization, plannedHolders, validBin } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import registersRu from '../web/src/features/registers/locales/ru.json';
import { csrfHeader, registerAndLogIn } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { signAndSubmit } from './filing.ts';
import { chooseKey, screenshot, slow, useTestSigner } from './helpers.ts';
import { gostKey } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const officerIin = plannedHolders.find((h) => h.id === 'head-auth')!.iin;
const carrierBin = validBin('2014-02', 5);
const declarantIin = plannedHolders.find((h) => h.id === 'individual-auth')!.iin;

/**
 * Issue 17 point 6 (REG-3, REG-5): an officer keeps the registers of persons in customs business
 * on their page — puts a carrier on the register of customs carriers and ends its entry; a
 * customs representative files for the declarant under the representation entered from paper, and
 * its receipt names both, the representative with its register number.
 */
describe.skipIf(unavailable !== null)('the registers of persons in customs business, in Chromium', () => {
  const stage = useStage('registers', { officer: { office: '75000', iin: officerIin, email: 'registers@example.kz' } });
  const url = (p: string) => `${stage.server.url}${p}`;

  it('puts a carrier on its register and ends the entry (REG-5), and enters a representation from paper (ACC-9)', async () => {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(url('/login'));
    await useTestSigner(page);
    await page.getByTestId('login-signature').click();
    await chooseKey(page, 'GOST2015-512:head-auth');
    await expect.poll(() => new URL(page.url()).pathname, slow).not.toBe('/login');

    await page.goto(url('/officer/registers'));
    await expect.poll(() => page.getByTestId('registers-title').textContent(), slow).toBe(registersRu.registers.title);
    await page.getByTestId('register-new-iinBin').fill(carrierBin);
    await page.getByTestId('register-new-registerNumber').fill('ТПЕР-0900');
    await page.getByTestId('register-new-name').fill('ТОО «Браузер Транзит»');
    await page.getByTestId('register-new-validFrom').fill('2026-01-01');
    await page.getByTestId('register-new-save').click();

    const row = page.locator(`[data-testid="registers-entries"] [data-iin-bin="${carrierBin}"]`);
    await row.waitFor(slow);
    expect(await row.innerText()).toContain('ТПЕР-0900');
    await row.getByTestId('register-end').click();
    await row.getByTestId('register-end-date').fill('2026-06-30');
    await row.getByTestId('register-end-reason').fill('Исключён из реестра');
    await row.getByTestId('register-end-save').click();
    await expect.poll(() => row.innerText(), slow).toContain('Исключён из реестра');
    expect(await row.innerText()).toContain('01.01.2026 — 30.06.2026');
    await screenshot(page, 'registers-ru.png');

    // The same officer enters a representation from the paper contract the declarant signed (ACC-9).
    await page.goto(url('/officer/representations'));
    await page.getByTestId('officer-representations-title').waitFor(slow);
    const fields = {
      representativeBin: organization.bin,
      declarantIinBin: declarantIin,
      contractNumber: 'БУМ-77',
      contractDate: '2026-01-10',
      validFrom: '2026-01-11',
      paperBasis: 'Вх. № 75000/77',
    };
    for (const [name, value] of Object.entries(fields))
      await page.getByTestId(`paper-representation-${name}`).fill(value);
    await page.getByTestId('paper-representation-save').click();
    const table = page.getByTestId('officer-representations');
    await expect.poll(async () => (await table.count()) > 0 && table.innerText(), slow).toContain('Вх. № 75000/77');
    await context.close();
  });

  it('the representative files for the declarant under it; the receipt names both, the representative with its register number (issue 17 points 6, 7)', async () => {
    // The test company, on the demo register of customs representatives as ТП-0001, registers as one.
    const broker = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 1000 } });
    await registerAndLogIn(broker, stage.server.url, {
      keyId: gostKey('head-auth'),
      iinBin: organization.bin,
      email: 'broker@example.kz',
      userType: 'customs_representative',
    });
    const document = demoDocument('goods', {
      items: 1,
      declarant: declarantIin,
      office: '75101',
      date: almatyDate(new Date()),
    });
    const created = await broker.request.post(url('/api/v1/declarations'), {
      headers: await csrfHeader(broker),
      data: { kind: 'goods', document },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const filed = await signAndSubmit(stage, broker, id, '75101');

    const page = await broker.newPage();
    await page.goto(url(`/cabinet/declarations/${id}/receipt`));
    await expect.poll(() => page.getByTestId('receipt-number').textContent(), slow).toBe(filed.registrationNumber);
    await expect
      .poll(() => page.getByTestId('receipt-filer').textContent(), slow)
      .toBe(`${organization.bin} (№ в реестре ТП-0001)`);
    expect(await page.getByTestId('receipt-declarant').textContent()).toContain(declarantIin);
    expect(await page.getByTestId('receipt-representation').textContent()).toBe('№ БУМ-77 от 10.01.2026');
    await screenshot(page, 'receipt-representative-ru.png');
    await broker.close();
  });
});
