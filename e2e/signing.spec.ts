import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import kk from '../web/src/i18n/locales/kk.json';
import ru from '../web/src/i18n/locales/ru.json';
import { browserUnavailableReason } from './browser.ts';
import { screenshot, slow, type TestKey, testKeys } from './helpers.ts';
import { resultsDir, useSharedStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('signing and checking signatures in Chromium', () => {
  // The shared server offers its test signer (development mode). Nothing listens on NCALayer's port here.
  const stage = useSharedStage();

  async function openVerifyPage(): Promise<Page> {
    const context = await stage.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(stage.server.url);
    await page.getByTestId('home-verify-link').click();
    await expect.poll(() => page.getByTestId('verify-title').textContent()).toBe(ru.signatures.page.title);
    return page;
  }

  /** Signs the sample with the test signer, choosing the key in the picker as a user would. */
  async function signSampleWith(page: Page, key: TestKey, text: string) {
    await page.getByTestId('sample-text').fill(text);
    await page.getByTestId('sample-sign').click();
    await page.getByTestId(`test-key-${key.id}`).getByTestId('test-key-choose').click();
  }

  it('says in Russian that NCALayer is not running and what to do about it', async () => {
    const page = await openVerifyPage();
    await expect.poll(() => page.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('not_running');
    const guide = page.getByTestId('ncalayer-guide');
    const text = await guide.innerText();
    expect(text).toContain(ru.signing.ncalayer.notRunning.title);
    expect(text).toContain(ru.signing.ncalayer.notRunning.start);
    expect(text).toContain(ru.signing.ncalayer.notRunning.allow);
    expect(text).toContain(ru.signing.ncalayer.notRunning.reload);
    expect(await page.getByTestId('ncalayer-download').getAttribute('href')).toMatch(/^https:\/\/pki\.gov\.kz\//);
    await screenshot(page, 'signing-ncalayer-not-running-ru.png');

    // Signing through NCALayer anyway fails with the same explanation, not with a raw socket error.
    await page.getByTestId('sample-sign').click();
    await expect
      .poll(() => page.getByTestId('signing-error').getAttribute('data-code'), slow)
      .toBe('NCALAYER_NOT_RUNNING');
    expect(await page.getByTestId('signing-error').innerText()).toContain(ru.signing.errors.NCALAYER_NOT_RUNNING);

    // A development server offers its test signer instead, and the guidance says so.
    expect(await page.getByTestId('ncalayer-guide').innerText()).toContain(ru.signing.ncalayer.notRunning.testSigner);
    await page.context().close();
  });

  it('signs a sample with the test signer and finds it valid; a revoked key’s signature is not, in Russian and Kazakh', async () => {
    const keys = await testKeys(stage.server.url);
    const good = keys.find((key) => key.keyPurpose === 'sign' && key.status === 'good');
    const revoked = keys.find((key) => key.keyPurpose === 'sign' && key.status === 'revoked');
    expect(good, 'a good signing key').toBeDefined();
    expect(revoked, 'a revoked signing key').toBeDefined();

    const page = await openVerifyPage();
    await expect.poll(() => page.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('not_running');
    await page.getByTestId('use-test-signer').click();
    expect(await page.getByTestId('signer-panel').getAttribute('data-kind')).toBe('test');

    // The picker, like NCALayer's window, offers only signing keys for a document.
    await page.getByTestId('sample-text').fill('Декларация 10000/221126/0000001 — Қазақстан');
    await page.getByTestId('sample-sign').click();
    await page.getByTestId(`test-key-${good!.id}`).waitFor();
    const listed = page.locator('[data-testid^="test-key-"][data-status]');
    expect(await listed.count()).toBe(keys.filter((key) => key.keyPurpose === 'sign').length);
    await page.waitForTimeout(300); // let the modal finish fading in
    await page.screenshot({ path: path.join(resultsDir, 'signing-key-picker-ru.png') });
    await page.getByTestId(`test-key-${good!.id}`).getByTestId('test-key-choose').click();

    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('true');
    expect(await page.getByTestId('verify-result-badge').textContent()).toBe(ru.signatures.result.valid);
    expect(await page.getByTestId('signer-iin').textContent()).toBe(good!.iin);
    expect(await page.getByTestId('signer-key-purpose').textContent()).toBe(ru.signing.purpose.sign);
    await screenshot(page, 'signing-valid-ru.png');

    await signSampleWith(page, revoked!, 'Подпись отозванным ключом');
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('false');
    expect(await page.getByTestId('verify-result').getAttribute('data-code')).toBe('SIG_CERT_REVOKED');
    expect(await page.getByTestId('verify-result-badge').textContent()).toBe(ru.signatures.result.invalid);
    expect(await page.getByTestId('verify-message').innerText()).toContain(ru.signatures.codes.SIG_CERT_REVOKED);
    expect(await page.getByTestId('verify-revocation').getAttribute('data-status')).toBe('revoked');
    await screenshot(page, 'signing-revoked-ru.png');

    await page.getByTestId('language-switch').getByText(kk.language.kk).click();
    await expect.poll(() => page.getByTestId('verify-title').textContent()).toBe(kk.signatures.page.title);
    expect(await page.getByTestId('verify-result-badge').textContent()).toBe(kk.signatures.result.invalid);
    expect(await page.getByTestId('verify-message').innerText()).toContain(kk.signatures.codes.SIG_CERT_REVOKED);
    await page.waitForTimeout(300); // let the language switch's indicator finish sliding
    await screenshot(page, 'signing-revoked-kk.png');

    // Back on NCALayer, the guidance now speaks Kazakh.
    await page.getByTestId('signer-choice').getByText(kk.signing.choice.ncalayer).click();
    expect(await page.getByTestId('ncalayer-guide').innerText()).toContain(kk.signing.ncalayer.notRunning.title);
    expect(await page.getByTestId('ncalayer-guide').innerText()).toContain(kk.signing.ncalayer.notRunning.start);
    await screenshot(page, 'signing-ncalayer-not-running-kk.png');
    await page.context().close();
  });

  it('signs an XML sample with an authentication key and finds the key purpose', async () => {
    const keys = await testKeys(stage.server.url);
    const auth = keys.find(
      (key) => key.keyPurpose === 'auth' && key.status === 'good' && key.algorithm === 'GOST2015-512',
    );
    expect(auth, 'a good GOST 2015 authentication key').toBeDefined();

    const page = await openVerifyPage();
    await expect.poll(() => page.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('not_running');
    await page.getByTestId('signer-choice').getByText(ru.signing.choice.test).click();
    await page.getByTestId('sample-format').getByText(ru.signing.sample.format.xml).click();
    await page.getByTestId('sample-purpose').getByText(ru.signing.purpose.auth).click();
    await page.getByTestId('sample-sign').click();
    await page.getByTestId(`test-key-${auth!.id}`).waitFor();
    expect(await page.locator('[data-testid^="test-key-"][data-status]').count()).toBe(
      keys.filter((key) => key.keyPurpose === 'auth').length,
    );
    await page.getByTestId(`test-key-${auth!.id}`).getByTestId('test-key-choose').click();

    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('true');
    expect(await page.getByTestId('signer-iin').textContent()).toBe(auth!.iin);
    expect(await page.getByTestId('signer-key-purpose').textContent()).toBe(ru.signing.purpose.auth);
    expect(await page.getByTestId('sample-signature').inputValue()).toContain('<sample>');
    await page.context().close();
  });

  it('checks an uploaded or pasted detached CMS with its data, and refuses the data altered', async () => {
    const keys = await testKeys(stage.server.url);
    const good = keys.find((key) => key.keyPurpose === 'sign' && key.status === 'good')!;
    const content = 'Проверка отделённой подписи';
    const response = await fetch(`${stage.server.url}/api/v1/dev/test-signer/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        keyId: good.id,
        format: 'cms',
        data: Buffer.from(content).toString('base64'),
        detached: true,
      }),
    });
    expect(response.status).toBe(200);
    const { cms } = (await response.json()) as { cms: string };

    // Files as a user has them: the signature in binary DER, the signed document as it is.
    const page = await openVerifyPage();
    const [signatureFile, dataFile] = [
      page.locator('input[type="file"]').nth(0),
      page.locator('input[type="file"]').nth(1),
    ];
    await signatureFile.setInputFiles({
      name: 'document.txt.cms',
      mimeType: 'application/pkcs7-signature',
      buffer: Buffer.from(cms, 'base64'),
    });
    await dataFile.setInputFiles({ name: 'document.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
    await expect.poll(() => page.getByTestId('verify-data').inputValue()).toBe(Buffer.from(content).toString('base64'));
    expect(await page.getByTestId('verify-cms').inputValue()).toBe(cms);
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('true');
    expect(await page.getByTestId('signer-iin').textContent()).toBe(good.iin);

    await page.getByTestId('verify-data').fill(Buffer.from('Другие данные').toString('base64'));
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('false');
    expect(await page.getByTestId('verify-result').getAttribute('data-code')).toMatch(
      /^SIG_(CONTENT_MISMATCH|BAD_SIGNATURE)$/,
    );

    // What is not base64 never reaches the server.
    await page.getByTestId('verify-cms').fill('not a signature!');
    await page.getByTestId('verify-submit').click();
    expect(await page.getByTestId('verify-invalid-input').textContent()).toBe(ru.signatures.form.notBase64);
    await page.context().close();
  });
});
