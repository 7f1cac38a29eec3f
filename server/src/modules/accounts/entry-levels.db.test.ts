import { organization } from '@shekara/nca/test-pki';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { goodPassword, holder, registerAndConfirm, signAs, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { issueLogin } from './account-repository.ts';
import { hashPassword } from './passwords.ts';

/**
 * The two levels of entry (issue 15 point 1): a password opens the external part of the cabinet;
 * customs documents, filing and signing need a session proven with the account's activated NCA
 * signature (AST-1, ACC-6, ACC-9), and an account made from a paper request activates its
 * signature from the cabinet before it can file (AST-3).
 */
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock);
let individualAccount: string;

beforeAll(async () => {
  individualAccount = await registerAndConfirm(app, db, clock, holder(setup, 'individual-auth'));
}, 120_000);

const levelOf = async (browser: TestBrowser) =>
  ((await browser.get('/api/v1/me')).json() as { session: { level: string } }).session.level;

/** A CMS over a fresh challenge by the test PKI holder `id`'s authentication key. */
const signedChallenge = async (browser: TestBrowser, id: string) =>
  signAs(holder(setup, id), Buffer.from(await browser.challenge(), 'base64'));

/** An account as a territorial body makes it from a paper request: a login and password, no certificate. */
async function paperRequestAccount(login: string, iinBin: string): Promise<string> {
  const id = crypto.randomUUID();
  await db.query(
    `insert into accounts (id, kind, user_type, iin_bin, email, status, created_at, activated_at, updated_at)
     values ($1, 'user', 'foreign_trade_participant', $2, $3, 'active', $4, $4, $4)`,
    [id, iinBin, `${login}@example.kz`, clock.now()],
  );
  await issueLogin(db, id, { login, passwordHash: await hashPassword(goodPassword) }, clock.now());
  // The one-time password is changed already: this test is about the signature.
  await db.query('update accounts set must_change_password = false where id = $1', [id]);
  return id;
}

describe('two levels of entry: the external part of the cabinet and the internal module (REG-2, AST-1, ACC-6, ACC-9)', () => {
  it('a password session reads the external part only, and the account’s own signature raises it to the internal module (AST-1, ACC-6)', async () => {
    const browser = new TestBrowser(app);
    const iin = holder(setup, 'individual-auth').iin;
    const entered = await browser.post('/api/v1/auth/login/password', {
      login: iin,
      password: goodPassword,
      accountId: individualAccount,
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(await levelOf(browser)).toBe('password');

    // The external part: profile, certificates, what was delivered.
    expect((await browser.get('/api/v1/me/certificates')).statusCode).toBe(200);
    expect((await browser.get('/api/v1/declarations/decisions')).statusCode).toBe(200);
    expect(
      (await browser.request({ method: 'PATCH', url: '/api/v1/me', payload: { phone: '+7 701 111 2233' } })).statusCode,
    ).toBe(204);
    // The internal module: customs documents, filing.
    const refused = await browser.request({
      method: 'GET',
      url: '/api/v1/declarations',
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('AUTH_SIGNATURE_REQUIRED');
    expect((refused.json() as { error: { message: string } }).error.message).toContain('ЭЦП');
    expect(codeOf(await browser.post('/api/v1/declarations', { kind: 'goods_declaration', document: {} }))).toBe(
      'AUTH_SIGNATURE_REQUIRED',
    );

    // Another person's key is not this account's signature; the session stays where it was.
    const foreign = await browser.post('/api/v1/auth/session/signature', {
      signature: await signedChallenge(browser, 'signer-auth'),
    });
    expect(codeOf(foreign)).toBe('AUTH_CERTIFICATE_NOT_BOUND');
    expect(await levelOf(browser)).toBe('password');

    const passwordToken = browser.cookies.get('shekara_session');
    const proven = await browser.post('/api/v1/auth/session/signature', {
      signature: await signedChallenge(browser, 'individual-auth'),
    });
    expect(proven.statusCode, proven.body).toBe(200);
    expect((proven.json() as { session: { level: string } }).session.level).toBe('signature');
    // New tokens: the password session's token no longer opens anything.
    expect(browser.cookies.get('shekara_session')).not.toBe(passwordToken);
    const stale = await app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `shekara_session=${passwordToken}` },
    });
    expect(stale.statusCode).toBe(401);
    expect((await browser.get('/api/v1/declarations')).statusCode).toBe(200);

    const { rows } = await db.query<{ action: string }>(
      `select action from audit_log where subject_id = $1 and action = 'auth.session.prove'`,
      [individualAccount],
    );
    expect(rows).toHaveLength(1);
  });

  it('an account made from a paper request files only after it binds and activates its signature in the cabinet (AST-3)', async () => {
    const accountId = await paperRequestAccount('paper.org', organization.bin);
    const browser = new TestBrowser(app);
    expect(
      (await browser.post('/api/v1/auth/login/password', { login: 'paper.org', password: goodPassword })).statusCode,
    ).toBe(200);
    expect(codeOf(await browser.get('/api/v1/declarations'))).toBe('AUTH_SIGNATURE_NOT_ACTIVATED');

    // A certificate that does not speak for the organisation's BIN activates nothing.
    const stranger = await browser.post('/api/v1/me/certificates', {
      signature: await signedChallenge(browser, 'individual-auth'),
    });
    expect(codeOf(stranger)).toBe('REG_CERT_SUBJECT_MISMATCH');
    expect(codeOf(await browser.get('/api/v1/declarations'))).toBe('AUTH_SIGNATURE_NOT_ACTIVATED');

    const bound = await browser.post('/api/v1/me/certificates', {
      signature: await signedChallenge(browser, 'head-auth'),
    });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(await levelOf(browser)).toBe('signature');
    expect((await browser.get('/api/v1/declarations')).statusCode).toBe(200);

    // From now on the password and this very certificate open the internal module at log-in.
    await browser.post('/api/v1/auth/logout');
    const again = await browser.post('/api/v1/auth/login/password', {
      login: 'paper.org',
      password: goodPassword,
      signature: await signedChallenge(browser, 'head-auth'),
    });
    expect((again.json() as { session: { level: string } }).session.level).toBe('signature');
    const active = await db.query('select 1 from account_certificates where account_id = $1 and status = $2', [
      accountId,
      'active',
    ]);
    expect(active.rows).toHaveLength(1);
  });

  it('a signature log-in to an account that has no certificate activates the one it used (AST-3)', async () => {
    const signer = holder(setup, 'signer-auth');
    const accountId = await paperRequestAccount('paper.person', signer.iin);
    const browser = new TestBrowser(app);
    const entered = await browser.logInAs(signer, accountId);
    expect(entered.statusCode, entered.body).toBe(200);
    expect(await levelOf(browser)).toBe('signature');
    const { rows } = await db.query<{ details: { how: string } }>(
      `select details from audit_log where subject_id = $1 and action = 'account.certificate.activate'`,
      [accountId],
    );
    expect(rows.map((r) => r.details.how)).toEqual(['signature_login']);
    const certificates = (await browser.get('/api/v1/me/certificates')).json() as { certificates: unknown[] };
    expect(certificates.certificates).toHaveLength(1);
  });
});
