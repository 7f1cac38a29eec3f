import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDocument } from '../server/src/modules/declarations/demo/demo-document.ts';
import { almatyDate } from '../server/src/modules/reference/index.ts';
import { csrfHeader, logInWithKey } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { slow, slower, testSign } from './helpers.ts';
import { gostKey, officerIin, organisationBin, organisationContext } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const office = '75101';

interface MailboxMessage {
  to: string[];
  kind: string;
  subject: string;
  text: string;
  links: string[];
}

/**
 * Issue 19 point 6: every link of every e-mail the system sends in a realistic run — registration,
 * a credit to the advance account, a signed submission paid from that account and released by the
 * system (the decision notice) — opens a page that exists, in the browser of the one it was sent to.
 */
describe.skipIf(unavailable !== null)('the links of the e-mails lead to pages that exist, in Chromium', () => {
  const stage = useStage('mail-links', {
    officer: { office: '75000', iin: officerIin, email: 'links.officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;

  it('registration, a deposit, a submission and its decision: every link in their mails opens a page', async () => {
    const declarant = await organisationContext(stage, 'links-declarant@shekara-test.kz');
    const csrf = await csrfHeader(declarant);

    // A goods declaration of the demo generator, signed with the head's signing key and submitted.
    const document = demoDocument('goods', {
      items: 1,
      declarant: organisationBin,
      office,
      date: almatyDate(new Date()),
    });
    const created = await declarant.request.post(url('/api/v1/declarations'), {
      headers: csrf,
      data: { kind: 'goods', document },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const payload = (await (await declarant.request.get(url(`/api/v1/declarations/${id}/signing-payload`))).json()) as {
      data: string;
    };
    const signature = await testSign(
      declarant.request,
      stage.server.url,
      gostKey('head-sign'),
      Buffer.from(payload.data, 'base64'),
    );
    const submitted = await declarant.request.post(url(`/api/v1/declarations/${id}/submit`), {
      headers: { ...csrf, 'Idempotency-Key': `e2e-links-${Date.now()}` },
      data: { customsOffice: office, signature },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const owed = async () =>
      (
        (await (await declarant.request.get(url(`/api/v1/declarations/${id}/payment`))).json()) as {
          owed: string | null;
        }
      ).owed;
    await expect.poll(owed, slow).not.toBeNull();

    // The officer credits exactly what it owes to the organisation's advance account (the deposit notice).
    const officer = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 1000 } });
    await logInWithKey(officer.request, stage.server.url, gostKey('individual-auth'));
    const deposited = await officer.request.post(
      url(`/api/v1/officer/payments/advance-accounts/${organisationBin}/deposits`),
      {
        headers: await csrfHeader(officer),
        data: {
          amount: await owed(),
          bankDocument: { number: 'ПП-E2E-LINKS', date: almatyDate(new Date()) },
          idempotencyKey: `e2e-links-deposit-${Date.now()}`,
        },
      },
    );
    expect(deposited.status(), await deposited.text()).toBe(201);

    // Paid from the account, the green declaration is released by the system (the decision notice).
    const paid = await declarant.request.post(url(`/api/v1/declarations/${id}/payment`), { headers: csrf });
    expect(paid.status(), await paid.text()).toBe(200);

    const mailbox = async () =>
      (
        (await (await declarant.request.get(url('/api/v1/dev/mailbox?limit=100'))).json()) as {
          messages: MailboxMessage[];
        }
      ).messages;
    await expect
      .poll(async () => (await mailbox()).map((m) => m.kind), slower)
      .toEqual(expect.arrayContaining(['registration.confirm', 'declaration.decision']));
    const messages = await mailbox();
    // The mails name the server by its public address; the run reaches the same server on its own.
    const port = new URL(stage.server.url).port;
    const links = [...new Set(messages.flatMap((m) => m.links))]
      .map((link) => new URL(link))
      .filter((link) => link.port === port)
      .map((link) => `${stage.server.url}${link.pathname}${link.search}`);
    expect(links.length).toBeGreaterThanOrEqual(3);
    // The declarant writes in Russian: the system is named in Cyrillic there.
    expect(messages.filter((m) => /Shekara/.test(`${m.subject}\n${m.text}`)).map((m) => m.subject)).toEqual([]);

    // Each link opened by the one it was written to: the office's officer or the declarant.
    const opened: { link: string; notFound: boolean }[] = [];
    for (const link of links) {
      const context: BrowserContext = new URL(link).pathname.startsWith('/officer') ? officer : declarant;
      const page = await context.newPage();
      await page.goto(link);
      // the page has settled once its main heading is there
      await page.locator('main h1, main h2').first().waitFor(slow);
      opened.push({ link, notFound: (await page.getByTestId('not-found').count()) > 0 });
      await page.close();
    }
    expect(opened.filter((o) => o.notFound)).toEqual([]);

    await officer.close();
    await declarant.close();
  });
});
