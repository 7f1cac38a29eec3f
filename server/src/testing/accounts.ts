import { currentConsent } from '@shekara/contracts/accounts';
import { createCms, type KeyAlgorithm, signRaw } from '@shekara/nca';
import type { TestHolder } from '@shekara/nca/test-pki';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { SignatureSetup } from '../modules/signature/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import { deliverMail } from './outbox.ts';

/**
 * Test helpers for everything behind a log-in: signing as a test PKI holder, a cookie-keeping
 * browser over `app.inject()`, and registering a user end to end. Real signatures, real sessions.
 */
export const goodPassword = 'correct horse battery staple';

export function holder(setup: SignatureSetup, id: string, algorithm: KeyAlgorithm = 'GOST2015-512'): TestHolder {
  const found = setup.testPki!.holders.find((h) => h.id === id && h.algorithm === algorithm);
  if (!found) throw new Error(`no test holder ${id} (${algorithm})`);
  return found;
}

/** A base64 CMS with attached content, as NCALayer makes it, by a test holder. */
export function signAs(who: TestHolder, content: Uint8Array | string, signingTime = new Date()): string {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return Buffer.from(
    createCms({
      content: bytes,
      detached: false,
      certificate: who.certificate,
      algorithm: who.algorithm,
      sign: (b) => signRaw(who.key, b),
      signingTime,
    }),
  ).toString('base64');
}

/**
 * A browser for `app.inject()`: keeps cookies between requests and, like the web app, echoes the
 * CSRF cookie in the X-CSRF-Token header of state-changing requests.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(readonly app: FastifyInstance) {}

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const method = (options.method ?? 'GET').toUpperCase();
    const csrf = this.cookies.get('shekara_csrf');
    if (options.csrf !== false && csrf && !['GET', 'HEAD'].includes(method)) headers['x-csrf-token'] = csrf;
    const response = await this.target().inject({ ...options, headers });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone =
        cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() <= Date.now());
      if (gone) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** The application the next request goes to (a browser behind a load balancer spreads them: testing/nodes.ts). */
  protected target(): FastifyInstance {
    return this.app;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload?: unknown) {
    return this.request({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  }

  async challenge(): Promise<string> {
    const response = await this.get('/api/v1/auth/challenge');
    return (response.json() as { nonce: string }).nonce;
  }

  /** Log in by signing a fresh challenge with `who`'s auth key. */
  async logInAs(who: TestHolder, accountId?: string): Promise<LightMyRequestResponse> {
    const nonce = await this.challenge();
    return this.post('/api/v1/auth/login/signature', {
      signature: signAs(who, Buffer.from(nonce, 'base64')),
      ...(accountId ? { accountId } : {}),
    });
  }
}

export interface RegistrationOptions {
  userType?: string;
  iinBin?: string;
  email?: string;
  password?: string;
}

/** The registration body signed as the issue describes: CMS over {"nonce","userType","iinBin","email"}. */
export async function signedRegistration(browser: TestBrowser, who: TestHolder, options: RegistrationOptions = {}) {
  const body = {
    userType: options.userType ?? 'foreign_trade_participant',
    iinBin: options.iinBin ?? (who.roles.includes('legal_entity') ? who.bin! : who.iin),
    email: options.email ?? `${who.id}@example.kz`,
  };
  const nonce = await browser.challenge();
  const signature = signAs(who, JSON.stringify({ nonce, ...body }));
  return {
    ...body,
    password: options.password ?? goodPassword,
    authMethod: 'signature',
    signature,
    consent: { version: currentConsent.version, language: 'ru' },
  };
}

/** Registers `who` and follows the confirmation link from the mailbox; returns the new account's id. */
export async function registerAndConfirm(
  app: FastifyInstance,
  db: Database,
  clock: Clock,
  who: TestHolder,
  options: RegistrationOptions = {},
): Promise<string> {
  const browser = new TestBrowser(app);
  const body = await signedRegistration(browser, who, options);
  const registered = await browser.post('/api/v1/registrations', body);
  if (registered.statusCode !== 201) throw new Error(`registration failed: ${registered.body}`);
  const mail = (await deliverMail(db, clock)).find(
    (m) => m.to.includes(body.email) && m.kind === 'registration.confirm',
  );
  const token = new URL(mail!.links[0]!).searchParams.get('token')!;
  const confirmed = await browser.post('/api/v1/registrations/confirm', { token });
  if (confirmed.statusCode !== 200) throw new Error(`confirmation failed: ${confirmed.body}`);
  return (registered.json() as { registrationId: string }).registrationId;
}
