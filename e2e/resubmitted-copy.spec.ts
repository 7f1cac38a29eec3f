import { describe, expect, it } from 'vitest';
import ru from '../web/src/features/officer-declarations/locales/ru.json';
import { csrfHeader, logInWithKey } from './accounts.ts';
import { seriousViolations } from './axe.ts';
import { browserUnavailableReason } from './browser.ts';
import { decideAsOfficer, fileGoods, signAndSubmit } from './filing.ts';
import { chooseReadReason, screenshot, slow } from './helpers.ts';
import { gostKey, officerIin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const office = '75101';
const reasonText = 'Уточните описание товара 1 (графа 31)';

/**
 * Issue 19 point 5 in Chromium: a decision stops being "new" once the declarant has seen it on the
 * declaration's page — the menu's count drops; the corrected copy the declarant resubmits is
 * marked in the officer's inbox, and opens beside the copy before it by boxes, the changed box
 * highlighted, with both copies' receipts and hashes.
 */
describe.skipIf(unavailable !== null)('a returned declaration, read and resubmitted, in Chromium', () => {
  const stage = useStage('resubmitted', {
    officer: { office: '75000', iin: officerIin, email: 'resubmitted.officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;

  it('issue 19 point 5: the decision read on the declaration’s page leaves the unread count; the officer sees the resubmitted copy marked and compares it, the changed box highlighted', async () => {
    const declarant = await organisationContext(stage, 'resubmitted-declarant@shekara-test.kz');
    // the officer's pages are checked with axe-core too, which needs the page's CSP bypassed
    const officer = await stage.browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1440, height: 1000 },
      bypassCSP: true,
    });
    await logInWithKey(officer.request, stage.server.url, gostKey('individual-auth'));
    const filed = await fileGoods(stage, declarant, office);
    await decideAsOfficer(stage, officer, filed.registrationNumber, 'request_correction', [reasonText]);

    // The declarant: the decision waits in the menu's count until the declaration's page shows it.
    const unread = async () =>
      ((await (await declarant.request.get(url('/api/v1/declarations/decisions/unread'))).json()) as { unread: number })
        .unread;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    const page = await declarant.newPage();
    await page.goto(url('/cabinet/declarations'));
    const count = page.getByTestId('nav-/cabinet/declarations/decisions').getByTestId('nav-count');
    await expect.poll(() => count.textContent(), slow).toBe(String(before));
    await page.goto(url(`/cabinet/declarations/${filed.id}`));
    const returned = page.locator('[data-testid="decision"][data-decision="request_correction"]');
    await returned.waitFor(slow);
    expect(await returned.textContent()).toContain(reasonText);
    // new when the page opened, and marked so for this visit
    expect(await returned.getByTestId('decision-new').count()).toBe(1);
    await expect.poll(unread, slow).toBe(before - 1);
    if (before === 1) await expect.poll(() => count.count(), slow).toBe(0);
    else await expect.poll(() => count.textContent(), slow).toBe(String(before - 1));
    await screenshot(page, 'resubmitted-decision-read-ru.png');
    // the inbox of decisions shows it read, and not among the unread
    await page.goto(url('/cabinet/declarations/decisions?unread=true'));
    await page.getByTestId('decisions-title').waitFor(slow);
    await expect
      .poll(() => page.locator('[data-testid="decision"]', { hasText: filed.registrationNumber }).count(), slow)
      .toBe(0);

    // The declarant corrects box 31 of the first item and signs the corrected copy.
    const draft = (await (await declarant.request.get(url(`/api/v1/declarations/${filed.id}`))).json()) as {
      document: { items: { description: string }[] };
      revision: number;
    };
    const description = draft.document.items[0]!.description;
    draft.document.items[0]!.description = `${description} (исправлено)`;
    const saved = await declarant.request.put(url(`/api/v1/declarations/${filed.id}`), {
      headers: await csrfHeader(declarant),
      data: { document: draft.document, revision: draft.revision },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    const corrected = await signAndSubmit(stage, declarant, filed.id, office);
    expect(corrected.registrationNumber).toBe(filed.registrationNumber);
    expect(corrected.documentSha256).not.toBe(filed.documentSha256);

    // The officer: the inbox marks the corrected copy and leads to the comparison.
    const inbox = await officer.newPage();
    await inbox.goto(url(`/officer/declarations?number=${encodeURIComponent(filed.registrationNumber)}`));
    const row = inbox.locator(`[data-testid="inbox-row"][data-number="${filed.registrationNumber}"]`);
    await row.waitFor(slow);
    expect(await row.getAttribute('data-copies')).toBe('2');
    expect(await row.getByTestId('resubmitted').textContent()).toBe(
      ru.officerDeclarations.resubmitted.badge.replace('{{copy}}', '2'),
    );
    // the whole inbox, the mark and the channel badges with it, reads at WCAG AA (issue 19 point 10)
    expect(await seriousViolations(inbox)).toEqual([]);
    await screenshot(inbox, 'resubmitted-inbox-ru.png');
    await row.getByTestId('resubmitted-compare').click();
    await chooseReadReason(inbox, 'declaration_review');
    await inbox.getByTestId('comparison-summary').waitFor(slow);
    expect(await inbox.getByTestId('comparison-title').textContent()).toBe(
      ru.officerDeclarations.comparison.title.replace('{{later}}', '2').replace('{{earlier}}', '1'),
    );

    // Both copies' receipts: the same number, copies 1 and 2, each with its own hashes.
    const fact = (side: 'earlier' | 'later', key: string) => inbox.getByTestId(`copy-${side}-${key}`).textContent();
    expect(await fact('earlier', 'number')).toBe(filed.registrationNumber);
    expect(await fact('later', 'number')).toBe(filed.registrationNumber);
    expect([await fact('earlier', 'copy'), await fact('later', 'copy')]).toEqual(['1', '2']);
    expect(await fact('earlier', 'document-sha256')).toBe(filed.documentSha256);
    expect(await fact('later', 'document-sha256')).toBe(corrected.documentSha256);
    const signatures = [await fact('earlier', 'signature-sha256'), await fact('later', 'signature-sha256')];
    expect(signatures[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(signatures[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(signatures[0]).not.toBe(signatures[1]);
    expect(await fact('earlier', 'submitted')).not.toBe('');

    // The boxes side by side: item 1's box 31 changed and highlighted, the rest of it as it was.
    expect(await inbox.getByTestId('comparison-summary').getAttribute('data-items')).toBe('1');
    const item = inbox.locator('[data-testid="compared-item"][data-earlier="1"][data-later="1"]');
    expect(await item.getAttribute('data-change')).toBe('changed');
    const box31 = item.locator('[data-testid="compared-box"][data-box="31"]');
    expect(await box31.getAttribute('data-change')).toBe('changed');
    expect(await box31.getByTestId('compared-earlier').textContent()).toBe(description);
    expect(await box31.getByTestId('compared-later').textContent()).toBe(`${description} (исправлено)`);
    const background = (cell: string) =>
      box31.getByTestId(cell).evaluate((element) => getComputedStyle(element).backgroundColor);
    const unchanged = item.locator('[data-testid="compared-box"][data-box="33"]');
    const plain = await unchanged.getByTestId('compared-later').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await unchanged.getAttribute('data-change')).toBe('same');
    expect(await background('compared-later')).not.toBe(plain);
    expect(await background('compared-earlier')).not.toBe(plain);
    // not JSON: the header by its boxes, nothing changed there
    expect(await inbox.locator('[data-testid="compared-header"] [data-testid="compared-box"]').count()).toBeGreaterThan(
      5,
    );
    expect(
      await inbox
        .locator('[data-testid="compared-header"] [data-testid="compared-box"]:not([data-change="same"])')
        .count(),
    ).toBe(0);
    expect(await inbox.getByTestId('comparison-page').textContent()).not.toContain('{"');
    expect(await seriousViolations(inbox)).toEqual([]);
    await screenshot(inbox, 'resubmitted-comparison-ru.png');

    await officer.close();
    await declarant.close();
  });
});
