import { describe, expect, it } from 'vitest';
import { pdfText } from '../server/src/modules/web-declarant-access/test-helpers.ts';
import ru from '../web/src/features/web-declarant-access/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { challenge, chooseReadReason, screenshot, slow, testSign } from './helpers.ts';
import { holder, officerIin } from './people.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

const head = holder('head-sign');

/**
 * Issue 4 points 11–13 in the browser: an organisation's head fills the Annex 1 application on the
 * public page and signs it with the test signer's signing key; the officer issues the login from
 * the queue, the user logs in with the password from the letter; the journal exports; the officer
 * suspends the login and the server refuses the user.
 */
describe.skipIf(unavailable !== null)('Web-declarant access from the application to a suspension, in Chromium', () => {
  const stage = useStage('web-declarant', {
    officer: { office: '75000', iin: officerIin, email: 'wd.officer@example.kz' },
  });
  const url = (p: string) => `${stage.server.url}${p}`;

  it('applies online with the signing key, issues the login, lets the user in, exports the journal and suspends the login', async () => {
    // 1. The head of the organisation fills and signs the application on the public page.
    const applicantContext = await stage.browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 1000 },
    });
    const apply = await applicantContext.newPage();
    await apply.goto(url('/web-declarant/apply'));
    await expect.poll(() => apply.getByTestId('wd-apply-title').textContent(), slow).toBe(ru.webDeclarant.apply.title);
    expect(await apply.getByTestId('wd-blank-ru').getAttribute('href')).toBe(
      '/api/v1/web-declarant/application-form.pdf?lang=ru',
    );
    await expect.poll(() => apply.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('not_running');
    await apply.getByTestId('use-test-signer').click();

    await apply.getByTestId('wd-field-customsBodyCode').click();
    await apply.getByRole('option', { name: /^75000/ }).click();
    await apply.getByTestId('wd-field-fullName').fill('Товарищество с ограниченной ответственностью «SHEKARA TEST»');
    await apply.getByTestId('wd-field-shortName').fill('ТОО «SHEKARA TEST»');
    await apply.getByTestId('wd-field-signatoryName').fill('Серикова Айгерим Болатовна');
    await apply.getByTestId('wd-field-taxpayerNumber').fill(head.bin!);
    await apply.getByTestId('wd-field-okpo').fill('12345678');
    await apply.getByTestId('wd-field-legalAddress').fill('г. Алматы, пр. Абая, 10');
    await apply.getByTestId('wd-field-actualAddress').fill('г. Алматы, ул. Төле би, 42');
    await apply.getByTestId('wd-field-phones').fill('+7 727 300 00 00');
    await apply.getByTestId('wd-field-email').fill('office@shekara-test.kz');
    await apply.getByTestId('wd-field-workplaces').fill('2');
    await apply.getByTestId('wd-field-stickerNumber').fill('15-2/1234');
    await apply.getByTestId('wd-field-stickerDate').fill('2026-11-02');
    await apply.getByTestId('wd-field-stickerCode').fill('WD-7788-AB');
    await apply.getByTestId('wd-field-consent').check({ force: true });
    await screenshot(apply, 'web-declarant-apply-ru.png');
    await apply.getByTestId('wd-sign-and-send').click();
    await apply.getByTestId('test-key-GOST2015-512:head-sign').getByTestId('test-key-choose').click(slow);
    await apply.getByTestId('wd-received').waitFor(slow);
    expect(await apply.getByTestId('wd-received').innerText()).toMatch(/№ 1\/\d{4}/);

    // 2. The officer logs in with the test signer's auth key and issues the login from the queue.
    const officerContext = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const nonce = await challenge(officerContext.request, stage.server.url);
    const loggedIn = await officerContext.request.post(url('/api/v1/auth/login/signature'), {
      data: {
        signature: await testSign(
          officerContext.request,
          stage.server.url,
          'GOST2015-512:individual-auth',
          Buffer.from(nonce, 'base64'),
        ),
      },
    });
    expect(loggedIn.status(), await loggedIn.text()).toBe(200);
    const officer = await officerContext.newPage();
    await officer.goto(url('/officer/web-declarant/applications'));
    await expect
      .poll(() => officer.getByTestId('wd-queue-title').textContent(), slow)
      .toBe(ru.webDeclarant.queue.title);
    await officer.getByTestId('wd-queue-row').first().waitFor(slow);
    expect(await officer.getByTestId('wd-due').first().textContent()).toContain('Письмо до');
    await screenshot(officer, 'web-declarant-queue-ru.png');
    await officer.getByTestId('wd-application-link').first().click();
    await officer.getByTestId('wd-issue').click(slow);
    await officer.getByTestId('wd-issued').waitFor(slow);
    const login = /wd-[a-z2-9]{8}/.exec(await officer.getByTestId('wd-issued').innerText())![0];
    await screenshot(officer, 'web-declarant-issued-ru.png');
    const letter = await officerContext.request.get(
      url((await officer.getByTestId('wd-letter').getAttribute('href'))!),
    );
    // One login per workplace (WD-21): the first workplace's, as printed in the letter.
    const password = /Одноразовый пароль \(рабочее место 1\) (\S{16})/.exec(await pdfText(await letter.body()))![1]!;

    // 3. The user logs in with the login and the one-time password from the letter.
    const user = await stage.browser.newContext({ locale: 'ru-RU' });
    const entered = await user.request.post(url('/api/v1/auth/login/password'), { data: { login, password } });
    expect(entered.status(), await entered.text()).toBe(200);
    expect(await entered.json()).toMatchObject({ login, workplaces: 2, mustChangePassword: true });

    // 4. The journal and its CSV export.
    await officer.goto(url('/officer/web-declarant/journal'));
    await officer.getByTestId('wd-journal-row').first().waitFor(slow);
    expect(await officer.getByTestId('wd-journal').innerText()).toContain('WD-7788-AB');
    const csv = await officerContext.request.get(
      url((await officer.getByTestId('wd-journal-csv').getAttribute('href'))!),
    );
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toContain('Код защитной наклейки');
    await screenshot(officer, 'web-declarant-journal-ru.png');

    // 5. The officer finds the account among the department's users, sees the user's session on
    // the account's page (issue 4 point 7), and suspends the login from its access page: the
    // user's session ends and log-in is refused.
    const accountId = ((await entered.json()) as { id: string }).id;
    await officer.goto(url('/officer/web-declarant/accounts'));
    await officer.locator(`a[href="/officer/accounts/${accountId}"]`).click(slow);
    await chooseReadReason(officer, 'access_measure');
    await officer.getByTestId('officer-account-session').first().waitFor(slow);
    expect(await officer.getByTestId('officer-account-session').count()).toBe(1);
    await screenshot(officer, 'officer-account-ru.png');
    // The login is bound to the user's workplace (WD-22); released, its session ends and the next log-in binds it anew.
    const boundLogin = officer.locator(`[data-testid="officer-account-login"][data-login="${login}"]`);
    await boundLogin.getByTestId('officer-account-login-release').click(slow);
    await boundLogin.getByTestId('officer-account-login-release').waitFor({ state: 'detached', ...slow });
    expect((await user.request.get(url('/api/v1/me'))).status()).toBe(401);
    const again = await user.request.post(url('/api/v1/auth/login/password'), { data: { login, password } });
    expect(again.status(), await again.text()).toBe(200);
    await officer.getByTestId('officer-account-access').click();
    await officer.getByTestId('wd-access-reason').fill('Логин передан третьему лицу');
    await officer.getByTestId('wd-suspend').click();
    await expect
      .poll(() => officer.getByTestId('wd-access-status').getAttribute('data-status'), slow)
      .toBe('suspended');
    await screenshot(officer, 'web-declarant-access-suspended-ru.png');
    expect((await user.request.get(url('/api/v1/me'))).status()).toBe(401);
    const refused = await user.request.post(url('/api/v1/auth/login/password'), { data: { login, password } });
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('ACCESS_SUSPENDED');

    await user.close();
    await officerContext.close();
    await applicantContext.close();
  });
});
