import path from 'node:path';
import { type DataReadReason, dataReadReasonLabels } from '@shekara/contracts/accounts';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import ru from '../web/src/i18n/locales/ru.json';
import { resultsDir } from './stage.ts';

// Signing, verifying with its CRL look-up and hashing passwords take a moment on a shared machine.
export const slow = { timeout: 30_000 };
/** What a whole signed submission or decision takes on such a machine. */
export const slower = { timeout: 60_000 };

/**
 * Waits until the web app has taken the page over: the home page arrives prerendered, and its
 * language switch and menus work only from then (issue 19 point 11).
 */
export async function appReady(page: Page) {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', ...slow });
}

/** Errors control finds in the open document, or -1 while control is not ready. */
export async function controlErrors(page: Page): Promise<number> {
  if ((await page.getByTestId('control-state').getAttribute('data-state')) !== 'ready') return -1;
  return Number(await page.getByTestId('control-state').getAttribute('data-errors'));
}

/** A key of the server's test PKI, as GET /api/v1/dev/test-signer/keys lists it. */
export interface TestKey {
  id: string;
  algorithm: 'RSA' | 'GOST2004' | 'GOST2015-512';
  keyPurpose: 'auth' | 'sign';
  iin: string;
  bin?: string;
  status: 'good' | 'expired' | 'revoked';
}

/** The keys the development server's test signer offers. */
export async function testKeys(serverUrl: string): Promise<TestKey[]> {
  const response = await fetch(`${serverUrl}/api/v1/dev/test-signer/keys`);
  expect(response.status, 'the development server offers the test signer').toBe(200);
  return ((await response.json()) as { keys: TestKey[] }).keys;
}

/** A CMS by a test key, through the development test signer (what the web app's test signer calls). */
export async function testSign(
  request: APIRequestContext,
  serverUrl: string,
  keyId: string,
  data: Buffer,
): Promise<string> {
  const signed = await request.post(`${serverUrl}/api/v1/dev/test-signer/sign`, {
    data: { keyId, format: 'cms', data: data.toString('base64'), detached: false },
  });
  expect(signed.status()).toBe(200);
  return ((await signed.json()) as { cms: string }).cms;
}

/** A fresh log-in challenge from the server. */
export async function challenge(request: APIRequestContext, serverUrl: string): Promise<string> {
  return ((await (await request.get(`${serverUrl}/api/v1/auth/challenge`)).json()) as { nonce: string }).nonce;
}

/** Switches to the test signer once the page has looked for NCALayer and found the test keys. */
export async function useTestSigner(page: Page, language: { signing: { choice: { test: string } } } = ru) {
  await page.getByTestId('signer-choice').waitFor(slow);
  await page.getByTestId('signer-choice').getByText(language.signing.choice.test).click();
  await expect.poll(() => page.getByTestId('signer-panel').getAttribute('data-kind'), slow).toBe('test');
}

/** States why an officer opens a person's data (ACC-7), as the officer does above the page. */
export async function chooseReadReason(page: Page, reason: DataReadReason, language: 'kk' | 'ru' | 'en' = 'ru') {
  await page.getByTestId('read-reason').click(slow);
  await page.getByRole('option', { name: dataReadReasonLabels[reason][language] }).click();
}

/** Picks a key in the test signer's picker, as a user would. */
export async function chooseKey(page: Page, keyId: string) {
  await page.getByTestId(`test-key-${keyId}`).getByTestId('test-key-choose').click(slow);
}

/** A full-page picture from the top, so the fixed header sits where a reader expects it. */
export async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(resultsDir, name), fullPage: true });
}

/**
 * Ticks the officer's decision in the decision dialog. The dialog may still be opening when the
 * click comes, and then the click changes nothing (seen once in CI: "did not change its state"):
 * it is given again, a few times, before the test gives up.
 */
export async function chooseDecision(page: Page, decision: string): Promise<void> {
  const choice = page.getByTestId(`decision-${decision}`);
  for (let attempt = 1; ; attempt++) {
    try {
      await choice.check({ force: true, timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.waitForTimeout(500);
    }
  }
}
