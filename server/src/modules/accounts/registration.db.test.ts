import { currentConsent } from '@shekara/contracts/accounts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { goodPassword, holder, signAs, signedRegistration, TestBrowser } from '../../testing/accounts.ts';
import { buildTestApp, codeOf } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { putTestPkiOnRegisters } from '../../testing/registers.ts';
import { testSignatureSetup } from '../../testing/signatures.ts';
import type { SignatureSetup } from '../signature/index.ts';

/** Self-registration with the NCA signature: REG-4..REG-12, issue 4 points 1–4. */
let db: Database;
let app: FastifyInstance;
let setup: SignatureSetup;
const clock = manualClock(new Date());

beforeAll(async () => {
  db = await openTestDatabase();
  // The test PKI's people and company are on the registers their user types need (REG-5).
  await putTestPkiOnRegisters(db);
  setup = await testSignatureSetup(clock);
  app = await buildTestApp(db, { clock, signatures: setup });
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const register = (browser: TestBrowser, body: unknown) => browser.post('/api/v1/registrations', body);
describe('registration with the signature, on the external module without a log-in (REG-4..REG-11, ACC-5)', () => {
  it('creates a pending account, e-mails a single-use link, and the link activates it (REG-11, REG-12)', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'individual-auth');
    const body = await signedRegistration(browser, who, {
      userType: 'customs_representative',
      email: 'aslan@example.kz',
    });
    const response = await register(browser, body);
    expect(response.statusCode).toBe(201);
    const { registrationId, status } = response.json() as { registrationId: string; status: string };
    expect(status).toBe('awaiting_email_confirmation');

    const { rows } = await db.query<{ status: string; password_hash: string }>(
      'select status, password_hash from accounts where id = $1',
      [registrationId],
    );
    expect(rows[0]!.status).toBe('pending_confirmation');
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);

    const mail = (await deliverMail(db, clock)).find((m) => m.to.includes('aslan@example.kz'))!;
    expect(mail.kind).toBe('registration.confirm');
    const link = new URL(mail.links[0]!);
    expect(link.pathname).toBe('/register/confirm');
    const token = link.searchParams.get('token')!;
    // Only a hash of the token is stored.
    const stored = await db.query<{ n: number }>(
      "select count(*)::int as n from email_confirmations where encode(token_sha256, 'escape') like $1",
      [`%${token}%`],
    );
    expect(stored.rows[0]!.n).toBe(0);

    const confirmed = await browser.post('/api/v1/registrations/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toEqual({ accountId: registrationId, status: 'active' });
    const again = await browser.post('/api/v1/registrations/confirm', { token });
    expect(codeOf(again)).toBe('REG_CONFIRMATION_INVALID');

    const audit = await auditOf(db, 'account', registrationId);
    expect(audit.map((a) => a.action)).toEqual(['registration.submit', 'registration.confirm']);
  });

  it('registers a legal entity by its BIN with an employee’s certificate that carries it', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'head-auth', 'RSA');
    const response = await register(browser, await signedRegistration(browser, who, { userType: 'customs_carrier' }));
    expect(response.statusCode).toBe(201);
  });

  it('refuses a bad IIN/BIN check digit (REG_IIN_BIN_INVALID), a bad e-mail and a weak password, each with its code', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'individual-auth');
    const base = await signedRegistration(browser, who);
    const badDigit = base.iinBin.slice(0, 11) + String((Number(base.iinBin[11]) + 1) % 10);
    expect(codeOf(await register(browser, { ...base, iinBin: badDigit }))).toBe('REG_IIN_BIN_INVALID');
    expect(codeOf(await register(browser, { ...base, email: 'not-an-address' }))).toBe('REG_EMAIL_INVALID');
    const weak = await register(browser, { ...base, password: 'Password2026!' });
    expect(codeOf(weak)).toBe('REG_PASSWORD_WEAK');
    expect((weak.json() as { error: { details: unknown } }).error.details).toEqual({ problem: 'common' });
    expect(codeOf(await register(browser, { ...base, password: 'short' }))).toBe('REG_PASSWORD_WEAK');
    expect(codeOf(await register(browser, { ...base, signature: undefined }))).toBe('REG_SIGNATURE_REQUIRED');
    expect(codeOf(await register(browser, { ...base, userType: 'smuggler' }))).toBe('VALIDATION_FAILED');
  });

  it('refuses a certificate of another person (REG_CERT_SUBJECT_MISMATCH)', async () => {
    const browser = new TestBrowser(app);
    const other = holder(setup, 'signer-auth');
    const body = await signedRegistration(browser, holder(setup, 'individual-auth'));
    const nonce = await browser.challenge();
    const forged = signAs(
      other,
      JSON.stringify({ nonce, userType: body.userType, iinBin: body.iinBin, email: body.email }),
    );
    expect(codeOf(await register(browser, { ...body, signature: forged }))).toBe('REG_CERT_SUBJECT_MISMATCH');
  });

  it('refuses a signing key, an unknown or reused nonce, and signed data that differ from the form', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'individual-auth', 'GOST2004');
    const body = await signedRegistration(browser, who, { email: 'nonce@example.kz' });
    const nonce = await browser.challenge();
    const signKey = signAs(
      holder(setup, 'individual-sign', 'GOST2004'),
      JSON.stringify({ nonce, userType: body.userType, iinBin: body.iinBin, email: body.email }),
    );
    expect(codeOf(await register(browser, { ...body, signature: signKey }))).toBe('SIG_WRONG_KEY_PURPOSE');

    const unknownNonce = signAs(
      who,
      JSON.stringify({
        nonce: Buffer.alloc(32, 7).toString('base64'),
        userType: body.userType,
        iinBin: body.iinBin,
        email: body.email,
      }),
    );
    expect(codeOf(await register(browser, { ...body, signature: unknownNonce }))).toBe('AUTH_CHALLENGE_INVALID');

    const otherEmail = await register(browser, { ...body, email: 'someone-else@example.kz' });
    expect(codeOf(otherEmail)).toBe('REG_SIGNED_DATA_MISMATCH');
    expect((otherEmail.json() as { error: { details: unknown } }).error.details).toEqual({
      differing: ['email'],
      extra: [],
    });

    expect((await register(browser, body)).statusCode).toBe(201);
    expect(codeOf(await register(browser, body))).toBe('AUTH_CHALLENGE_INVALID');
  });

  it('refuses expired and revoked certificates with their SIG_* codes', async () => {
    const browser = new TestBrowser(app);
    for (const [id, code] of [
      ['expired-sign', 'SIG_CERT_EXPIRED'],
      ['revoked-sign', 'SIG_CERT_REVOKED'],
    ] as const) {
      const who = holder(setup, id, 'RSA');
      const nonce = await browser.challenge();
      const body = { userType: 'foreign_trade_participant', iinBin: who.iin, email: `${id}@example.kz` };
      const response = await register(browser, {
        ...body,
        password: goodPassword,
        authMethod: 'signature',
        signature: signAs(who, JSON.stringify({ nonce, ...body })),
        consent: { version: currentConsent.version, language: 'ru' },
      });
      // These test certificates are signing keys; the verifier reports validity before purpose.
      expect([code, 'SIG_WRONG_KEY_PURPOSE']).toContain(codeOf(response));
    }
  });

  it('keeps one active account per IIN/BIN and user type (REG_ALREADY_REGISTERED), at submission and at confirmation', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'employee-auth', 'RSA');
    const first = await register(
      browser,
      await signedRegistration(browser, who, { userType: 'ip_rights_holder', email: 'first@example.kz' }),
    );
    const second = await register(
      browser,
      await signedRegistration(browser, who, { userType: 'ip_rights_holder', email: 'second@example.kz' }),
    );
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const mails = await deliverMail(db, clock);
    const tokenFor = (email: string) =>
      new URL(mails.find((m) => m.to.includes(email))!.links[0]!).searchParams.get('token');
    expect(
      (await browser.post('/api/v1/registrations/confirm', { token: tokenFor('first@example.kz') })).statusCode,
    ).toBe(200);
    expect(codeOf(await browser.post('/api/v1/registrations/confirm', { token: tokenFor('second@example.kz') }))).toBe(
      'REG_ALREADY_REGISTERED',
    );
    expect(
      codeOf(
        await register(
          browser,
          await signedRegistration(browser, who, { userType: 'ip_rights_holder', email: 'third@example.kz' }),
        ),
      ),
    ).toBe('REG_ALREADY_REGISTERED');
    // Another user type is another account.
    expect(
      (
        await register(
          browser,
          await signedRegistration(browser, who, { userType: 'customs_warehouse_owner', email: 'fourth@example.kz' }),
        )
      ).statusCode,
    ).toBe(201);
  });

  it('lets a confirmation link expire after 24 hours, and the registration with it (REG_CONFIRMATION_EXPIRED)', async () => {
    const browser = new TestBrowser(app);
    const who = holder(setup, 'signer-auth', 'GOST2004');
    await register(
      browser,
      await signedRegistration(browser, who, { userType: 'duty_free_shop_owner', email: 'late@example.kz' }),
    );
    const token = new URL(
      (await deliverMail(db, clock)).find((m) => m.to.includes('late@example.kz'))!.links[0]!,
    ).searchParams.get('token');
    clock.advance(24 * 3_600_000 + 1000);
    try {
      expect(codeOf(await browser.post('/api/v1/registrations/confirm', { token }))).toBe('REG_CONFIRMATION_EXPIRED');
    } finally {
      clock.advance(-(24 * 3_600_000 + 1000));
    }
  });

  it('writes refusals to the audit log too', async () => {
    const { rows } = await db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'registration.submit' and outcome = 'refused' and code = 'REG_CERT_SUBJECT_MISMATCH'",
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

describe('consent to the processing of personal data (Law No. 94-V)', () => {
  const who = () => holder(setup, 'signer-auth');
  const form = (browser: TestBrowser) =>
    signedRegistration(browser, who(), { userType: 'own_goods_warehouse_owner', email: 'consent@example.kz' });
  const accountsOfSigner = async () =>
    (await db.query<{ n: number }>(`select count(*)::int as n from accounts where email = 'consent@example.kz'`))
      .rows[0]!.n;

  it('refuses a registration without consent, or with consent to a wording no longer in force', async () => {
    const browser = new TestBrowser(app);
    const { consent: _given, ...withoutConsent } = await form(browser);
    const refused = await register(browser, withoutConsent);
    expect(refused.statusCode).toBe(400);
    expect(codeOf(refused)).toBe('REG_CONSENT_REQUIRED');
    const outdated = await register(browser, {
      ...(await form(browser)),
      consent: { version: '2020-01-01', language: 'ru' },
    });
    expect(outdated.statusCode).toBe(409);
    expect(codeOf(outdated)).toBe('REG_CONSENT_OUTDATED');
    expect(await accountsOfSigner()).toBe(0);
  });

  it('records which wording was agreed to, in which language, when and from where; the user sees it in the profile', async () => {
    const browser = new TestBrowser(app);
    const body = { ...(await form(browser)), consent: { version: currentConsent.version, language: 'kk' } };
    const response = await register(browser, body);
    expect(response.statusCode, response.body).toBe(201);
    const { registrationId } = response.json() as { registrationId: string };
    const { rows } = await db.query<{ version: string; language: string; given_at: Date; ip: string }>(
      'select version, language, given_at, ip from personal_data_consents where account_id = $1',
      [registrationId],
    );
    expect(rows).toEqual([{ version: currentConsent.version, language: 'kk', given_at: clock.now(), ip: '127.0.0.1' }]);

    const mail = (await deliverMail(db, clock)).find((m) => m.to.includes('consent@example.kz'))!;
    const token = new URL(mail.links[0]!).searchParams.get('token')!;
    expect((await browser.post('/api/v1/registrations/confirm', { token })).statusCode).toBe(200);
    expect((await browser.logInAs(who(), registrationId)).statusCode).toBe(200);
    const { consents } = (await browser.get('/api/v1/me/consents')).json() as {
      consents: { version: string; language: string; givenAt: string; text: string }[];
    };
    expect(consents).toEqual([
      {
        version: currentConsent.version,
        language: 'kk',
        givenAt: clock.now().toISOString(),
        text: currentConsent.text.kk,
      },
    ]);
  });
});
