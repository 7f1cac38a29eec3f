import { afterAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { codeOf } from '../../../testing/app.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import { logInDeclarant } from '../../../testing/declarations.ts';
import { deliverMail } from '../../../testing/outbox.ts';
import { readPdf } from '../../../testing/pdf-text.ts';
import { loggedInStaff } from '../../../testing/staff.ts';
import { recordingWorkerThreads } from '../../../testing/worker-threads.ts';

const clock = manualClock('2026-04-07T05:00:00Z');
// The server's worker threads: the statement is printed there, not on the thread that answers requests.
const workers = recordingWorkerThreads();
afterAll(() => workers.close());
const t = { ...(await databaseTestSuite(clock, { signaturesAt: 'real time', workers })), clock };
const payer = await logInDeclarant(t, 'individual');
const { browser: officer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'employee-auth'), {
  kind: 'officer',
  email: 'cashier@example.kz',
  officeCode: '75101',
});
const { browser: farOfficer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'signer-auth'), {
  kind: 'officer',
  email: 'far@example.kz',
  officeCode: '71000',
});

const depositUrl = (iinBin: string) => `/api/v1/officer/payments/advance-accounts/${iinBin}/deposits`;
const depositBody = (key: string, amount = '1500.50') => ({
  amount,
  bankDocument: { number: '000451', date: '2026-04-06' },
  idempotencyKey: key,
});

