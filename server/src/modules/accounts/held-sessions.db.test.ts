import { validIin } from '@shekara/nca/test-pki';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, signAs, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { issueLogin } from './account-repository.ts';
import { hashPassword } from './passwords.ts';

/** Never locked out (issue 19 point 4): ending a held session from the log-in page (WD-22, ACC-6). */
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock, {
  auth: { maxFailedLogins: 3, lockMinutes: 15, sessionIdleMinutes: 30, sessionAbsoluteHours: 12 },
});
let signatureAccount: string;
let passwordAccount: string;
const password = 'Issued-Password-2024!';

beforeAll(async () => {
  signatureAccount = await registerAndConfirm(app, db, clock, holder(setup, 'individual-auth'), {
    userType: 'foreign_trade_participant',
    email: 'aslan@example.kz',
  });
  passwordAccount = crypto.randomUUID();
  await db.query(
    `insert into accounts (id, kind, user_type, iin_bin, email, status, created_at, activated_at, updated_at)
     values ($1, 'user', 'customs_carrier', $2, 'carrier@example.kz', 'active', $3, $3, $3)`,
    [passwordAccount, validIin('1975-05-05', 3, 91), clock.now()],
  );
  await issueLogin(
    db,
    passwordAccount,
    { login: 'carrier-held', passwordHash: await hashPassword(password), registeringBodyCode: '75000' },
    clock.now(),
  );
}, 120_000);
beforeEach(async () => {
  await db.query(`update sessions set ended_at = $1, end_reason = 'logout' where ended_at is null`, [clock.now()]);
});

const byPassword = (browser: TestBrowser, secret = password) =>
  browser.post('/api/v1/auth/login/password', { login: 'carrier-held', password: secret });

type Release = { token: string; expiresAt: string };
const releaseOf = (response: { json(): unknown }) =>
  ((response.json() as { error?: { details?: { release?: Release } } }).error?.details?.release ??
    null) as Release | null;

const held = (browser: TestBrowser, token: string) => browser.post('/api/v1/auth/held-sessions', { token });
const endHeld = (browser: TestBrowser, body: { token: string; sessionId?: string; all?: true }) =>
  browser.post('/api/v1/auth/held-sessions/end', body);

const liveSessions = async (accountId: string) =>
  (
    await db.query<{ id: string }>('select id from sessions where account_id = $1 and ended_at is null', [accountId])
  ).rows.map((r) => r.id);

