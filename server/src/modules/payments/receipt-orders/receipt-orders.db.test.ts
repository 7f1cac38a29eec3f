import { createHash } from 'node:crypto';
import { parseSignedData } from '@shekara/nca';
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
// The server's worker threads: the ТПО is printed there, not on the thread that answers requests.
const workers = recordingWorkerThreads();
afterAll(() => workers.close());
const t = { ...(await databaseTestSuite(clock, { signaturesAt: 'real time', workers })), clock };
const recipient = await logInDeclarant(t, 'individual');
const company = await logInDeclarant(t, 'head');
const { browser: officer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'employee-auth'), {
  kind: 'officer',
  email: 'tpo@example.kz',
  officeCode: '75101',
});
const { browser: farOfficer } = await loggedInStaff(t.app, t.db, clock, holder(t.setup, 'signer-auth'), {
  kind: 'officer',
  email: 'far-tpo@example.kz',
  officeCode: '71000',
});

const issueUrl = '/api/v1/officer/payments/receipt-orders';
/** A parcel by post: the value in euro and the mass in kilograms. */
const parcel = (eur: string, kg: string, recipientIin = recipient.iinBin) => ({
  recipientIin,
  recipientName: 'Асқаров Ерлан',
  channel: 'post',
  items: [{ hsCode: '6403990000', originCountry: 'IT', invoiceValue: eur, currency: 'EUR', netMassKg: kg }],
});

interface Order {
  id: string;
  number: string;
  status: string;
  total: string;
  lines: { paymentType: string; kbk: string; base: string; rate: string; amount: string; explanation: string }[];
  payment: { by: string; postingId: number | null; bankDocument: unknown } | null;
  signature: { document: string; cms: string };
}
const orderOf = (response: { json(): unknown }) => (response.json() as { receiptOrder: Order }).receiptOrder;

async function issued(eur: string, kg: string): Promise<Order> {
  const response = await officer.post(issueUrl, parcel(eur, kg));
  expect(response.statusCode, response.body).toBe(201);
  return orderOf(response);
}

const balance = async () =>
  (await recipient.browser.get('/api/v1/payments/advance-account')).json() as { available: string; reserved: string };
const countOf = async (sql: string) => Number((await t.db.query<{ n: number }>(sql)).rows[0]!.n);

