import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { readPdf } from '../server/src/testing/pdf-text.ts';
import { csrfHeader } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { signAndSubmit } from './filing.ts';
import { screenshot, slow } from './helpers.ts';
import { organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const office = '75101';

/**
 * Issue 18 point 4 in Chromium: a registered goods declaration printed from its page — the print
 * menu opened, each language's PDF fetched by the address the menu gives — and its delivery
 * receipt likewise; each PDF read back as text.
 */
describe.skipIf(unavailable !== null)('printed forms from the declaration’s page, in Chromium', () => {
  const stage = useStage('print');
  const url = (p: string) => `${stage.server.url}${p}`;

  it('ACC-19, WD-14: prints a registered declaration and its receipt in Kazakh and Russian, each PDF carrying the registration number', async () => {
    const context = await organisationContext(stage, 'print@shekara-test.kz');
    // Registered through the API, as declarations.spec.ts does through the editor.
    const created = await context.request.post(url('/api/v1/declarations'), {
      headers: await csrfHeader(context),
      data: {
        kind: 'goods',
        document: demoDocument('goods', { items: 4, declarant: organisationBin, office, date: almatyDate(new Date()) }),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const { registrationNumber } = await signAndSubmit(stage, context, id, office);
    expect(registrationNumber).toMatch(/^75101\/\d{6}\/\d{7}$/);

    const page = await context.newPage();
    await page.goto(url(`/cabinet/declarations/${id}`));
    for (const [menu, title] of [
      ['declaration-print', /декларация/i],
      ['receipt-pdf', /.+/],
    ] as const) {
      await page.getByTestId(menu).click(slow);
      for (const lang of ['ru', 'kk'] as const) {
        const item = page.getByTestId(`${menu}-${lang}`);
        await item.waitFor(slow);
        const href = (await item.getAttribute('href'))!;
        expect(href).toContain(`lang=${lang}`);
        const response = await context.request.get(url(href));
        expect(response.status(), `${menu} ${lang}`).toBe(200);
        expect(response.headers()['content-type']).toBe('application/pdf');
        const pdf = await readPdf(await response.body());
        expect(pdf.pages.join(' '), `${menu} ${lang}`).toContain(registrationNumber);
        expect(String(pdf.title)).toMatch(title);
      }
      if (menu === 'declaration-print') await screenshot(page, 'declaration-print-menu-ru.png');
      await page.keyboard.press('Escape');
    }
    await page.close();
  }, 240_000);
});
