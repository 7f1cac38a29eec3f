import { checkDigit } from '@shekara/contracts/domain';
import { plannedHolders } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import credentialsRu from '../web/src/features/credentials/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, useTestSigner } from './helpers.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

interface MailboxMessage {
  to: string[];
  kind: string | null;
  text: string;
  links: string[];
}

const officerIin = plannedHolders.find((h) => h.id === 'head-auth')!.iin;

/** A valid IIN no test certificate holds: a man born on 14.03.1985. */
function freshIin(): string {
  for (let serial = 100; ; serial++) {
    const first11 = `8503143${String(serial).padStart(4, '0')}`;
    const digit = checkDigit(first11);
    if (digit !== null) return `${first11}${digit}`;
  }
}

/**
 * REG-10 in the browser: an applicant without a digital signature files the request for a login
 * and password on its page, confirms it by the e-mailed link, and the officer approves it only
 * after ticking the paper check of the identity document (AST-6); a non-resident without an IIN is
 * given a 9900… number.
 */
describe.skipIf(unavailable !== null)('a request for a login and password without a signature, in Chromium', () => {
  const stage = useStage('unsigned-credentials', {
    officer: { office: '75000', iin: officerIin, email: 'officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;
  const mail = async (to: string, kind: string) => {
    const { messages } = (await (await fetch(url('/api/v1/dev/mailbox'))).json()) as { messages: MailboxMessage[] };
    return messages.find((m) => m.to.includes(to) && m.kind === kind);
  };

  it('files without a signature, confirms by e-mail, and is approved only with the paper check (REG-10, AST-6)', async () => {
    const iin = freshIin();
    const email = 'dana.unsigned@example.kz';
    const { items: regions } = (await (await fetch(url('/api/v1/reference/classifiers/regions'))).json()) as {
      items: Array<{ code: string; name: { ru: string } }>;
    };
    const almaty = regions.find((region) => region.code === '75')!;

    // 1. The applicant chooses "no signature" and fills the identity document's facts.
    const applicantContext = await stage.browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 900 },
    });
    const page = await applicantContext.newPage();
    await page.goto(url('/credentials-request'));
    await page.getByText(credentialsRu.credentials.unsigned.withSignature).click();
    await page.getByTestId('unsigned-with-signature').waitFor(slow);
    await page.getByText(credentialsRu.credentials.unsigned.withoutSignature).click();
    await page.getByTestId('unsigned-iin-bin').fill(iin);
    await page.getByTestId('unsigned-region').click();
    await page.getByRole('option', { name: almaty.name.ru }).click();
    await page.getByTestId('unsigned-name').fill('Сейткалиева Дана');
    await page.getByTestId('unsigned-document-number').fill('045678913');
    await page.getByTestId('unsigned-document-date').fill('2020-02-11');
    await page.getByTestId('unsigned-email').fill(email);
    await screenshot(page, 'credentials-unsigned-form-ru.png');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('unsigned-submit').click();
    await page.getByTestId('unsigned-sent').waitFor(slow);

    // 2. The link in the e-mail sends the request on to the body.
    await expect.poll(() => mail(email, 'credentials.request_confirm'), { ...slow, interval: 500 }).toBeDefined();
    const link = new URL((await mail(email, 'credentials.request_confirm'))!.links[0]!);
    await page.goto(url(`${link.pathname}${link.search}`));
    await page.getByTestId('unsigned-confirmed').waitFor(slow);
    const number = /\d{5}-\d{4}-\d{6}/.exec(await page.getByTestId('unsigned-confirmed').innerText())![0];

    // 3. The officer sees the paper-check notice; the approval needs the check.
    const officerContext = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const officer = await officerContext.newPage();
    await officer.goto(url('/login'));
    await useTestSigner(officer);
    await officer.getByTestId('login-signature').click();
    await chooseKey(officer, 'GOST2015-512:head-auth');
    await expect.poll(() => new URL(officer.url()).pathname, slow).not.toBe('/login');
    await officer.goto(url('/officer/credentials-requests'));
    const row = officer.locator(`[data-testid="credentials-queue-row"][data-number="${number}"]`);
    await row.waitFor(slow);
    expect(await row.innerText()).toContain(credentialsRu.credentials.verification.paper_check_required);
    await row.getByTestId('credentials-request-link').click();
    await officer.getByTestId('credentials-paper-check').waitFor(slow);
    await officer.getByTestId('credentials-approve').click();
    await expect
      .poll(() => officer.getByTestId('server-refusal').getAttribute('data-code'), slow)
      .toBe('CREDENTIALS_IDENTITY_CHECK_REQUIRED');
    await officer.getByTestId('credentials-paper-checked').check();
    await officer.getByTestId('credentials-document-seen').fill('удостоверение личности № 045678913 от 11.02.2020');
    await screenshot(officer, 'credentials-unsigned-paper-check-ru.png');
    await officer.getByTestId('credentials-approve').click();
    await officer.getByTestId('credentials-outcome').waitFor(slow);
    expect(await officer.getByTestId('credentials-outcome').innerText()).toContain(iin);
    await expect.poll(() => mail(email, 'credentials.issued'), { ...slow, interval: 500 }).toBeDefined();

    // 4. A non-resident without an IIN, filed with the passport: approval assigns a 9900… number.
    await page.goto(url('/credentials-request'));
    await page.getByText(credentialsRu.credentials.unsigned.nonResident).click();
    await page.getByTestId('unsigned-region').click();
    await page.getByRole('option', { name: almaty.name.ru }).click();
    await page.getByTestId('unsigned-name').fill('LI WEI');
    await page.getByTestId('unsigned-birth-date').fill('1988-09-12');
    await page.getByTestId('unsigned-document-number').fill('EC1234567');
    await page.getByTestId('unsigned-document-date').fill('2021-06-01');
    await page.getByTestId('unsigned-document-country').fill('CN');
    await page.getByTestId('unsigned-email').fill('li.wei@example.cn');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('unsigned-submit').click();
    await page.getByTestId('unsigned-sent').waitFor(slow);
    await expect
      .poll(() => mail('li.wei@example.cn', 'credentials.request_confirm'), { ...slow, interval: 500 })
      .toBeDefined();
    const liLink = new URL((await mail('li.wei@example.cn', 'credentials.request_confirm'))!.links[0]!);
    await page.goto(url(`${liLink.pathname}${liLink.search}`));
    await page.getByTestId('unsigned-confirmed').waitFor(slow);
    const liNumber = /\d{5}-\d{4}-\d{6}/.exec(await page.getByTestId('unsigned-confirmed').innerText())![0];

    await officer.goto(url('/officer/credentials-requests'));
    const liRow = officer.locator(`[data-testid="credentials-queue-row"][data-number="${liNumber}"]`);
    await liRow.waitFor(slow);
    await liRow.getByTestId('credentials-request-link').click();
    await officer.getByTestId('credentials-paper-check').waitFor(slow);
    await officer.getByTestId('credentials-paper-checked').check();
    await officer.getByTestId('credentials-document-seen').fill('паспорт КНР EC1234567');
    await officer.getByTestId('credentials-approve').click();
    await officer.getByTestId('credentials-outcome').waitFor(slow);
    expect(await officer.getByTestId('credentials-outcome').innerText()).toMatch(/9900\d{8}/);
    await screenshot(officer, 'credentials-non-resident-approved-ru.png');

    await officerContext.close();
    await applicantContext.close();
  });
});
