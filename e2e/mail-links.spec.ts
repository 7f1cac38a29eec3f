import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserUnavailableReason } from './browser.ts';
import { fileGoods, officerContext, payAndRelease } from './filing.ts';
import { slow, slower } from './helpers.ts';
import { officerIin, organisationContext } from './people.ts';
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

    // A goods declaration signed with the head's signing key and submitted, then paid from the
    // advance account the officer credits (the deposit notice): released by the system (the decision notice).
    const officer = await officerContext(stage);
    const filed = await fileGoods(stage, declarant, office);
    await payAndRelease(stage, declarant, officer, filed.id);

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