describe('a browser closed without logging out does not lock its holder out (issue 19 point 4, WD-22)', () => {
  it('after a verified signature, lists the held session and ends it; the same browser then logs in; audited', async () => {
    const who = holder(setup, 'individual-auth');
    const closed = new TestBrowser(app);
    expect(
      (
        await closed.request({
          method: 'POST',
          url: '/api/v1/auth/login/signature',
          headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' },
          payload: { signature: await signedChallenge(closed) },
        })
      ).statusCode,
    ).toBe(200);
    const [oldSession] = await liveSessions(signatureAccount);

    const other = new TestBrowser(app);
    const refused = await other.logInAs(who);
    expect(codeOf(refused)).toBe('AUTH_WORKPLACE_LIMIT');
    // The message no longer sends the user to a cabinet they cannot reach.
    expect((refused.json() as { error: { message: string } }).error.message).not.toMatch(/cabinet|кабинет/i);
    const release = releaseOf(refused)!;
    expect(release.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(new Date(release.expiresAt).getTime() - clock.now().getTime()).toBe(5 * 60_000);

    const list = await held(other, release.token);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      workplaces: 1,
      sessions: [{ id: oldSession, method: 'signature', device: 'Firefox 128 · Linux', ip: '127.0.0.1' }],
    });
    // Listing does not use the token up; ending does.
    expect((await endHeld(other, { token: release.token, sessionId: oldSession! })).json()).toEqual({ ended: 1 });
    expect(await liveSessions(signatureAccount)).toEqual([]);
    expect((await other.logInAs(who)).statusCode).toBe(200);
    expect(codeOf(await closed.get('/api/v1/me'))).toBe('AUTH_REQUIRED');

    const { rows } = await db.query<{ outcome: string; actor: string; details: Record<string, unknown> }>(
      `select outcome, actor_account_id as actor, details from audit_log
        where action = 'auth.session.end' and subject_id = $1 order by id`,
      [signatureAccount],
    );
    expect(rows).toEqual([
      {
        outcome: 'success',
        actor: signatureAccount,
        details: { sessionId: oldSession, by: 'login', proof: 'signature' },
      },
    ]);
  });

  it('after a right password, ends all the account’s sessions at once', async () => {
    const first = new TestBrowser(app);
    expect((await byPassword(first)).statusCode).toBe(200);
    const second = new TestBrowser(app);
    const refused = await byPassword(second);
    expect(codeOf(refused)).toBe('AUTH_WORKPLACE_LIMIT');
    const release = releaseOf(refused)!;
    expect((await endHeld(second, { token: release.token, all: true })).json()).toEqual({ ended: 1 });
    expect((await byPassword(second)).statusCode).toBe(200);
    const { rows } = await db.query<{ details: Record<string, unknown> }>(
      `select details from audit_log where action = 'auth.session.end' and subject_id = $1 and outcome = 'success'`,
      [passwordAccount],
    );
    expect(rows.map((r) => r.details.proof)).toEqual(['password']);
  });

  it('reveals nothing without the proof: a wrong password or a bad signature carries no token', async () => {
    const first = new TestBrowser(app);
    await byPassword(first);
    const guesser = new TestBrowser(app);
    const wrong = await byPassword(guesser, 'not-the-password-1A!');
    expect(codeOf(wrong)).toBe('AUTH_INVALID_CREDENTIALS');
    expect(releaseOf(wrong)).toBeNull();
    expect(JSON.stringify(wrong.json())).not.toMatch(/session/i);
    const forged = await guesser.post('/api/v1/auth/login/signature', {
      signature: Buffer.alloc(64).toString('base64'),
    });
    expect(codeOf(forged)).not.toBe('AUTH_WORKPLACE_LIMIT');
    expect(releaseOf(forged)).toBeNull();
    // A made-up token opens nothing.
    expect(codeOf(await held(guesser, 'A'.repeat(43)))).toBe('SESSION_RELEASE_INVALID');
    expect(codeOf(await endHeld(guesser, { token: 'A'.repeat(43), all: true }))).toBe('SESSION_RELEASE_INVALID');
    expect(await liveSessions(passwordAccount)).toHaveLength(1);
  });

  it('a right password for an account it may not enter at that level gets no token: access suspended', async () => {
    const first = new TestBrowser(app);
    await byPassword(first);
    await db.query(`update accounts set access_status = 'suspended' where id = $1`, [passwordAccount]);
    try {
      const refused = await byPassword(new TestBrowser(app));
      expect(codeOf(refused)).toBe('ACCESS_SUSPENDED');
      expect(releaseOf(refused)).toBeNull();
      expect(await liveSessions(passwordAccount)).toHaveLength(1);
    } finally {
      await db.query(`update accounts set access_status = 'active' where id = $1`, [passwordAccount]);
    }
  });

  it('a token serves once, for five minutes, from the browser it was given to', async () => {
    const first = new TestBrowser(app);
    await byPassword(first);
    const second = new TestBrowser(app);
    const release = releaseOf(await byPassword(second))!;
    // Another browser (another device cookie) cannot use it, even to list.
    const thief = new TestBrowser(app);
    expect(codeOf(await held(thief, release.token))).toBe('SESSION_RELEASE_INVALID');
    expect(codeOf(await endHeld(thief, { token: release.token, all: true }))).toBe('SESSION_RELEASE_INVALID');
    expect(await liveSessions(passwordAccount)).toHaveLength(1);

    expect((await endHeld(second, { token: release.token, all: true })).statusCode).toBe(200);
    // Used up: a session opened meanwhile cannot be ended with it, nor the sessions listed.
    await byPassword(first);
    expect(codeOf(await endHeld(second, { token: release.token, all: true }))).toBe('SESSION_RELEASE_INVALID');
    expect(codeOf(await held(second, release.token))).toBe('SESSION_RELEASE_INVALID');

    const late = releaseOf(await byPassword(second))!;
    clock.advance(5 * 60_000 + 1000);
    expect(codeOf(await held(second, late.token))).toBe('SESSION_RELEASE_INVALID');
    expect(codeOf(await endHeld(second, { token: late.token, all: true }))).toBe('SESSION_RELEASE_INVALID');
    expect(await liveSessions(passwordAccount)).toHaveLength(1);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'auth.session.end' and outcome = 'refused' and code = 'SESSION_RELEASE_INVALID'`,
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(4);
  });

  it('never touches another account’s session', async () => {
    const carrier = new TestBrowser(app);
    await byPassword(carrier);
    const [carrierSession] = await liveSessions(passwordAccount);
    const who = holder(setup, 'individual-auth');
    await new TestBrowser(app).logInAs(who);
    const other = new TestBrowser(app);
    const release = releaseOf(await other.logInAs(who))!;
    const list = (await held(other, release.token)).json() as { sessions: { id: string }[] };
    expect(list.sessions.map((s) => s.id)).not.toContain(carrierSession);
    expect(codeOf(await endHeld(other, { token: release.token, sessionId: carrierSession! }))).toBe(
      'SESSION_NOT_FOUND',
    );
    expect(await liveSessions(passwordAccount)).toEqual([carrierSession]);
    expect((await carrier.get('/api/v1/me')).statusCode).toBe(200);
  });
});

async function signedChallenge(browser: TestBrowser): Promise<string> {
  return signAs(holder(setup, 'individual-auth'), Buffer.from(await browser.challenge(), 'base64'));
}
