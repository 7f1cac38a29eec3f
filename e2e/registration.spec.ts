import path from 'node:path';
import { currentConsent } from '@shekara/contracts/accounts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import accountEn from '../web/src/features/account/locales/en.json';
import accountKk from '../web/src/features/account/locales/kk.json';
import accountRu from '../web/src/features/account/locales/ru.json';
import en from '../web/src/i18n/locales/en.json';
import kk from '../web/src/i18n/locales/kk.json';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, type TestKey, testKeys, useTestSigner } from './helpers.ts';
import { resultsDir, useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

interface MailboxMessage {
  to: string[];
  kind: string | null;
  links: string[];
}

describe.skipIf(unavailable !== null)('registration with the digital signature in Chromium (issue 4 point 16)', () => {
  // A server of its own: the accounts made here are of the test PKI's people whom other specs make into other accounts.
  const stage = useStage('registration');

  async function individualAuthKey(): Promise<TestKey> {
    const keys = await testKeys(stage.server.url);
    const key = keys.find(
      (k) => k.keyPurpose === 'auth' && k.status === 'good' && !k.bin && k.algorithm === 'GOST2015-512',
    );
    expect(key, 'the individual’s GOST 2015 authentication key').toBeDefined();
    return key!;
  }

  it('registers an individual with the test signer, confirms by the e-mailed link, logs in with the signature and sees the cabinet (REG-5..REG-12, ACC-6)', async () => {
    const key = await individualAuthKey();
    const email = 'aslan.akhmetov@example.kz';
    // A phone-sized window: the wizard must work where most people register.
    const context = await stage.browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/register`);
    await expect.poll(() => page.getByTestId('register-title').textContent()).toBe(accountRu.account.register.title);

    // REG-5: the user type; the wizard will not move on without one.
    await page.getByTestId('register-next').click();
    expect(await page.getByTestId('register-problem').textContent()).toBe(accountRu.account.register.problems.userType);
    await page.getByTestId('user-type-foreign_trade_participant').click();
    await page.getByTestId('register-next').click();

    // REG-6: the IIN, its check digit judged as it is typed.
    const iinInput = page.getByTestId('register-iin-bin');
    const wrong = key.iin.slice(0, 11) + ((Number(key.iin[11]) + 1) % 10);
    await iinInput.fill(wrong);
    expect(await iinInput.getAttribute('data-check')).toBe('check_digit');
    await iinInput.fill(key.iin);
    expect(await iinInput.getAttribute('data-check')).toBe('iin');
    await page.getByTestId('register-next').click();

    // REG-7, REG-8: a password by length, not composition; the e-mail address.
    await page.getByTestId('register-password').fill('steppe eagle over the caspian');
    await page.getByTestId('register-password-again').fill('steppe eagle over the caspian');
    await page.getByTestId('register-next').click();
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-next').click();

    // REG-9: enter with the signature; REG-10: sign what was entered with the authentication key.
    expect(await page.getByTestId('register-step').getAttribute('data-step')).toBe('method');
    await page.getByTestId('register-next').click();
    expect(await page.getByTestId('register-step').getAttribute('data-step')).toBe('sign');
    expect(await page.getByTestId('registration-summary').innerText()).toContain(key.iin);
    await useTestSigner(page);
    await screenshot(page, 'registration-sign-phone-ru.png');
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    // Like NCALayer's window for an authentication, the picker lists authentication keys only.
    await page.getByTestId(`test-key-${key.id}`).waitFor(slow);
    expect(
      await page
        .locator('[data-testid^="test-key-"][data-status]')
        .evaluateAll((cards) => cards.every((card) => card.textContent?.includes('AUTH'))),
    ).toBe(true);
    await chooseKey(page, key.id);
    await expect
      .poll(() => page.getByTestId('registration-result').getAttribute('data-status'), slow)
      .toBe('awaiting_email_confirmation');
    expect(await page.getByTestId('registration-result').innerText()).toContain(email);
    await screenshot(page, 'registration-check-email-phone-ru.png');

    // REG-11: the confirmation link, from the development mailbox.
    // The outbox worker delivers within a second or two of the registration's transaction.
    const confirmation = async () => {
      const { messages } = (await (await fetch(`${stage.server.url}/api/v1/dev/mailbox`)).json()) as {
        messages: MailboxMessage[];
      };
      return messages.find((m) => m.to.includes(email) && m.kind === 'registration.confirm');
    };
    await expect.poll(confirmation, { ...slow, interval: 500 }).toBeDefined();
    const message = await confirmation();
    const link = new URL(message!.links.find((l) => l.includes('/register/confirm?token='))!);
    await page.goto(`${stage.server.url}${link.pathname}${link.search}`);
    await expect.poll(() => page.getByTestId('confirm-result').getAttribute('data-state'), slow).toBe('confirmed');

    // The same link twice: already used, and the page says what that means.
    const again = await context.newPage();
    await again.goto(`${stage.server.url}${link.pathname}${link.search}`);
    await expect
      .poll(() => again.getByTestId('confirm-result').getAttribute('data-code'), slow)
      .toBe('REG_CONFIRMATION_INVALID');
    await again.close();

    // ACC-6: log in with the signature over a fresh challenge; the cabinet shows who logged in.
    await page.getByTestId('confirm-login').click();
    await expect.poll(() => page.getByTestId('login-title').textContent()).toBe(accountRu.account.login.title);
    await useTestSigner(page);
    await page.getByTestId('login-signature').click();
    await chooseKey(page, key.id);
    await expect.poll(() => page.getByTestId('cabinet-iin-bin').textContent(), slow).toBe(key.iin);
    expect(new URL(page.url()).pathname).toBe('/cabinet');
    expect(await page.getByTestId('cabinet-type').textContent()).toBe(
      accountRu.account.userTypes.foreign_trade_participant.name,
    );
    await expect.poll(() => page.getByTestId('session-row').count(), slow).toBe(1);
    expect(await page.getByTestId('session-row').getAttribute('data-current')).toBe('true');
    await expect
      .poll(() => page.locator('[data-testid="history-row"][data-action="auth.login"]').count(), slow)
      .toBeGreaterThan(0);
    await screenshot(page, 'cabinet-phone-ru.png');

    // Log out from the phone's menu: the account's one workplace is free again.
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-log-out').click();
    await expect.poll(() => page.getByTestId('nav-log-in').isVisible(), slow).toBe(true);
    await context.close();
  });

  it('sends a visitor of the cabinet to log in and back, refuses a second workplace (WD-22), and logs out (desktop)', async () => {
    const key = await individualAuthKey();
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/cabinet/profile`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/cabinet/profile');
    expect(await page.getByTestId('log-in').isVisible()).toBe(true);

    await useTestSigner(page);
    await page.getByTestId('login-signature').click();
    await chooseKey(page, key.id);
    await expect.poll(() => page.getByTestId('profile-title').isVisible(), slow).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/cabinet/profile');
    await expect.poll(() => page.getByTestId('certificate-row').count(), slow).toBe(1);
    expect(await page.getByTestId('user-name').textContent()).toBeTruthy();
    await screenshot(page, 'profile-desktop-ru.png');

    // WD-22: the same login from a second workplace while the only one is held is refused, and said so.
    const elsewhere = await stage.browser.newContext({ locale: 'ru-RU' });
    const other = await elsewhere.newPage();
    await other.goto(`${stage.server.url}/login`);
    await useTestSigner(other);
    await other.getByTestId('login-signature').click();
    await chooseKey(other, key.id);
    await expect
      .poll(() => other.getByTestId('login-problem').getAttribute('data-code'), slow)
      .toBe('AUTH_WORKPLACE_LIMIT');
    await elsewhere.close();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('log-out').click();
    await expect.poll(() => page.getByTestId('log-in').isVisible(), slow).toBe(true);
    expect(await (await context.request.get(`${stage.server.url}/api/v1/me`)).status()).toBe(401);
    await context.close();
  });

  it('asks the territorial body of Almaty for a login and password instead, in Kazakh, after a password the server refused (REG-7, REG-9, AST-2, AST-6)', async () => {
    const key = await individualAuthKey();
    const { items: regions } = (await (
      await fetch(`${stage.server.url}/api/v1/reference/classifiers/regions`)
    ).json()) as { items: Array<{ code: string; name: { kk: string } }> };
    const almaty = regions.find((region) => region.code === '75')!;
    const context = await stage.browser.newContext({ locale: 'kk-KZ', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stage.server.url}/register`);
    await expect.poll(() => page.getByTestId('register-title').textContent()).toBe(accountKk.account.register.title);

    // Another user type than the account made above: one account per IIN/BIN and type.
    await page.getByTestId('user-type-customs_carrier').click();
    await page.getByTestId('register-next').click();
    await page.getByTestId('register-iin-bin').fill(key.iin);
    await page.getByTestId('register-next').click();
    // The e-mail comes after the password, so only the server can tell that one holds the other.
    await page.getByTestId('register-password').fill('carrier of goods over the steppe');
    await page.getByTestId('register-password-again').fill('carrier of goods over the steppe');
    await page.getByTestId('register-next').click();
    await page.getByTestId('register-email').fill('carrier@example.kz');
    await page.getByTestId('register-next').click();

    await page.getByTestId('method-credentials').click();
    await page.getByTestId('register-next').click();
    expect(await page.getByTestId('register-problem').textContent()).toBe(accountKk.account.register.problems.region);
    await page.getByTestId('request-region').click();
    await page.getByRole('option', { name: almaty.name.kk }).click();
    await page.getByTestId('request-identity-number').fill('012345678');
    await page.getByTestId('request-identity-date').fill('2020-05-01');
    await page.getByTestId('request-name').fill('Ахметов Аслан Серікұлы');
    await page.getByTestId('request-phone').fill('+7 701 000 00 00');
    await page.getByTestId('register-next').click();

    await useTestSigner(page, kk);
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await chooseKey(page, key.id);

    // REG_PASSWORD_WEAK brings the user back to the password, saying why in their language.
    await expect.poll(() => page.getByTestId('register-step').getAttribute('data-step'), slow).toBe('password');
    const said = await page.getByTestId('register-step').innerText();
    expect(said).toContain(accountKk.account.password.problems.contains_identifier);
    await page.getByTestId('register-password').fill('ақ жайық бойындағы қала');
    await page.getByTestId('register-password-again').fill('ақ жайық бойындағы қала');
    for (const step of ['email', 'method', 'sign']) {
      await page.getByTestId('register-next').click();
      expect(await page.getByTestId('register-step').getAttribute('data-step')).toBe(step);
    }
    await page.getByTestId('register-consent').check();
    await page.getByTestId('register-submit').click();
    await chooseKey(page, key.id);
    await expect
      .poll(() => page.getByTestId('registration-result').getAttribute('data-status'), slow)
      .toBe('credentials_requested');
    const number = await page.getByTestId('request-number').getAttribute('data-number');
    expect(number).toBeTruthy();
    await expect.poll(() => page.getByTestId('request-number').textContent(), slow).toContain('75000');
    expect(await page.getByTestId('request-number').textContent()).toContain(number!);
    await screenshot(page, 'registration-credentials-request-kk.png');
    await context.close();
  });

  it('asks which account to enter when the certificate opens two, enters the one chosen (AUTH_ACCOUNT_CHOICE_REQUIRED), and binds a reissued certificate (AST-8)', async () => {
    const key = await individualAuthKey();
    // A second account of the same person, made through the API as the wizard would make it.
    const url = stage.server.url;
    const { nonce } = (await (await fetch(`${url}/api/v1/auth/challenge`)).json()) as { nonce: string };
    const fields = { userType: 'customs_representative', iinBin: key.iin, email: 'broker@example.kz' };
    const signed = await fetch(`${url}/api/v1/dev/test-signer/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        keyId: key.id,
        format: 'cms',
        data: Buffer.from(JSON.stringify({ nonce, ...fields })).toString('base64'),
        detached: false,
      }),
    });
    const { cms } = (await signed.json()) as { cms: string };
    const registered = await fetch(`${url}/api/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...fields,
        password: 'customs agent of the great steppe',
        authMethod: 'signature',
        signature: cms,
        consent: { version: currentConsent.version, language: 'ru' },
      }),
    });
    expect(registered.status, await registered.clone().text()).toBe(201);
    const confirmation = async () => {
      const { messages } = (await (await fetch(`${url}/api/v1/dev/mailbox`)).json()) as { messages: MailboxMessage[] };
      return messages.find((m) => m.to.includes(fields.email) && m.kind === 'registration.confirm');
    };
    await expect.poll(confirmation, { ...slow, interval: 500 }).toBeDefined();
    const token = new URL((await confirmation())!.links[0]!).searchParams.get('token');
    const confirmed = await fetch(`${url}/api/v1/registrations/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(confirmed.status).toBe(200);

    const context = await stage.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await useTestSigner(page, en);
    await page.getByTestId('login-signature').click();
    await chooseKey(page, key.id);
    await page.getByTestId('account-choice').waitFor(slow);
    expect(await page.locator('[data-testid^="account-choice-"]').count()).toBe(2);
    expect(await page.getByTestId('account-choice').innerText()).toContain(
      accountEn.account.userTypes.customs_representative.name,
    );
    await page.waitForTimeout(300); // let the key picker finish fading out
    await page.screenshot({ path: path.join(resultsDir, 'login-account-choice-en.png') });
    await page
      .getByTestId('account-choice')
      .getByRole('button')
      .nth(await choiceIndexOf(page, accountEn.account.userTypes.customs_representative.name))
      .click();
    await expect
      .poll(() => page.getByTestId('cabinet-type').textContent(), slow)
      .toBe(accountEn.account.userTypes.customs_representative.name);
    expect(await page.getByTestId('cabinet-email').textContent()).toBe(fields.email);

    // AST-8: after a reissue the user binds the new certificate by signing a fresh challenge with it
    // (here the same person's RSA key stands for the reissued one); the old one is marked replaced.
    const keys = await testKeys(url);
    const reissued = keys.find(
      (k) => k.keyPurpose === 'auth' && k.status === 'good' && k.iin === key.iin && !k.bin && k.algorithm === 'RSA',
    )!;
    await page.goto(`${url}/cabinet/profile`);
    await expect.poll(() => page.getByTestId('certificate-row').count(), slow).toBe(1);
    await page.getByTestId('certificate-bind').click();
    await useTestSigner(page, en);
    await page.getByTestId('certificate-bind-sign').click();
    await chooseKey(page, reissued.id);
    await page.getByTestId('certificate-bound').waitFor(slow);
    await expect
      .poll(() => page.locator('[data-testid="certificate-row"][data-status="replaced"]').count(), slow)
      .toBe(1);
    expect(await page.locator('[data-testid="certificate-row"][data-status="active"]').innerText()).toContain('RSA');
    await page.waitForTimeout(300); // let the key picker finish fading out
    await screenshot(page, 'profile-certificate-reissued-en.png');
    await context.close();
  });
});

/** Which of the offered accounts (in their order on the page) is of the given user type. */
async function choiceIndexOf(page: Page, typeName: string): Promise<number> {
  const cards = await page.getByTestId('account-choice').locator('.mantine-Card-root').allInnerTexts();
  return cards.findIndex((text) => text.includes(typeName));
}
