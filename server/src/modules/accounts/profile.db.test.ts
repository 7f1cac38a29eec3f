import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, signAs, TestBrowser } from '../../testing/accounts.ts';
import { codeOf } from '../../testing/app.ts';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { deliverMail } from '../../testing/outbox.ts';
import { loggedInStaff } from '../../testing/staff.ts';

/** The user's own data and certificate (ACC-23, AST-8): changes are logged and the registering body sees them. */
const clock = manualClock(new Date());
const { db, app, setup } = await databaseTestSuite(clock);
let accountId: string;

beforeAll(async () => {
  accountId = await registerAndConfirm(app, db, clock, holder(setup, 'individual-auth', 'RSA'), {
    userType: 'authorized_economic_operator',
    email: 'aeo@example.kz',
  });
  await db.query(`update accounts set registering_body_code = '71000' where id = $1`, [accountId]);
}, 120_000);

describe('changing one’s own data (ACC-23, AST-8)', () => {
  it('edits contact data, tells the old address, and logs the change for the registering body', async () => {
    const user = new TestBrowser(app);
    await user.logInAs(holder(setup, 'individual-auth', 'RSA'));
    expect(codeOf(await user.request({ method: 'PATCH', url: '/api/v1/me', payload: { email: 'broken' } }))).toBe(
      'REG_EMAIL_INVALID',
    );
    const changed = await user.request({
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { email: 'aeo.new@example.kz', phone: '+7 717 200 00 00', postalAddress: 'Астана, Мәңгілік Ел 8' },
    });
    expect(changed.statusCode).toBe(204);
    const me = (await user.get('/api/v1/me')).json() as { email: string; phone: string; postalAddress: string };
    expect(me).toMatchObject({
      email: 'aeo.new@example.kz',
      phone: '+7 717 200 00 00',
      postalAddress: 'Астана, Мәңгілік Ел 8',
    });
    const notice = (await deliverMail(db, clock)).find((m) => m.kind === 'account.contact_changed')!;
    expect(notice.to).toEqual(['aeo@example.kz']);
    const { rows } = await db.query<{ body_code: string; details: { before: unknown; after: unknown } }>(
      `select body_code, details from audit_log where action = 'account.contact.change' and subject_id = $1`,
      [accountId],
    );
    expect(rows[0]).toMatchObject({
      body_code: '71000',
      details: { before: { email: 'aeo@example.kz', phone: null }, after: { email: 'aeo.new@example.kz' } },
    });
    await user.post('/api/v1/auth/logout');
  });

  it('binds a reissued certificate proved by a signature with the new key; the old one is marked replaced', async () => {
    const user = new TestBrowser(app);
    await user.logInAs(holder(setup, 'individual-auth', 'RSA'));
    const newKey = holder(setup, 'individual-auth', 'GOST2015-512');
    const bound = await user.post('/api/v1/me/certificates', {
      signature: signAs(newKey, Buffer.from(await user.challenge(), 'base64')),
    });
    expect(bound.statusCode).toBe(200);
    expect(bound.json()).toMatchObject({ serialNumber: newKey.serialNumber, replaced: 1 });
    const { certificates } = (await user.get('/api/v1/me/certificates')).json() as {
      certificates: { serialNumber: string; status: string }[];
    };
    expect(certificates.map((c) => [c.serialNumber, c.status])).toEqual([
      [newKey.serialNumber, 'active'],
      [holder(setup, 'individual-auth', 'RSA').serialNumber, 'replaced'],
    ]);
    // Another person's key cannot be bound.
    const stranger = signAs(holder(setup, 'signer-auth'), Buffer.from(await user.challenge(), 'base64'));
    expect(codeOf(await user.post('/api/v1/me/certificates', { signature: stranger }))).toBe(
      'REG_CERT_SUBJECT_MISMATCH',
    );
    await user.post('/api/v1/auth/logout');
  });

  it('shows the registering body’s officer every change, and the user their own history', async () => {
    const { browser: officer } = await loggedInStaff(app, db, clock, holder(setup, 'employee-auth', 'RSA'), {
      kind: 'officer',
      email: 'astana@example.kz',
      officeCode: '71000',
    });
    const detail = (await officer.get(`/api/v1/officer/accounts/${accountId}?reason=user_request`)).json() as {
      history: { action: string }[];
      certificates: unknown[];
    };
    expect(detail.history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['account.contact.change', 'account.certificate.bind', 'registration.confirm']),
    );
    expect(detail.certificates).toHaveLength(2);
    const list = (await officer.get('/api/v1/officer/accounts')).json() as { accounts: { id: string }[] };
    expect(list.accounts.map((a) => a.id)).toEqual([accountId]);

    const user = new TestBrowser(app);
    await user.logInAs(holder(setup, 'individual-auth', 'GOST2015-512'));
    const { entries } = (await user.get('/api/v1/me/history')).json() as { entries: { action: string }[] };
    expect(entries[0]!.action).toBe('auth.login');
    expect(entries.map((e) => e.action)).toContain('account.certificate.bind');
  });
});
