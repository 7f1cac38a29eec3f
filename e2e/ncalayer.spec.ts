import { describe, expect, it } from 'vitest';
import en from '../web/src/i18n/locales/en.json';
import { browserUnavailableReason } from './browser.ts';
import { screenshot, slow, testKeys } from './helpers.ts';
import { imitateNcaLayer } from './ncalayer-imitation.ts';
import { useSharedStage, useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('signing through NCALayer in Chromium (issue 19 point 12)', () => {
  const stage = useSharedStage();

  it('offers the storages NCALayer reports; with a token plugged in the user signs with a key file, through basics', async () => {
    const key = (await testKeys(stage.server.url)).find((k) => k.keyPurpose === 'sign' && k.status === 'good')!;
    const context = await stage.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const ncaLayer = await imitateNcaLayer(page, {
      serverUrl: stage.server.url,
      tokens: ['AKKaztokenStore'],
      keyId: key.id,
    });
    await page.goto(`${stage.server.url}/signatures/verify`);
    await page.getByTestId('language-switch').getByText(en.language.en).click();
    await expect.poll(() => page.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('running');

    const storages = page.getByTestId('ncalayer-storage');
    expect(await storages.getByRole('radio').count()).toBe(2);
    expect(await page.getByTestId('ncalayer-storage-PKCS12').textContent()).toContain(en.signing.storage.file);
    expect(await page.getByTestId('ncalayer-storage-AKKaztokenStore').textContent()).toContain(
      en.signing.storage.kaztoken,
    );
    // The user had the token, then chose the file: the file it is.
    await page.getByTestId('ncalayer-storage-AKKaztokenStore').getByRole('radio').check();
    await page.getByTestId('ncalayer-storage-PKCS12').getByRole('radio').check();
    expect(await storages.getAttribute('data-storage')).toBe('PKCS12');
    await screenshot(page, 'ncalayer-storage-choice-en.png');

    await page.getByTestId('sample-sign').click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('true');
    expect(await page.getByTestId('signer-iin').textContent()).toBe(key.iin);
    const signing = ncaLayer.requests.filter((r) => r.method === 'sign');
    expect(signing).toEqual([
      expect.objectContaining({
        module: 'kz.gov.pki.knca.basics',
        args: expect.objectContaining({ allowedStorages: ['PKCS12'], format: 'cms' }),
      }),
    ]);
    expect(ncaLayer.requests.some((r) => r.method === 'createCAdESFromBase64')).toBe(false);
    await context.close();
  });
});

describe.skipIf(unavailable !== null)(
  'a signature whose revocation was not checked says so (issue 19 point 12)',
  () => {
    // A server of its own that checks no revocation (SIGNATURE_REVOCATION=none), as an operator may run it.
    const stage = useStage('revocation-unchecked', { env: { SIGNATURE_REVOCATION: 'none' } });

    it('falls back to the key file when NCALayer cannot say which tokens are plugged in, and says revocation was not checked', async () => {
      const key = (await testKeys(stage.server.url)).find((k) => k.keyPurpose === 'sign' && k.status === 'good')!;
      const context = await stage.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const ncaLayer = await imitateNcaLayer(page, { serverUrl: stage.server.url, tokens: 'broken', keyId: key.id });
      await page.goto(`${stage.server.url}/signatures/verify`);
      await page.getByTestId('language-switch').getByText(en.language.en).click();
      await expect.poll(() => page.getByTestId('ncalayer-status').getAttribute('data-status'), slow).toBe('running');
      expect(await page.getByTestId('ncalayer-tokens-failed').textContent()).toBe(en.signing.storage.tokensFailed);
      expect(await page.getByTestId('ncalayer-storage').getByRole('radio').count()).toBe(1);

      await page.getByTestId('sample-sign').click();
      await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-valid'), slow).toBe('true');
      expect(await page.getByTestId('verify-revocation').getAttribute('data-status')).toBe('not_checked');
      expect(await page.getByTestId('verify-revocation-unchecked').textContent()).toBe(
        en.signatures.revocation.unchecked,
      );
      expect(await page.getByTestId('signing-error').count()).toBe(0);
      expect(ncaLayer.requests.find((r) => r.method === 'sign')?.args).toMatchObject({ allowedStorages: ['PKCS12'] });
      await screenshot(page, 'ncalayer-revocation-unchecked-en.png');
      await context.close();
    });
  },
);