describe('ACC-20: the customs receipt order (ТПО) of goods for personal use', () => {
  it('ACC-20: a parcel within the post norm gives a ТПО with 0.00 and nothing due', async () => {
    // 150 EUR × 605.72 (the National Bank's latest EUR rate, 21.11.2025) = 90 858.00 tenge,
    // under the norm 200 EUR × 605.72 = 121 144.00 tenge; 2 kg under 31 kg: nothing over, 0.00.
    const order = await issued('150.00', '2');
    expect(order).toMatchObject({ status: 'nothing-due', total: '0.00', number: '75101/070426/Т0000001' });
    expect(order.lines).toMatchObject([{ paymentType: '6010', kbk: '106110', base: '0.00', amount: '0.00' }]);
  });

  it('ACC-20: a parcel over the norm pays the unified rate, 15 % of the value over it, numbered, signed by the system', async () => {
    // 300 EUR × 605.72 = 181 716.00 tenge; over the norm: 181 716.00 − 121 144.00 = 60 572.00;
    // × 15 % = 9 085.80. Mass 5 kg is under 31 kg (not less than 2 EUR per kg over: 0). 9 085.80.
    const order = await issued('300.00', '5');
    expect(order).toMatchObject({ status: 'issued', total: '9085.80', number: '75101/070426/Т0000002' });
    expect(order.lines).toMatchObject([
      { paymentType: '6010', base: '60572.00', rate: '15%, но не менее 2 EUR за 1 кг', amount: '9085.80' },
    ]);
    // the explanation's figures as the reader's officials write them (issue 21 point 6)
    expect(order.lines[0]!.explanation).toContain('9\u00a0085,80');
    // no ISO date (2025-11-21) nor decimal point (605.72); a printed date (21.11.2025) is no decimal
    expect(order.lines[0]!.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}|\d\.\d{2}(?![\d.])/);
    // the signed order keeps the tariff's Russian; the page shows the rate in the reader's language (issue 21 point 6)
    for (const [language, rateText, amount] of [
      ['kk', '15\u00a0%, бірақ 1 кг үшін кемінде 2\u00a0EUR', '9\u00a0085,80'],
      ['ru', '15\u00a0%, но не менее 2\u00a0EUR за 1 кг', '9\u00a0085,80'],
      ['en', '15\u00a0%, but not less than 2\u00a0EUR per kg', '9085.80'],
    ] as const) {
      const view = await recipient.browser.request({
        method: 'GET',
        url: `/api/v1/payments/receipt-orders/${order.id}`,
        headers: { 'accept-language': language },
      });
      expect(view.statusCode, view.body).toBe(200);
      expect(
        (view.json() as { receiptOrder: { lines: { rate: string; rateText: string }[] } }).receiptOrder.lines[0],
      ).toMatchObject({
        rate: '15%, но не менее 2 EUR за 1 кг',
        rateText,
        explanation: expect.stringContaining(amount),
      });
    }

    const cms = Buffer.from(order.signature.cms, 'base64');
    const verified = await t.setup.verifier.verifyCms(cms, { purpose: 'sign' });
    expect(verified.valid, verified.detail).toBe(true);
    expect(verified.signer?.keyPurpose).toBe('sign');
    const signed = Buffer.from(parseSignedData(cms).content!);
    expect(signed.equals(Buffer.from(order.signature.document, 'base64'))).toBe(true);
    expect(JSON.parse(signed.toString('utf8'))).toMatchObject({
      document: 'customs-receipt-order',
      number: order.number,
      recipient: { iin: recipient.iinBin },
      total: '9085.80',
      lines: [{ paymentType: '6010', kbk: '106110', amount: '9085.80' }],
    });

    // Delivered: the recipient sees it in the cabinet and was e-mailed in its language.
    const list = await recipient.browser.get('/api/v1/payments/receipt-orders');
    expect(list.statusCode, list.body).toBe(200);
    expect((list.json() as { receiptOrders: { id: string }[] }).receiptOrders.map((o) => o.id)).toContain(order.id);
    const mail = (await deliverMail(t.db, clock)).filter((m) => m.kind === 'receipt_order.issued');
    expect(mail.some((m) => m.text.includes(order.number) && m.text.includes('9\u00a0085,80'))).toBe(true);
    const audit = await countOf(
      `select count(*)::int as n from audit_log where action = 'receipt_order.issue' and subject_id = '${order.id}'`,
    );
    expect(audit).toBe(1);
  });

  it('ACC-20: twenty ТПО issued at once at one office take serials 1…N of the day without a gap or a repeat', async () => {
    await Promise.all(Array.from({ length: 20 }, () => issued('10.00', '1')));
    const { rows } = await t.db.query<{ serial: number; number: string }>(
      `select serial, number from receipt_orders where office_code = '75101' order by serial`,
    );
    expect(rows.map((r) => r.serial)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.length).toBeGreaterThanOrEqual(22);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    expect(rows.at(-1)!.number).toBe(`75101/070426/Т${String(rows.length).padStart(7, '0')}`);
  });

  it('ACC-14: paying from the advance account with too little money is LEDGER_INSUFFICIENT_FUNDS and changes nothing', async () => {
    const order = await issued('300.00', '5');
    const deposit = await officer.post(`/api/v1/officer/payments/advance-accounts/${recipient.iinBin}/deposits`, {
      amount: '5000.00',
      bankDocument: { number: 'TPO-1', date: '2026-04-06' },
      idempotencyKey: 'tpo-test-deposit-1',
    });
    expect(deposit.statusCode, deposit.body).toBe(201);
    const postings = await countOf('select count(*)::int as n from ledger_postings');
    const refused = await recipient.browser.post(`/api/v1/payments/receipt-orders/${order.id}/pay`);
    expect([refused.statusCode, codeOf(refused)]).toEqual([409, 'LEDGER_INSUFFICIENT_FUNDS']);
    expect(await countOf('select count(*)::int as n from ledger_postings')).toBe(postings);
    expect(await balance()).toMatchObject({ available: '5000.00', reserved: '0.00' });
    const still = await recipient.browser.get(`/api/v1/payments/receipt-orders/${order.id}`);
    expect(orderOf(still)).toMatchObject({ status: 'issued', payment: null });
  });

  it('ACC-14: the recipient pays from its advance account: held and debited once; paying again changes nothing', async () => {
    const order = await issued('300.00', '5');
    await officer.post(`/api/v1/officer/payments/advance-accounts/${recipient.iinBin}/deposits`, {
      amount: '10000.00',
      bankDocument: { number: 'TPO-2', date: '2026-04-06' },
      idempotencyKey: 'tpo-test-deposit-2',
    });
    const before = await balance();
    const paid = await recipient.browser.post(`/api/v1/payments/receipt-orders/${order.id}/pay`);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(orderOf(paid)).toMatchObject({ status: 'paid', payment: { by: 'advance-account' } });
    // 5 000.00 + 10 000.00 − 9 085.80 = 5 914.20
    expect(before.available).toBe('15000.00');
    expect(await balance()).toMatchObject({ available: '5914.20', reserved: '0.00' });
    const postings = await countOf('select count(*)::int as n from ledger_postings');
    const again = await recipient.browser.post(`/api/v1/payments/receipt-orders/${order.id}/pay`);
    expect(again.statusCode, again.body).toBe(200);
    expect(orderOf(again).payment).toEqual(orderOf(paid).payment);
    expect(await countOf('select count(*)::int as n from ledger_postings')).toBe(postings);
    expect(await balance()).toMatchObject({ available: '5914.20' });
    const pays = await countOf(
      `select count(*)::int as n from audit_log where action = 'receipt_order.pay' and outcome = 'success' and subject_id = '${order.id}'`,
    );
    expect(pays).toBe(1);
    // Paid: it can be neither annulled nor paid by a bank document.
    const annul = await officer.post(`${issueUrl}/${order.id}/annul`, { reason: 'ошибка' });
    expect([annul.statusCode, codeOf(annul)]).toEqual([409, 'RECEIPT_ORDER_NOT_ANNULLABLE']);
  });

  it('ACC-20: an officer records a bank payment or annuls with a reason; another body’s officer and another person see nothing', async () => {
    const byBank = await issued('300.00', '5');
    const bankDocument = { number: 'PP-77', date: '2026-04-07' };
    const far = await farOfficer.post(`${issueUrl}/${byBank.id}/payment`, { bankDocument });
    expect([far.statusCode, codeOf(far)]).toEqual([404, 'RECEIPT_ORDER_NOT_FOUND']);
    const recorded = await officer.post(`${issueUrl}/${byBank.id}/payment`, { bankDocument });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(orderOf(recorded)).toMatchObject({ status: 'paid', payment: { by: 'bank', postingId: null, bankDocument } });
    expect((await officer.post(`${issueUrl}/${byBank.id}/payment`, { bankDocument })).statusCode).toBe(200);
    const pay = await recipient.browser.post(`/api/v1/payments/receipt-orders/${byBank.id}/pay`);
    expect([pay.statusCode, codeOf(pay)]).toEqual([409, 'RECEIPT_ORDER_NOT_PAYABLE']);

    const wrong = await issued('300.00', '5');
    const annulled = await officer.post(`${issueUrl}/${wrong.id}/annul`, { reason: 'выписан ошибочно' });
    expect(annulled.statusCode, annulled.body).toBe(200);
    expect(orderOf(annulled)).toMatchObject({ status: 'annulled' });

    expect((await company.browser.get(`/api/v1/payments/receipt-orders/${wrong.id}`)).statusCode).toBe(404);
    expect((await farOfficer.get(`${issueUrl}/${wrong.id}?reason=user_request`)).statusCode).toBe(404);
    const farList = await farOfficer.get(issueUrl);
    expect((farList.json() as { receiptOrders: unknown[] }).receiptOrders).toEqual([]);
  });

  it('ACC-20: an individual asks for the ТПО of its own parcel; a company cannot; a later day or a bad IIN is refused', async () => {
    const own = await recipient.browser.post('/api/v1/payments/receipt-orders', {
      customsOffice: '75101',
      channel: 'other-baggage',
      items: [{ hsCode: '8517130000', invoiceValue: '100.00', currency: 'EUR', netMassKg: '1' }],
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(orderOf(own)).toMatchObject({ status: 'nothing-due', total: '0.00' });
    const byCompany = await company.browser.post('/api/v1/payments/receipt-orders', {
      customsOffice: '75101',
      channel: 'post',
      items: [{ hsCode: '8517130000', invoiceValue: '100.00', currency: 'EUR', netMassKg: '1' }],
    });
    expect([byCompany.statusCode, codeOf(byCompany)]).toEqual([422, 'RECEIPT_ORDER_INDIVIDUALS_ONLY']);
    const later = await officer.post(issueUrl, { ...parcel('10', '1'), date: '2026-04-08' });
    expect([later.statusCode, codeOf(later)]).toEqual([400, 'RECEIPT_ORDER_DATE_INVALID']);
    const bin = await officer.post(issueUrl, parcel('10', '1', company.iinBin));
    expect([bin.statusCode, codeOf(bin)]).toEqual([400, 'RECEIPT_ORDER_RECIPIENT_INVALID']);
  });

  it('ACC-19, ACC-20: the printed ТПО is a PDF with its number, the recipient, the KBK and the total, amounts as 1 234 567,89 and dates as DD.MM.YYYY, printed on a worker thread', async () => {
    const order = await issued('300.00', '5');
    const handed = workers.tasks.length;
    const pdf = await recipient.browser.get(`/api/v1/payments/receipt-orders/${order.id}/pdf?lang=ru`);
    expect(pdf.statusCode).toBe(200);
    expect(workers.tasks.slice(handed)).toEqual(['pdf.render']);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, title } = await readPdf(pdf.rawPayload);
    expect(title).toBe(`Таможенный приходный ордер № ${order.number}`);
    const printed = pages.join('\n');
    // PDF.js reads the no-break space between thousands as a space
    for (const text of [order.number, recipient.iinBin, '106110', '9 085,80', '60 572,00', '200 EUR и 31 кг'])
      expect(printed).toContain(text);
    expect(printed).not.toMatch(/\d\.\d{2}\b(?!\.\d{4})/);
    expect(printed).toMatch(/\b\d{2}\.\d{2}\.20\d{2}\b/);
    const digest = createHash('sha256').update(Buffer.from(order.signature.document, 'base64')).digest('hex');
    expect(printed.replace(/\s/g, '')).toContain(digest);
    // the officer's copy names the recipient: read only for a stated reason (ACC-7)
    const unstated = await officer.get(`${issueUrl}/${order.id}/pdf?lang=kk`);
    expect(unstated.statusCode).toBe(400);
    expect(unstated.json().error.code).toBe('DATA_READ_REASON_REQUIRED');
    const kk = await officer.get(`${issueUrl}/${order.id}/pdf?lang=kk&reason=user_request`);
    expect((await readPdf(kk.rawPayload)).title).toBe(`Кедендік кіріс ордері № ${order.number}`);
    const reads = await recipient.browser.get('/api/v1/me/data-reads');
    expect(JSON.stringify(reads.json())).toContain(order.number);
  });

  it('ACC-21: anyone holding the paper checks a ТПО by its number and printed digest: status, total, the system’s signature valid; a wrong digest reads as unknown', async () => {
    const order = await issued('300.00', '5');
    const digest = createHash('sha256').update(Buffer.from(order.signature.document, 'base64')).digest('hex');
    const anyone = new TestBrowser(t.app);
    const check = (hash: string) =>
      anyone.get(`/api/v1/payments/receipt-order-check?number=${encodeURIComponent(order.number)}&hash=${hash}`);
    const checked = await check(digest.toUpperCase());
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toEqual({
      number: order.number,
      officeCode: '75101',
      issuedAt: expect.any(String),
      status: 'issued',
      total: '9085.80',
      signature: { valid: true, signer: 'SHEKARA DELIVERY RECEIPTS' },
    });
    expect(checked.body).not.toContain(recipient.iinBin);
    const wrong = await check('0'.repeat(64));
    expect([wrong.statusCode, codeOf(wrong)]).toEqual([404, 'RECEIPT_ORDER_NOT_FOUND']);
  });
});
