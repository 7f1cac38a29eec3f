import { randomUUID } from 'node:crypto';
import type { TestHolder } from '@shekara/nca/test-pki';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, type TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  goodsDocument,
  logInDeclarant,
  signPayload,
  submitSigned,
} from '../../../testing/declarations.ts';
import { deliverMail } from '../../../testing/outbox.ts';
import { loggedInStaff } from '../../../testing/staff.ts';
import { addDays, almatyDate } from '../../reference/index.ts';
import { issuePaymentDueNotices } from './obligations.ts';

/**
 * Applications about money over HTTP with real signatures (ACC-21, ACC-14, WD-16): the payer's
 * signed application for a deferral, an instalment or a refund; the officer's signed decision;
 * obligations, the payment-due notices and the overdue list.
 */
const clock = manualClock(new Date());
const t = { ...(await databaseTestSuite(clock, { signaturesAt: 'real time' })), clock };
const payer = await logInDeclarant(t, 'head');
const officerKeys = { auth: holder(t.setup, 'employee-auth'), sign: holder(t.setup, 'employee-sign') };
const { browser: officer, relogin: reloginOfficer } = await loggedInStaff(t.app, t.db, clock, officerKeys.auth, {
  kind: 'officer',
  email: 'payments.officer@example.kz',
  officeCode: '75101',
});
const farKeys = { auth: holder(t.setup, 'signer-auth'), sign: holder(t.setup, 'signer-sign') };
const { browser: farOfficer, relogin: reloginFar } = await loggedInStaff(t.app, t.db, clock, farKeys.auth, {
  kind: 'officer',
  email: 'far.officer@example.kz',
  officeCode: '71000',
});
const publicUrl = 'http://localhost:8080';
const background = { db: t.db, clock, publicUrl, notifyOutbox: () => {} };

/** A goods declaration of the payer's with import duty in box 47, registered at 75101. */
async function registered(): Promise<string> {
  const id = await createGoodsDraft(t, payer, { document: goodsDocument(payer.iinBin, { items: 2 }) });
  return (await submitSigned(payer, id)).registrationNumber;
}

const today = () => almatyDate(clock.now());

/** Days pass: the sessions end with them, so everyone logs in again. */
async function daysPass(days: number) {
  clock.advance(days * 86_400_000);
  for (const login of [() => payer.browser.logInAs(payer.authKey, payer.accountId), reloginOfficer, reloginFar]) {
    const response = await login();
    if (response.statusCode !== 200) throw new Error(`log-in failed: ${response.body}`);
  }
}

/** Asks for the bytes, signs them with `signer` (the payer's signing key by default), files. */
async function file(application: Record<string, unknown>, signer: TestHolder = payer.signKey) {
  const payload = await payer.browser.post('/api/v1/payments/applications/payload', application);
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return payer.browser.post('/api/v1/payments/applications', { ...application, signature: signPayload(signer, data) });
}

async function decide(
  who: TestBrowser,
  signKey: TestHolder,
  id: string,
  decision: { decision: 'grant' | 'refuse'; reason?: string; schedule?: { dueDate: string; amount: string }[] },
) {
  const payload = await who.post(`/api/v1/officer/payments/applications/${id}/decision-payload`, decision);
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return who.post(`/api/v1/officer/payments/applications/${id}/decisions`, {
    ...decision,
    signature: signPayload(signKey, data),
  });
}

const mailsOf = async (kind: string) => (await deliverMail(t.db, clock)).filter((m) => m.kind === kind);
const count = async (sql: string, params: unknown[] = []) => (await t.db.query<{ n: number }>(sql, params)).rows[0]!.n;

