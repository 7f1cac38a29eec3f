import { plannedHolders } from '@shekara/nca/test-pki';
import type { BrowserContext } from 'playwright-core';
import { registerAndLogIn } from './accounts.ts';
import type { Stage } from './stage.ts';

/*
 * Who the browser suites act as: holders of the project's test PKI. The organisation is the one
 * whose head holds `head-auth`/`head-sign`; АХМЕТОВ АСЛАН (`individual-auth`/`individual-sign`) is
 * staged as an officer of Almaty's department (75000), over the offices 75101 (a clearance centre)
 * and 75301 (the airport checkpoint).
 */

export const holder = (id: string) => plannedHolders.find((h) => h.id === id)!;

export const organisationBin = holder('head-auth').bin!;

export const officerIin = holder('individual-auth').iin;

/** The test signer's GOST 2015 key of a holder, by the holder's key id (`head-sign`). */
export const gostKey = (id: string) => `GOST2015-512:${id}`;

/** A browser context of the test organisation: registered through the API with its head's key, logged in, in Russian. */
export async function organisationContext(
  stage: Stage,
  email: string,
  viewport: { width: number; height: number } = { width: 1440, height: 1000 },
): Promise<BrowserContext> {
  const context = await stage.browser.newContext({ locale: 'ru-RU', viewport });
  await registerAndLogIn(context, stage.server.url, { keyId: gostKey('head-auth'), iinBin: organisationBin, email });
  return context;
}
