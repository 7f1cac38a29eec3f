import { beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import { holder, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { assertMaySubmit } from './submission-guard.ts';
import { applicationFor, pdfText, staffBrowser } from './test-helpers.ts';

/** Suspension, revocation and granting access again, enforced by the server: WD-24, WD-27..WD-30. */
// Months pass in these tests: the application's clock moves, signatures are judged at the real time.
const clock = manualClock('2027-01-31T04:00:00Z');
const { db, app, setup } = await databaseTestSuite(clock, { signaturesAt: 'real time' });
let officer: Awaited<ReturnType<typeof staffBrowser>>;
let user: { accountId: string; login: string; password: string };
let workplace: string;
const newPassword = 'a long new pass phrase 2027';

beforeAll(async () => {
  officer = await staffBrowser(app, db, clock, holder(setup, 'employee-auth'), {
    kind: 'officer',
    officeCode: '75000',
  });
  // A Web-declarant user of Almaty's department, who has changed the one-time password.
  const paper = await officer.browser.post(
    '/api/v1/officer/web-declarant/applications',
    applicationFor(holder(setup, 'individual-sign'), { workplaces: 1 }),
  );
  const { applicationId } = paper.json() as { applicationId: string };
  const issued = (
    await officer.browser.post(`/api/v1/officer/web-declarant/applications/${applicationId}/issue`)
  ).json() as { accountId: string; logins: string[] };
  const letter = await pdfText(
    (await officer.browser.get(`/api/v1/officer/web-declarant/applications/${applicationId}/letter.pdf`)).rawPayload,
  );
  user = {
    accountId: issued.accountId,
    login: issued.logins[0]!,
    password: /Одноразовый пароль \(рабочее место 1\) (\S{16})/.exec(letter)![1]!,
  };
  const first = new TestBrowser(app);
  await first.post('/api/v1/auth/login/password', { login: user.login, password: user.password });
  await first.post('/api/v1/me/password', { currentPassword: user.password, newPassword });
  await first.post('/api/v1/auth/logout');
  workplace = first.cookies.get('shekara_workplace')!;
}, 120_000);

/** A fresh browser at the user's one workplace: the login is bound to it (WD-22). */
const atTheWorkplace = () => {
  const browser = new TestBrowser(app);
  browser.cookies.set('shekara_workplace', workplace);
  return browser;
};
const logIn = (browser = atTheWorkplace()) =>
  browser.post('/api/v1/auth/login/password', { login: user.login, password: newPassword });
const act = async (path: string, body: unknown) => {
  clock.advance(1_000); // one request after another, as an officer works
  await officer.relogin();
  return officer.browser.post(`/api/v1/officer/accounts/${user.accountId}/access/${path}`, body);
};
const days = (n: number) => n * 86_400_000;

describe('suspension for handing access to a third party (WD-23, WD-24)', () => {
  it('ends the live session at once, refuses log-in with ACCESS_SUSPENDED, and lifting it lets the user in again', async () => {
    const session = atTheWorkplace();
    expect((await logIn(session)).statusCode).toBe(200);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);

    const suspended = await act('suspend', { reason: 'Логин передан третьему лицу' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json()).toMatchObject({ measure: 'suspended', accessStatus: 'suspended', permanent: false });
    expect(codeOf(await session.get('/api/v1/me'))).toBe('AUTH_REQUIRED');
    expect(codeOf(await logIn())).toBe('ACCESS_SUSPENDED');
    await expect(assertMaySubmit(db, user.accountId)).rejects.toMatchObject({ code: 'ACCESS_SUSPENDED' });
    expect(codeOf(await act('suspend', { reason: 'again' }))).toBe('ACCESS_MEASURE_NOT_APPLICABLE');

    expect((await act('lift-suspension', {})).json()).toMatchObject({ accessStatus: 'active' });
    const again = atTheWorkplace();
    expect((await logIn(again)).statusCode).toBe(200);
    await expect(assertMaySubmit(db, user.accountId)).resolves.toBeUndefined();
    await again.post('/api/v1/auth/logout');
    expect(codeOf(await act('lift-suspension', {}))).toBe('ACCESS_MEASURE_NOT_APPLICABLE');

    const mails = (await deliverMail(db, clock)).filter((m) => m.to.includes('aslan@example.kz')).map((m) => m.kind);
    expect(mails).toEqual(expect.arrayContaining(['access.suspended', 'access.suspension_lifted']));
  });
});

describe('revocation and granting access again (WD-27..WD-30)', () => {
  it('refuses log-in and every submission while revoked, and grants access again only a calendar month after the notice (WD-28, WD-29)', async () => {
    const session = atTheWorkplace();
    expect((await logIn(session)).statusCode).toBe(200);
    // 31 January: one month later is 28 February (the month has no 31st).
    const revoked = await act('revoke', { reason: 'Нарушение пунктов 23–25 Правил', ground: 'rules_broken' });
    expect(revoked.json()).toMatchObject({
      accessStatus: 'revoked',
      noticeOn: '2027-01-31',
      earliestRegrant: '2027-02-28',
    });
    expect(codeOf(await session.get('/api/v1/me'))).toBe('AUTH_REQUIRED');
    expect(codeOf(await logIn())).toBe('ACCESS_REVOKED');
    await expect(assertMaySubmit(db, user.accountId)).rejects.toMatchObject({ code: 'ACCESS_REVOKED' });

    const early = await act('regrant', { causeRemoved: true, note: 'Нарушение устранено' });
    expect(codeOf(early)).toBe('ACCESS_REGRANT_TOO_EARLY');
    expect((early.json() as { error: { details: { earliest: string } } }).error.details.earliest).toBe('2027-02-28');
    expect(codeOf(await act('regrant', { causeRemoved: false }))).toBe('VALIDATION_FAILED');

    clock.set('2027-02-27T18:00:00Z'); // 23:00 on the 27th in Almaty: still a day early
    expect(codeOf(await act('regrant', { causeRemoved: true }))).toBe('ACCESS_REGRANT_TOO_EARLY');
    clock.set('2027-02-27T19:30:00Z'); // 00:30 on the 28th in Almaty
    const regranted = await act('regrant', { causeRemoved: true, note: 'Нарушение устранено' });
    expect(regranted.statusCode, regranted.body).toBe(200);
    expect(regranted.json()).toMatchObject({ accessStatus: 'active' });
    expect((await logIn()).statusCode).toBe(200);
  });

  it('disables the login for good at the fourth revocation: log-in and regrant refused with ACCESS_DISABLED_PERMANENTLY (WD-30)', async () => {
    for (const n of [2, 3]) {
      clock.advance(days(1));
      const revoked = await act('revoke', { reason: `Отзыв ${n}`, ground: 'code_revoked' });
      expect(revoked.json()).toMatchObject({ accessStatus: 'revoked', permanent: false });
      clock.advance(days(32));
      expect((await act('regrant', { causeRemoved: true })).statusCode).toBe(200);
    }
    clock.advance(days(1));
    const fourth = await act('revoke', { reason: 'Отзыв 4', ground: 'rules_broken' });
    expect(fourth.json()).toMatchObject({ accessStatus: 'disabled', permanent: true, earliestRegrant: null });
    expect(codeOf(await logIn())).toBe('ACCESS_DISABLED_PERMANENTLY');
    await expect(assertMaySubmit(db, user.accountId)).rejects.toMatchObject({ code: 'ACCESS_DISABLED_PERMANENTLY' });
    clock.advance(days(400));
    expect(codeOf(await act('regrant', { causeRemoved: true }))).toBe('ACCESS_DISABLED_PERMANENTLY');
    expect(codeOf(await act('suspend', { reason: 'x' }))).toBe('ACCESS_DISABLED_PERMANENTLY');

    const access = (
      await officer.browser.get(`/api/v1/officer/accounts/${user.accountId}/access?reason=access_measure`)
    ).json() as {
      accessStatus: string;
      revocations: number;
      measures: { measure: string; permanent: boolean; bodyCode: string }[];
    };
    expect(access).toMatchObject({ accessStatus: 'disabled', revocations: 4 });
    expect(access.measures.map((m) => m.measure)).toEqual([
      'suspended',
      'suspension_lifted',
      'revoked',
      'regranted',
      'revoked',
      'regranted',
      'revoked',
      'regranted',
      'revoked',
    ]);
    expect(access.measures.at(-1)).toMatchObject({ permanent: true, bodyCode: '75000' });
    expect(
      (await deliverMail(db, clock)).some((m) => m.kind === 'access.disabled' && m.to.includes('aslan@example.kz')),
    ).toBe(true);
  });

  it('writes every measure and every refusal to the audit log with the registering body', async () => {
    const audit = (await auditOf(db, 'account', user.accountId)).filter((a) => a.action.startsWith('access.'));
    const taken = audit.filter((a) => a.outcome === 'success');
    expect(taken.map((a) => a.action)).toEqual([
      'access.suspended',
      'access.suspension_lifted',
      'access.revoked',
      'access.regranted',
      'access.revoked',
      'access.regranted',
      'access.revoked',
      'access.regranted',
      'access.revoked',
    ]);
    expect(taken.every((a) => a.bodyCode === '75000' && a.actorAccountId === officer.id)).toBe(true);
    expect(audit.filter((a) => a.outcome === 'refused').map((a) => a.code)).toEqual(
      expect.arrayContaining([
        'ACCESS_MEASURE_NOT_APPLICABLE',
        'ACCESS_REGRANT_TOO_EARLY',
        'ACCESS_DISABLED_PERMANENTLY',
      ]),
    );
  });
});

describe('who may take measures', () => {
  it('an officer of another department gets 404; an administrator may; a user may not', async () => {
    const astana = await staffBrowser(app, db, clock, holder(setup, 'signer-auth'), {
      kind: 'officer',
      officeCode: '71000',
    });
    expect(
      codeOf(await astana.browser.get(`/api/v1/officer/accounts/${user.accountId}/access?reason=access_measure`)),
    ).toBe('ACCOUNT_NOT_FOUND');
    expect(
      codeOf(await astana.browser.post(`/api/v1/officer/accounts/${user.accountId}/access/suspend`, { reason: 'x' })),
    ).toBe('ACCOUNT_NOT_FOUND');
    const admin = await staffBrowser(app, db, clock, holder(setup, 'head-auth'), { kind: 'admin' });
    expect(
      (await admin.browser.get(`/api/v1/officer/accounts/${user.accountId}/access?reason=access_measure`)).statusCode,
    ).toBe(200);
    expect(codeOf(await admin.browser.get(`/api/v1/officer/accounts/${officer.id}/access?reason=access_measure`))).toBe(
      'ACCOUNT_NOT_FOUND',
    );
    expect(
      codeOf(
        await new TestBrowser(app).post(`/api/v1/officer/accounts/${user.accountId}/access/suspend`, { reason: 'x' }),
      ),
    ).toBe('AUTH_REQUIRED');
  });
});