describe('ACC-14: the advance account over HTTP', () => {
  it('an officer credits a bank payment; the same key again gives the same answer and posts once', async () => {
    const first = await officer.post(depositUrl(payer.iinBin), depositBody('deposit-0001'));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      posting: {
        kind: 'deposit',
        payer: payer.iinBin,
        amount: '1500.50',
        currency: 'KZT',
        bankDocument: { number: '000451', date: '2026-04-06' },
      },
    });
    const notices = (await deliverMail(t.db, clock)).filter((m) => m.kind === 'ledger.deposit');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.to).toEqual([`${payer.authKey.id}@example.kz`]);
    // 1 500,50 as officials write it, the thousands apart by a space that does not break (issue 21 point 6)
    expect(notices[0]!.text).toContain('1\u00a0500,50');
    expect(notices[0]!.text).toContain('000451');
    clock.advance(5_000);
    const again = await officer.post(depositUrl(payer.iinBin), depositBody('deposit-0001'));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect((await deliverMail(t.db, clock)).filter((m) => m.kind === 'ledger.deposit')).toHaveLength(1);
    const other = await officer.post(depositUrl(payer.iinBin), depositBody('deposit-0001', '1.00'));
    expect([other.statusCode, codeOf(other)]).toEqual([409, 'LEDGER_IDEMPOTENCY_CONFLICT']);

    const balance = await payer.browser.get('/api/v1/payments/advance-account');
    expect(balance.json()).toEqual({
      payer: payer.iinBin,
      currency: 'KZT',
      available: '1500.50',
      reserved: '0.00',
      total: '1500.50',
    });
  });

  it('refuses a bad payer, a zero or absurd amount, and a payer nobody can be, with codes and nothing posted', async () => {
    const badIin = await officer.post(depositUrl('123456789012'), depositBody('deposit-0002'));
    expect([badIin.statusCode, codeOf(badIin)]).toEqual([400, 'LEDGER_PAYER_INVALID']);
    const zero = await officer.post(depositUrl(payer.iinBin), depositBody('deposit-0003', '0.00'));
    expect([zero.statusCode, codeOf(zero)]).toEqual([400, 'LEDGER_AMOUNT_INVALID']);
    const kk = await officer.request({
      method: 'POST',
      url: depositUrl(payer.iinBin),
      payload: depositBody('deposit-0003', '0.00'),
      headers: { 'accept-language': 'kk' },
    });
    expect((kk.json() as { error: { message: string } }).error.message).toMatch(/Сома дұрыс емес/);
    const absurd = await officer.post(depositUrl(payer.iinBin), depositBody('deposit-0004', '1e9'));
    expect(absurd.statusCode).toBe(400);
    const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from ledger_postings');
    expect(rows[0]!.n).toBe(1);
  });

  it('a user cannot credit money, and reads only its own account', async () => {
    const attempt = await payer.browser.post(depositUrl(payer.iinBin), depositBody('deposit-0005'));
    expect(attempt.statusCode).toBe(403);
    const stranger = await officer.get('/api/v1/payments/advance-account');
    expect(stranger.statusCode).toBe(403);
    const anonymous = await new TestBrowser(t.app).get('/api/v1/payments/advance-account');
    expect(anonymous.statusCode).toBe(401);
  });

  it('the user lists its postings and downloads a statement as PDF (printed on a worker thread) and as CSV: BOM, `;`, CRLF, formula-like cells defused', async () => {
    const note = await officer.post(depositUrl(payer.iinBin), {
      amount: '100.00',
      bankDocument: { number: '=HYPERLINK("x")', date: '2026-04-07' },
      idempotencyKey: 'deposit-0006',
    });
    expect(note.statusCode, note.body).toBe(201);
    const list = await payer.browser.get('/api/v1/payments/advance-account/postings?from=2026-04-01&to=2026-04-30');
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { postings: { amount: string; availableChange: string }[] }).postings).toMatchObject([
      { amount: '1500.50', availableChange: '1500.50' },
      { amount: '100.00', availableChange: '100.00' },
    ]);
    const csv = await payer.browser.get(
      '/api/v1/payments/advance-account/statement.csv?from=2026-04-01&to=2026-04-30&lang=ru',
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Выписка по лицевому счёту авансовых платежей');
    expect(lines[1]).toBe(`Плательщик (ИИН/БИН);${payer.iinBin}`);
    expect(lines[4]).toBe('Остаток на начало периода;;;;;;0,00;;;0,00');
    expect(lines[5]).toMatch(
      /^07\.04\.2026 10:00:00;\d+;Поступление платежа;Банковский документ № 000451 от 06\.04\.2026;1500,50;;1500,50;;;0,00$/,
    );
    expect(lines[6]).toContain(';"Банковский документ № =HYPERLINK(""x"") от 07.04.2026";100,00;;1600,50;');
    expect(lines[7]).toBe('Остаток на конец периода;;;;;;1600,50;;;0,00');
    expect(lines[8]).toBe('');

    const before = await payer.browser.get(
      '/api/v1/payments/advance-account/statement.csv?from=2026-04-08&to=2026-04-30&lang=en',
    );
    const enLines = before.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(enLines[4]).toBe('Balance at the start of the period;;;;;;1600.50;;;0.00');
    expect(enLines[5]).toBe('Balance at the end of the period;;;;;;1600.50;;;0.00');

    const handed = workers.tasks.length;
    const pdf = await payer.browser.get(
      '/api/v1/payments/advance-account/statement.pdf?from=2026-04-01&to=2026-04-30&lang=kk',
    );
    expect(pdf.statusCode).toBe(200);
    // printed on a worker thread, not on the one that answers requests
    expect(workers.tasks.slice(handed)).toEqual(['pdf.render']);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { pages, title } = await readPdf(pdf.rawPayload);
    expect(title).toBe('Аванстық төлемдердің дербес шоты бойынша үзінді көшірме');
    const printed = pages.join('\n');
    expect(printed).toContain(payer.iinBin);
    expect(printed).toContain('Төлемнің түсуі');
    expect(printed).toContain('1 600,50');

    const reversed = await payer.browser.get(
      '/api/v1/payments/advance-account/statement.csv?from=2026-04-30&to=2026-04-01',
    );
    expect([reversed.statusCode, codeOf(reversed)]).toEqual([400, 'LEDGER_PERIOD_INVALID']);
  });

  it('an officer reverses a deposit of their body; another department’s officer cannot see it', async () => {
    const made = await officer.post(depositUrl(payer.iinBin), {
      amount: '10.00',
      bankDocument: { number: 'WRONG-1', date: '2026-04-07' },
      idempotencyKey: 'deposit-0007',
    });
    const id = (made.json() as { posting: { id: number } }).posting.id;
    const far = await farOfficer.post(`/api/v1/officer/payments/postings/${id}/reverse`, {
      note: 'entered twice',
      idempotencyKey: 'reverse-0001',
    });
    expect([far.statusCode, codeOf(far)]).toEqual([404, 'LEDGER_POSTING_NOT_FOUND']);
    const reversal = await officer.post(`/api/v1/officer/payments/postings/${id}/reverse`, {
      note: 'entered twice',
      idempotencyKey: 'reverse-0001',
    });
    expect(reversal.statusCode, reversal.body).toBe(201);
    expect(reversal.json()).toMatchObject({ posting: { kind: 'reversal', reversesId: id, amount: '10.00' } });
    const balance = (await payer.browser.get('/api/v1/payments/advance-account')).json() as { available: string };
    expect(balance.available).toBe('1600.50');
  });

  it('an officer imports a bank statement: each payment credited once, however often the statement comes', async () => {
    const csv = [
      'payer;amount;document_number;document_date;note',
      `${payer.iinBin};1500.50;000451;06.04.2026;already credited by hand`,
      '101140000016;20000,00;ПП-17;06.04.2026;',
      '101140000016;-5;ПП-18;06.04.2026;',
    ].join('\r\n');
    const url = '/api/v1/officer/payments/bank-statements';
    const first = await officer.post(url, { format: 'csv', content: csv });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      credited: 1,
      alreadyCredited: 0,
      refused: [{ position: 2, code: 'LEDGER_DEPOSIT_DUPLICATE' }],
      unread: [{ position: 4 }],
    });
    const again = await officer.post(url, { format: 'csv', content: csv });
    expect(again.json()).toMatchObject({ credited: 0, alreadyCredited: 1 });
    const { rows } = await t.db.query<{ balance: number }>(
      `select balance from ledger_accounts where payer = '101140000016' and kind = 'available'`,
    );
    expect(rows[0]!.balance).toBe(20_000_00);
    const byUser = await payer.browser.post(url, { format: 'csv', content: csv });
    expect(byUser.statusCode).toBe(403);
  });
});
