import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { printedDate } from '../web/src/dates.ts';
import ru from '../web/src/features/transit/locales/ru.json';
import { csrfHeader, logInWithKey } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseDecision, chooseKey, chooseReadReason, screenshot, slower, testSign, useTestSigner } from './helpers.ts';
import { gostKey, officerIin, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

/**
 * Issue 17 point 4 in Chromium (ACC-15): a transit declaration filed with the signature is released
 * for transit by the office of departure with a signed decision; the officer and the declarant see
 * the movement — the offices, the term of delivery and the security the payments engine calculated.
 */
describe.skipIf(unavailable !== null)('customs transit from the release to the declarant’s page, in Chromium', () => {
  const stage = useStage('transit', {
    officer: { office: '75000', iin: officerIin, email: 'transit.officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;

  async function declarantContext(): Promise<BrowserContext> {
    return organisationContext(stage, 'transit.declarant@shekara-test.kz');
  }

  it('ACC-15: the office of departure releases a transit declaration for transit; both sides see its movement and security', async () => {
    const context = await declarantContext();
    const document = demoDocument('transit', {
      items: 2,
      declarant: organisationBin,
      office: '75101',
      date: almatyDate(new Date()),
    });
    const created = await context.request.post(url('/api/v1/declarations'), {
      headers: await csrfHeader(context),
      data: { kind: 'transit', document },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const payload = (await (await context.request.get(url(`/api/v1/declarations/${id}/signing-payload`))).json()) as {
      data: string;
    };
    const signature = await testSign(
      context.request,
      stage.server.url,
      gostKey('head-sign'),
      Buffer.from(payload.data, 'base64'),
    );
    const submitted = await context.request.post(url(`/api/v1/declarations/${id}/submit`), {
      headers: { ...(await csrfHeader(context)), 'idempotency-key': `e2e-transit-${id}` },
      data: { customsOffice: '75101', signature },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const { registrationNumber: number } = (await submitted.json()) as { registrationNumber: string };

    // The office of departure's officer releases it for transit with a signed decision.
    const officerContext = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 1000 } });
    await logInWithKey(officerContext.request, stage.server.url, gostKey('individual-auth'), 'officer');
    const officer = await officerContext.newPage();
    await officer.goto(url(`/officer/declarations/${encodeURIComponent(number)}`));
    await chooseReadReason(officer, 'declaration_review');
    await officer.getByTestId('declaration-decide').click(slower);
    await chooseDecision(officer, 'release_for_transit');
    await useTestSigner(officer);
    await officer.getByTestId('decision-sign-and-send').click();
    await chooseKey(officer, gostKey('individual-sign'));
    await officer.getByTestId('decision-done').waitFor(slower);
    await officer.reload();
    await chooseReadReason(officer, 'declaration_review');
    await officer.getByTestId('transit-movement').waitFor(slower);
    expect(await officer.getByTestId('transit-destination').textContent()).toBe(document.destinationOffice);
    // amounts and days as officials write them: 1 234,56 and DD.MM.YYYY (issue 21 point 6)
    expect(await officer.getByTestId('transit-security').textContent()).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d{2} тенге$/);
    await screenshot(officer, 'transit-officer-released-ru.png');
    await officerContext.close();

    // The declarant sees the movement, the same security, and the step on the timeline.
    const page = await context.newPage();
    await page.goto(url(`/cabinet/declarations/${id}`));
    await page.getByTestId('transit-movement').waitFor(slower);
    expect(await page.getByTestId('transit-term').textContent()).toBe(printedDate(document.deliveryTerm!));
    expect(await page.getByTestId('transit-security').textContent()).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d{2} тенге$/);
    expect(await page.getByTestId('transit-movement').innerText()).toContain(ru.transit.facts.released);
    expect(await page.locator('[data-testid="timeline-event"][data-to="released_for_transit"]').count()).toBe(1);
    await screenshot(page, 'transit-declarant-ru.png');
    await context.close();
  }, 180_000);
});
