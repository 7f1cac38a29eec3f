import { currentConsent } from '@shekara/contracts/accounts';
import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { challenge, slow, testSign } from './helpers.ts';

/*
 * Accounts for the browser suites, made through the API as a client would: registration signed
 * with the holder's authentication key, the confirmation link from the development mailbox, and a
 * signature log-in. Shared by every suite that needs a user other than the development staff.
 */

interface MailboxMessage {
  to: string[];
  kind: string | null;
  links: string[];
}

/**
 * Logs in with a test key by signature. Where the certificate opens several accounts (a person who
 * is also an organisation's employee), the one of `kind` is chosen.
 */
export async function logInWithKey(
  request: APIRequestContext,
  serverUrl: string,
  keyId: string,
  kind?: 'admin' | 'officer' | 'user',
): Promise<void> {
  const attempt = async (accountId?: string) => {
    const nonce = await challenge(request, serverUrl);
    const signature = await testSign(request, serverUrl, keyId, Buffer.from(nonce, 'base64'));
    return request.post(`${serverUrl}/api/v1/auth/login/signature`, {
      data: { signature, ...(accountId && { accountId }) },
    });
  };
  let answer = await attempt();
  if (answer.status() === 409 && kind) {
    const { accounts } = (
      (await answer.json()) as { error: { details: { accounts: { accountId: string; kind: string }[] } } }
    ).error.details;
    answer = await attempt(accounts.find((a) => a.kind === kind)?.accountId);
  }
  expect(answer.status(), await answer.text()).toBe(200);
}

/**
 * Registers a foreign trade participant (an organisation by its BIN, or an individual by its IIN),
 * or a user of another type, with the holder's authentication key, confirms the e-mail from the
 * development mailbox, and logs the context in by signature (choosing the user's account where
 * the holder also has another).
 */
export async function registerAndLogIn(
  context: BrowserContext,
  serverUrl: string,
  account: { keyId: string; iinBin: string; email: string; userType?: string },
): Promise<void> {
  const body = {
    userType: account.userType ?? 'foreign_trade_participant',
    iinBin: account.iinBin,
    email: account.email,
  };
  const nonce = await challenge(context.request, serverUrl);
  const signature = await testSign(
    context.request,
    serverUrl,
    account.keyId,
    Buffer.from(JSON.stringify({ nonce, ...body })),
  );
  const registered = await context.request.post(`${serverUrl}/api/v1/registrations`, {
    data: {
      ...body,
      password: 'steppe eagle over the caspian',
      authMethod: 'signature',
      signature,
      consent: { version: currentConsent.version, language: 'ru' },
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  const confirmation = async () => {
    const { messages } = (await (await context.request.get(`${serverUrl}/api/v1/dev/mailbox`)).json()) as {
      messages: MailboxMessage[];
    };
    return messages.find((m) => m.to.includes(account.email) && m.kind === 'registration.confirm');
  };
  await expect.poll(confirmation, { ...slow, interval: 500 }).toBeDefined();
  const token = new URL((await confirmation())!.links.find((l) => l.includes('token='))!).searchParams.get('token');
  const confirmed = await context.request.post(`${serverUrl}/api/v1/registrations/confirm`, { data: { token } });
  expect(confirmed.status()).toBe(200);
  await logInWithKey(context.request, serverUrl, account.keyId, 'user');
}

/** The anti-forgery header of the context's session, for state-changing API calls. */
export async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((c) => c.name === 'shekara_csrf')?.value;
  return { 'x-csrf-token': decodeURIComponent(token ?? '') };
}
