import { describe, expect, it } from 'vitest';
import accountEn from '../web/src/features/account/locales/en.json';
import en from '../web/src/i18n/locales/en.json';
import { registerAndLogIn } from './accounts.ts';
import { browserUnavailableReason } from './browser.ts';
import { chooseKey, screenshot, slow, testKeys, useTestSigner } from './helpers.ts';
import { useStage } from './stage.ts';

const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`e2e skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('never locked out by a closed browser (issue 19 point 4, WD-22)', () => {
  // A server of its own: the account made here is of a test PKI person other specs make into other accounts.
  const stage = useStage('never-locked-out');

  it('ends the session of a browser closed without logging out from the log-in page, and reaches the cabinet', async () => {
    const key = (await testKeys(stage.server.url)).find(
      (k) => k.keyPurpose === 'auth' && k.status === 'good' && !k.bin && k.algorithm === 'GOST2015-512',
    )!;
    // One workplace, held by a browser that is then closed without logging out.
    const first = await stage.browser.newContext({ locale: 'en-GB' });
    await registerAndLogIn(first, stage.server.url, { keyId: key.id, iinBin: key.iin, email: 'lockout@example.kz' });
    const cabinet = await first.newPage();
    await cabinet.goto(`${stage.server.url}/cabinet/profile`);
    await expect.poll(() => cabinet.getByTestId('profile-title').isVisible(), slow).toBe(true);
    await first.close();

    const second = await stage.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await second.newPage();
    await page.goto(`${stage.server.url}/login`);
    await useTestSigner(page, en);
    await page.getByTestId('login-signature').click();
    await chooseKey(page, key.id);
    await expect
      .poll(() => page.getByTestId('login-problem').getAttribute('data-code'), slow)
      .toBe('AUTH_WORKPLACE_LIMIT');
    // The advice no longer sends the user to a cabinet they cannot reach.
    expect(await page.getByTestId('login-problem').textContent()).toContain(accountEn.account.login.advice.workplaces);
    await expect.poll(() => page.getByTestId('held-session').count(), slow).toBe(1);
    const row = await page.getByTestId('held-session').textContent();
    expect(row).toMatch(/Chrome \d+/);
    expect(row).toContain('127.0.0.1');
    await screenshot(page, 'login-held-sessions-en.png');

    await page.getByTestId('held-session-end').click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toMatch(/^\/cabinet/);
    const sessions = (await (await second.request.get(`${stage.server.url}/api/v1/me/sessions`)).json()) as {
      sessions: { current: boolean }[];
    };
    expect(sessions.sessions).toEqual([expect.objectContaining({ current: true })]);
    await second.close();
  });
});