describe('ACC-21: deferral and instalment of import duties on a signed application', () => {
  it('ACC-21: the payer files a signed instalment; the officer grants it, signed, with the schedule; the cabinet and an e-mail tell the payer', async () => {
    const number = await registered();
    const id = randomUUID();
    const application = {
      applicationId: id,
      kind: 'instalment',
      registrationNumber: number,
      amount: '1000.00',
      reason: 'Сезонный спрос, оборотные средства',
      schedule: [
        { dueDate: addDays(today(), 30), amount: '600.00' },
        { dueDate: addDays(today(), 60), amount: '400.00' },
      ],
    };
    const filed = await file(application);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ id, kind: 'instalment', status: 'pending', customsOffice: '75101' });
    const again = await file(application);
    expect(again.statusCode, again.body).toBe(201);
    expect(await count('select count(*)::int as n from payment_applications where id = $1', [id])).toBe(1);

    const queue = await officer.get('/api/v1/officer/payments/applications?status=pending&reason=user_request');
    expect((queue.json() as { applications: { id: string }[] }).applications.map((a) => a.id)).toContain(id);
    // the queue shows payers and their bank accounts: only for a stated reason, recorded (ACC-7)
    const unstated = await officer.get('/api/v1/officer/payments/applications?status=pending');
    expect(unstated.statusCode).toBe(400);
    expect(unstated.json().error.code).toBe('DATA_READ_REASON_REQUIRED');
    const reads = await count(
      `select count(*)::int as n from audit_log where action = 'data.read' and details->>'object' = 'payment_application'
         and details->>'objectId' like '%' || $1 || '%'`,
      [id],
    );
    expect(reads).toBeGreaterThan(0);
    const farQueue = await farOfficer.get('/api/v1/officer/payments/applications?status=pending&reason=user_request');
    expect((farQueue.json() as { applications: { id: string }[] }).applications.map((a) => a.id)).not.toContain(id);

    const schedule = [
      { dueDate: addDays(today(), 20), amount: '500.00' },
      { dueDate: addDays(today(), 50), amount: '500.00' },
    ];
    const granted = await decide(officer, officerKeys.sign, id, { decision: 'grant', schedule });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ status: 'granted', decision: { decision: 'grant', schedule } });

    const cabinet = await payer.browser.get('/api/v1/payments/applications');
    const view = cabinet.json() as {
      applications: { id: string; decision: unknown }[];
      obligations: { applicationId: string; amount: string; dueDate: string; paymentType: string; kbk: string }[];
    };
    expect(view.applications.find((a) => a.id === id)?.decision).toMatchObject({
      decision: 'grant',
      officeCode: '75101',
    });
    expect(view.obligations.filter((o) => o.applicationId === id)).toEqual([
      expect.objectContaining({ amount: '500.00', dueDate: schedule[0]!.dueDate, paymentType: '2010', kbk: '106110' }),
      expect.objectContaining({ amount: '500.00', dueDate: schedule[1]!.dueDate, paymentType: '2010', kbk: '106110' }),
    ]);
    const mails = await mailsOf('payments.application_decision');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([`${payer.authKey.id}@example.kz`]);
    // the amount as officials write it (issue 21 point 6)
    expect(mails[0]!.text).toContain('500,00');
    const { rows } = await t.db.query<{ outcome: string }>(
      `select outcome from audit_log where action = 'payments.application_decided' and subject_id = $1`,
      [id],
    );
    expect(rows.map((r) => r.outcome)).toEqual(['success']);
  });

  it('ACC-21: refuses an amount above the duty owed, a schedule that misses the sum, a signature not the payer’s, nothing filed', async () => {
    const number = await registered();
    const base = { kind: 'deferral', registrationNumber: number, reason: 'r', schedule: [] as unknown[] };
    const tooMuch = await file({
      ...base,
      applicationId: randomUUID(),
      amount: '99999999999.00',
      schedule: [{ dueDate: addDays(today(), 30), amount: '99999999999.00' }],
    });
    expect([tooMuch.statusCode, codeOf(tooMuch)]).toEqual([422, 'PAYMENTS_AMOUNT_ABOVE_OWED']);
    const kk = await payer.browser.request({
      method: 'POST',
      url: '/api/v1/payments/applications/payload',
      headers: { 'accept-language': 'kk' },
      payload: {
        ...base,
        applicationId: randomUUID(),
        amount: '100.00',
        schedule: [{ dueDate: addDays(today(), 30), amount: '99.00' }],
      },
    });
    expect([kk.statusCode, codeOf(kk)]).toEqual([422, 'PAYMENTS_SCHEDULE_INVALID']);
    expect((kk.json() as { error: { message: string } }).error.message).toMatch(/Кесте дұрыс емес/);
    const late = await file({
      ...base,
      applicationId: randomUUID(),
      amount: '100.00',
      schedule: [{ dueDate: addDays(today(), 200), amount: '100.00' }],
    });
    expect([late.statusCode, codeOf(late)]).toEqual([422, 'PAYMENTS_SCHEDULE_INVALID']);
    const stranger = await file(
      {
        ...base,
        applicationId: randomUUID(),
        amount: '100.00',
        schedule: [{ dueDate: addDays(today(), 30), amount: '100.00' }],
      },
      holder(t.setup, 'individual-sign'),
    );
    expect([stranger.statusCode, codeOf(stranger)]).toEqual([403, 'PAYMENTS_SIGNER_NOT_PAYER']);
    const unknown = await file({
      ...base,
      applicationId: randomUUID(),
      registrationNumber: '75101/010126/9999999',
      amount: '100.00',
      schedule: [{ dueDate: addDays(today(), 30), amount: '100.00' }],
    });
    expect([unknown.statusCode, codeOf(unknown)]).toEqual([404, 'PAYMENTS_DECLARATION_NOT_FOUND']);
    expect(
      await count(`select count(*)::int as n from payment_applications where registration_number = $1`, [number]),
    ).toBe(0);
  });

  it('ACC-21: what the declaration owes is the import duty the engine assessed at registration, less what its other applications ask', async () => {
    const number = await registered();
    const { rows } = await t.db.query<{ duty: string | null }>(
      `select a.totals ->> '2010' as duty from declarations d join declaration_assessments a on a.declaration_id = d.id
        where d.registration_number = $1`,
      [number],
    );
    const owed = Number(rows[0]!.duty);
    expect(owed).toBeGreaterThan(200);
    const tenge = (tiyn: number) => `${Math.trunc(tiyn / 100)}.${String(tiyn % 100).padStart(2, '0')}`;
    const deferral = (amount: number) => ({
      applicationId: randomUUID(),
      kind: 'deferral',
      registrationNumber: number,
      amount: tenge(amount),
      reason: 'Отсрочка',
      schedule: [{ dueDate: addDays(today(), 30), amount: tenge(amount) }],
    });
    expect((await file(deferral(owed - 100))).statusCode).toBe(201);
    const above = await file(deferral(101));
    expect([above.statusCode, codeOf(above)]).toEqual([422, 'PAYMENTS_AMOUNT_ABOVE_OWED']);
    expect((await file(deferral(100))).statusCode).toBe(201);
  });

  it('ACC-21: an officer outside the body’s scope finds nothing to decide; a refusal needs its reason, is mailed in the applicant’s language; an application is decided once', async () => {
    const number = await registered();
    const id = randomUUID();
    const filed = await file({
      applicationId: id,
      kind: 'deferral',
      registrationNumber: number,
      amount: '250.00',
      reason: 'Ожидаем оплату от покупателя',
      schedule: [{ dueDate: addDays(today(), 90), amount: '250.00' }],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const far = await decide(farOfficer, farKeys.sign, id, { decision: 'grant' });
    expect([far.statusCode, codeOf(far)]).toEqual([404, 'PAYMENTS_APPLICATION_NOT_FOUND']);
    const noReason = await decide(officer, officerKeys.sign, id, { decision: 'refuse' });
    expect([noReason.statusCode, codeOf(noReason)]).toEqual([422, 'PAYMENTS_DECISION_REASON_REQUIRED']);
    const notHisKey = await decide(officer, farKeys.sign, id, { decision: 'refuse', reason: 'Нет оснований' });
    expect([notHisKey.statusCode, codeOf(notHisKey)]).toEqual([403, 'PAYMENTS_DECISION_SIGNER_NOT_OFFICER']);
    // The applicant last logged in in Kazakh: the e-mail is written in Kazakh.
    await t.db.query(`update accounts set language = 'kk' where id = $1`, [payer.accountId]);
    const refused = await decide(officer, officerKeys.sign, id, { decision: 'refuse', reason: 'Нет оснований' });
    await t.db.query(`update accounts set language = 'ru' where id = $1`, [payer.accountId]);
    expect(refused.statusCode, refused.body).toBe(201);
    expect(refused.json()).toMatchObject({
      status: 'refused',
      decision: { decision: 'refuse', reason: 'Нет оснований' },
    });
    const twice = await decide(officer, officerKeys.sign, id, { decision: 'grant' });
    expect([twice.statusCode, codeOf(twice)]).toEqual([409, 'PAYMENTS_APPLICATION_DECIDED']);
    expect(await count('select count(*)::int as n from payment_obligations where application_id = $1', [id])).toBe(0);
    const mails = (await mailsOf('payments.application_decision')).filter((m) => m.text.includes('Нет оснований'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('өтініш бойынша бас тартылды');
    expect(mails[0]!.text).toContain('Кедендік әкелу бажын төлеуді кейінге қалдыру');
  });
});

describe('ACC-21, WD-16: payment-due notices and overdue obligations', () => {
  it('ACC-21: once a term passes unpaid, one notice (amount, term, payment type and KBK) reaches the cabinet and the mail; running again issues none', async () => {
    const number = await registered();
    const id = randomUUID();
    const dueDate = addDays(today(), 10);
    expect(
      (
        await file({
          applicationId: id,
          kind: 'deferral',
          registrationNumber: number,
          amount: '300.00',
          reason: 'Отсрочка',
          schedule: [{ dueDate, amount: '300.00' }],
        })
      ).statusCode,
    ).toBe(201);
    expect((await decide(officer, officerKeys.sign, id, { decision: 'grant' })).statusCode).toBe(201);
    expect(await issuePaymentDueNotices(background)).toEqual([]);

    await daysPass(11);
    const issued = await issuePaymentDueNotices(background);
    expect(issued.filter((n) => n.registrationNumber === number)).toHaveLength(1);
    expect(await issuePaymentDueNotices(background)).toEqual([]);
    const mails = (await mailsOf('payments.due_notice')).filter((m) => m.text.includes(number));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('300,00');
    expect(mails[0]!.text).toContain('106110');
    expect(mails[0]!.text).toContain(`${dueDate.slice(8, 10)}.${dueDate.slice(5, 7)}.${dueDate.slice(0, 4)}`);
    const cabinet = (await payer.browser.get('/api/v1/payments/applications')).json() as {
      notices: { registrationNumber: string; amount: string; dueDate: string; kbk: string; paymentType: string }[];
    };
    expect(cabinet.notices.filter((n) => n.registrationNumber === number)).toEqual([
      expect.objectContaining({ amount: '300.00', dueDate, kbk: '106110', paymentType: '2010' }),
    ]);

    const overdue = (await officer.get('/api/v1/officer/payments/obligations/overdue?reason=user_request')).json() as {
      obligations: { id: number; registrationNumber: string }[];
    };
    const mine = overdue.obligations.find((o) => o.registrationNumber === number);
    expect(mine).toBeDefined();
    const far = (await farOfficer.get('/api/v1/officer/payments/obligations/overdue?reason=user_request')).json() as {
      obligations: unknown[];
    };
    expect(far.obligations).toEqual([]);

    const farPaid = await farOfficer.post(`/api/v1/officer/payments/obligations/${mine!.id}/paid`, {
      method: 'bank',
      bankDocument: { number: '77', date: today() },
    });
    expect([farPaid.statusCode, codeOf(farPaid)]).toEqual([404, 'PAYMENTS_OBLIGATION_NOT_FOUND']);
    const paid = await officer.post(`/api/v1/officer/payments/obligations/${mine!.id}/paid`, {
      method: 'bank',
      bankDocument: { number: '77', date: today() },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    const paidAgain = await officer.post(`/api/v1/officer/payments/obligations/${mine!.id}/paid`, {
      method: 'advance-account',
    });
    expect([paidAgain.statusCode, codeOf(paidAgain)]).toEqual([409, 'PAYMENTS_OBLIGATION_PAID']);
    const after = (await officer.get('/api/v1/officer/payments/obligations/overdue?reason=user_request')).json() as {
      obligations: { id: number }[];
    };
    expect(after.obligations.map((o) => o.id)).not.toContain(mine!.id);
  });

  it('ACC-14: an obligation paid from the advance account is reserved and debited to the customs receipts; too little money posts nothing', async () => {
    const number = await registered();
    const id = randomUUID();
    await file({
      applicationId: id,
      kind: 'deferral',
      registrationNumber: number,
      amount: '40.00',
      reason: 'Отсрочка',
      schedule: [{ dueDate: addDays(today(), 5), amount: '40.00' }],
    });
    expect((await decide(officer, officerKeys.sign, id, { decision: 'grant' })).statusCode).toBe(201);
    const { rows } = await t.db.query<{ id: number }>('select id from payment_obligations where application_id = $1', [
      id,
    ]);
    const url = `/api/v1/officer/payments/obligations/${rows[0]!.id}/paid`;
    const postings = () => count('select count(*)::int as n from ledger_postings where declaration_id is not null');
    const before = await postings();
    const poor = await officer.post(url, { method: 'advance-account' });
    expect([poor.statusCode, codeOf(poor)]).toEqual([409, 'LEDGER_INSUFFICIENT_FUNDS']);
    expect(await postings()).toBe(before);
    const deposit = await officer.post(`/api/v1/officer/payments/advance-accounts/${payer.iinBin}/deposits`, {
      amount: '100.00',
      bankDocument: { number: `d-${id.slice(0, 8)}`, date: today() },
      idempotencyKey: `deposit-${id}`,
    });
    expect(deposit.statusCode, deposit.body).toBe(201);
    const paid = await officer.post(url, { method: 'advance-account' });
    expect(paid.statusCode, paid.body).toBe(200);
    expect((paid.json() as { obligation: { paidAt: string | null } }).obligation.paidAt).not.toBeNull();
    expect(await postings()).toBe(before + 2);
  });
});

describe('ACC-14: refunds from the advance account on a signed application', () => {
  const bank = { iban: 'KZ86125KZT5004100100', bic: 'KCJBKZKX' };

  it('ACC-14: a refund above the available balance, or to a bad IBAN, is refused at filing; a granted refund posts `refund` and tells the payer', async () => {
    const balance = async () =>
      ((await payer.browser.get('/api/v1/payments/advance-account')).json() as { available: string }).available;
    const available = Number(await balance());
    const tooMuch = await file({
      applicationId: randomUUID(),
      kind: 'refund',
      amount: (available + 1).toFixed(2),
      customsOffice: '75101',
      bank,
    });
    expect([tooMuch.statusCode, codeOf(tooMuch)]).toEqual([409, 'LEDGER_INSUFFICIENT_FUNDS']);
    const badIban = await file({
      applicationId: randomUUID(),
      kind: 'refund',
      amount: '1.00',
      customsOffice: '75101',
      bank: { ...bank, iban: 'KZ87125KZT5004100100' },
    });
    expect([badIban.statusCode, codeOf(badIban)]).toEqual([400, 'PAYMENTS_IBAN_INVALID']);

    await officer.post(`/api/v1/officer/payments/advance-accounts/${payer.iinBin}/deposits`, {
      amount: '500.00',
      bankDocument: { number: 'refund-src', date: today() },
      idempotencyKey: 'deposit-refund-src',
    });
    const id = randomUUID();
    const filed = await file({
      applicationId: id,
      kind: 'refund',
      amount: '200.00',
      reason: 'Излишне внесённый аванс',
      customsOffice: '75101',
      bank,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const before = Number(await balance());
    const granted = await decide(officer, officerKeys.sign, id, { decision: 'grant' });
    expect(granted.statusCode, granted.body).toBe(201);
    const postingId = (granted.json() as { decision: { postingId: number } }).decision.postingId;
    const { rows } = await t.db.query<{ kind: string; amount: number }>(
      'select kind, amount from ledger_postings where id = $1',
      [postingId],
    );
    expect(rows).toEqual([{ kind: 'refund', amount: 20_000 }]);
    expect(Number(await balance())).toBeCloseTo(before - 200, 2);
    const mails = await mailsOf('payments.application_decision');
    expect(mails.some((m) => m.text.includes('200,00') && /Возврат|Refund|қайтару/i.test(m.text))).toBe(true);
  });

  it('ACC-14: a refund the balance no longer covers when the officer grants it is refused with LEDGER_INSUFFICIENT_FUNDS and nothing is decided or posted', async () => {
    const available = Number(
      ((await payer.browser.get('/api/v1/payments/advance-account')).json() as { available: string }).available,
    );
    const id = randomUUID();
    const filed = await file({
      applicationId: id,
      kind: 'refund',
      amount: available.toFixed(2),
      customsOffice: '75101',
      bank,
    });
    expect(filed.statusCode, filed.body).toBe(201);
    // The money is spent meanwhile: another refund of everything is granted first.
    const first = randomUUID();
    expect(
      (await file({ applicationId: first, kind: 'refund', amount: available.toFixed(2), customsOffice: '75101', bank }))
        .statusCode,
    ).toBe(201);
    expect((await decide(officer, officerKeys.sign, first, { decision: 'grant' })).statusCode).toBe(201);
    const refunds = () => count(`select count(*)::int as n from ledger_postings where kind = 'refund'`);
    const before = await refunds();
    const late = await decide(officer, officerKeys.sign, id, { decision: 'grant' });
    expect([late.statusCode, codeOf(late)]).toEqual([409, 'LEDGER_INSUFFICIENT_FUNDS']);
    expect(await refunds()).toBe(before);
    const { rows } = await t.db.query<{ status: string }>('select status from payment_applications where id = $1', [
      id,
    ]);
    expect(rows[0]!.status).toBe('pending');
  });
});
