import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import { logInDeclarant } from '../../../testing/declarations.ts';
import { loggedInStaff } from '../../../testing/staff.ts';

/**
 * An officer reads a payer's advance account (ACC-14) only for a stated reason (ACC-7): the read
 * is on record, and the payer's users see it among their data reads. The account is a payer's,
 * not a body's, so any officer may read it — including one of another department.
 */
const clock = manualClock('2026-04-07T05:00:00Z');
const t = { ...(await databaseTestSuite(clock, { signaturesAt: 'real time' })), clock };
const payer = await logInDeclarant(t, 'individual');
const { browser: officer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'employee-auth'), {
  kind: 'officer',
  email: 'cashier@example.kz',
  officeCode: '75101',
  displayName: 'КАССИРОВА АЙГУЛЬ',
});
const { browser: farOfficer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'signer-auth'), {
  kind: 'officer',
  email: 'far@example.kz',
  officeCode: '71000',
});

const accountUrl = (iinBin: string) => `/api/v1/officer/payments/advance-accounts/${iinBin}`;
const postingsUrl = (iinBin: string, query: string) => `${accountUrl(iinBin)}/postings?${query}`;

const dataReads = async () =>
  (
    await t.db.query<{
      subjectType: string;
      subjectId: string;
      bodyCode: string | null;
      details: Record<string, unknown>;
    }>(
      `select subject_type as "subjectType", subject_id as "subjectId", body_code as "bodyCode", details
         from audit_log where action = 'data.read' order by id`,
    )
  ).rows;

const credited = await officer.post(`${accountUrl(payer.iinBin)}/deposits`, {
  amount: '2500.00',
  bankDocument: { number: 'PP-0042', date: '2026-04-06' },
  idempotencyKey: 'officer-read-0001',
});
expect(credited.statusCode, credited.body).toBe(201);

describe('ACC-14, ACC-7: an officer reads a payer’s advance account for a stated reason', () => {
  it('ACC-7: refuses a read without a reason from the list, before the payer is looked at, and writes nothing', async () => {
    const before = (await dataReads()).length;
    const bare = await officer.get(accountUrl(payer.iinBin));
    expect([bare.statusCode, codeOf(bare)]).toEqual([400, 'DATA_READ_REASON_REQUIRED']);
    // the same answer for a number nobody can hold: no probing without a stated reason
    expect(codeOf(await officer.get(accountUrl('123456789012')))).toBe('DATA_READ_REASON_REQUIRED');
    const postings = await officer.get(postingsUrl(payer.iinBin, 'from=2026-04-01&to=2026-04-30'));
    expect([postings.statusCode, codeOf(postings)]).toEqual([400, 'DATA_READ_REASON_REQUIRED']);
    const made = await officer.get(postingsUrl(payer.iinBin, 'from=2026-04-01&to=2026-04-30&reason=curiosity'));
    expect(made.statusCode).toBe(400);
    const kk = await officer.request({
      method: 'GET',
      url: accountUrl(payer.iinBin),
      headers: { 'accept-language': 'kk' },
    });
    expect((kk.json() as { error: { message: string } }).error.message).toContain('себебін');
    // a reason, but a number that is no IIN/BIN or a period backwards: refused, and no read on record
    const badPayer = await officer.get(`${accountUrl('123456789012')}?reason=customs_control`);
    expect([badPayer.statusCode, codeOf(badPayer)]).toEqual([400, 'LEDGER_PAYER_INVALID']);
    const backwards = await officer.get(
      postingsUrl(payer.iinBin, 'from=2026-04-30&to=2026-04-01&reason=customs_control'),
    );
    expect([backwards.statusCode, codeOf(backwards)]).toEqual([400, 'LEDGER_PERIOD_INVALID']);
    expect(await dataReads()).toHaveLength(before);
  });

  it('ACC-14: with a reason, answers the balance and the postings of a period, each read on record', async () => {
    const before = (await dataReads()).length;
    const balance = await officer.get(`${accountUrl(payer.iinBin)}?reason=customs_control`);
    expect(balance.statusCode, balance.body).toBe(200);
    expect(balance.headers['cache-control']).toMatch(/no-store/);
    expect(balance.json()).toEqual({
      payer: payer.iinBin,
      currency: 'KZT',
      available: '2500.00',
      reserved: '0.00',
      total: '2500.00',
    });
    const list = await officer.get(postingsUrl(payer.iinBin, 'from=2026-04-01&to=2026-04-30&reason=customs_control'));
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { postings: unknown[] }).postings).toMatchObject([
      { kind: 'deposit', amount: '2500.00', availableChange: '2500.00', bankDocument: { number: 'PP-0042' } },
    ]);
    const reads = (await dataReads()).slice(before);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      subjectType: 'personal_data',
      subjectId: payer.accountId,
      bodyCode: '75101',
      details: {
        reason: 'customs_control',
        object: 'advance_account',
        objectId: payer.iinBin,
        readerName: 'КАССИРОВА АЙГУЛЬ',
        readerKind: 'officer',
      },
    });
  });

  it('ACC-7: the payer sees the reads of its account among its data reads, named in its language', async () => {
    const answer = await payer.browser.request({
      method: 'GET',
      url: '/api/v1/me/data-reads',
      headers: { 'accept-language': 'ru' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const reads = (
      answer.json() as { reads: { object: string; objectId: string; officerName: string; reasonLabel: string }[] }
    ).reads;
    expect(reads.filter((read) => read.object === 'advance_account')).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      object: 'advance_account',
      objectId: payer.iinBin,
      officerName: 'КАССИРОВА АЙГУЛЬ',
      reasonLabel: 'Таможенный контроль',
    });
  });

  it('ACC-14: an officer of another department reads the account too (a payer’s, not a body’s), on record at their own body', async () => {
    const read = await farOfficer.get(`${accountUrl(payer.iinBin)}?reason=user_request`);
    expect(read.statusCode, read.body).toBe(200);
    expect((read.json() as { available: string }).available).toBe('2500.00');
    expect((await dataReads()).at(-1)).toMatchObject({ bodyCode: '71000', details: { reason: 'user_request' } });
  });

  it('ACC-7: a payer with no account yet still leaves the read on record, under its IIN/BIN', async () => {
    const bin = '101140000016';
    const read = await officer.get(`${accountUrl(bin)}?reason=audit_check`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ payer: bin, available: '0.00', total: '0.00' });
    expect((await dataReads()).at(-1)).toMatchObject({ subjectType: 'iin_bin', subjectId: bin });
  });

  it('ACC-14: neither a user nor an anonymous caller reads a payer’s account through the officer’s route', async () => {
    const own = await payer.browser.get(`${accountUrl(payer.iinBin)}?reason=user_request`);
    expect(own.statusCode).toBe(403);
    const anonymous = await new TestBrowser(t.app).get(`${accountUrl(payer.iinBin)}?reason=user_request`);
    expect(anonymous.statusCode).toBe(401);
  });
});
