import { printedAmount } from '@shekara/contracts/i18n';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/clock.ts';
import { drainOutbox } from '../../../platform/outbox/worker.ts';
import { holder, TestBrowser } from '../../../testing/accounts.ts';
import { databaseTestSuite } from '../../../testing/database-app.ts';
import {
  createGoodsDraft,
  type DeclarationTestEnvironment,
  goodsDocument,
  logInDeclarant,
  signPayload,
  submitSigned,
} from '../../../testing/declarations.ts';
import { emptyAdvanceAccount, fundAdvanceAccount } from '../../../testing/payments.ts';
import { createStaffAccount } from '../../accounts/index.ts';
import { assessGoodsDeclaration } from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { registeredTopic } from '../officer/on-registered.ts';
import { declarationOutboxHandlers } from '../officer/outbox-handlers.ts';

/**
 * Issue 16 point 3 (ACC-14, ACC-17): what a goods declaration owes is assessed by the payments
 * engine when it is registered and held on the declarant's advance account in the registering
 * transaction; the officer's release takes it for the budget, a refusal or a withdrawal returns
 * it. Box 47 as typed and box B as claimed change nothing of it. Real signatures, real ledger.
 */
const clock = manualClock(new Date());
const t = await databaseTestSuite(clock);
const env: DeclarationTestEnvironment = { app: t.app, db: t.db, clock, setup: t.setup };
const declarant = await logInDeclarant(env, 'head');
await fundAdvanceAccount(env, declarant.iinBin, '500000000.00');
const officer = await (async () => {
  const auth = holder(t.setup, 'signer-auth');
  const { id } = await createStaffAccount(t.db, clock, {
    kind: 'officer',
    iin: auth.iin,
    email: 'payments.officer@example.kz',
    officeCode: '75101',
    displayName: auth.commonName,
  });
  const browser = new TestBrowser(t.app);
  const login = await browser.logInAs(auth, id);
  if (login.statusCode !== 200) throw new Error(login.body);
  return { browser, signKey: holder(t.setup, 'signer-sign') };
})();
const enc = encodeURIComponent;

async function balances(payer = declarant.iinBin) {
  const { rows } = await t.db.query<{ kind: string; balance: number }>(
    'select kind, balance from ledger_accounts where payer = $1',
    [payer],
  );
  const of = (kind: string) => Number(rows.find((r) => r.kind === kind)?.balance ?? 0);
  return { available: of('available'), reserved: of('reserved') };
}

async function held(declarationId: string) {
  const { rows } = await t.db.query<{ payer: string; amount: number }>(
    'select payer, amount from ledger_reservations where declaration_id = $1 and closed_by is null',
    [declarationId],
  );
  return rows[0] ? { payer: rows[0].payer, amount: Number(rows[0].amount) } : null;
}

async function assessed(declarationId: string) {
  const { rows } = await t.db.query<{ seq: number; owed: string | null; failure: string | null }>(
    `select seq, owed_tiyn::text as owed, failure_code as failure from declaration_assessments
      where declaration_id = $1 order by seq`,
    [declarationId],
  );
  return rows;
}

async function postingsOf(declarationId: string) {
  const { rows } = await t.db.query<{ kind: string; amount: number }>(
    'select kind, amount from ledger_postings where declaration_id = $1 order by id',
    [declarationId],
  );
  return rows.map((r) => ({ kind: r.kind, amount: Number(r.amount) }));
}

async function registered(document = goodsDocument(declarant.iinBin, { items: 2 })) {
  const id = await createGoodsDraft(env, declarant, { document });
  const { registrationNumber } = await submitSigned(declarant, id);
  return { id, number: registrationNumber, document };
}

/** What the engine says the document owes on the day, in tiyn. */
async function owed(document: unknown) {
  const assessment = await assessGoodsDeclaration(t.db, document, almatyDate(clock.now()));
  if (!assessment.calculated) throw assessment.refusal;
  return Number(assessment.calculation.total);
}

async function decide(number: string, decision: string, reasons: string[] = []) {
  clock.advance(1_000);
  const query = new URLSearchParams({ decision, reason: 'declaration_review' });
  for (const r of reasons) query.append('reasons', r);
  const payload = await officer.browser.get(`/api/v1/officer/declarations/${enc(number)}/decision-payload?${query}`);
  if (payload.statusCode !== 200) return payload;
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return officer.browser.post(`/api/v1/officer/declarations/${enc(number)}/decisions`, {
    decision,
    reasons,
    signature: signPayload(officer.signKey, data),
  });
}

async function withdraw(id: string, reason: string) {
  const payload = await declarant.browser.post(`/api/v1/declarations/${id}/withdrawal-payload`, { reason });
  const data = Buffer.from((payload.json() as { data: string }).data, 'base64');
  return declarant.browser.post(`/api/v1/declarations/${id}/withdrawal`, {
    reason,
    signature: signPayload(declarant.signKey, data),
  });
}

const route = () =>
  drainOutbox({
    db: t.db,
    clock,
    logger: pino({ level: 'silent' }),
    topics: [registeredTopic],
    handlers: declarationOutboxHandlers({
      db: t.db,
      clock,
      logger: pino({ level: 'silent' }),
      publicUrl: 'http://localhost:8080',
      notifyOutbox: () => {},
    }),
  });

describe('a declaration’s money through its life (issue 16 point 3)', () => {
  it('ACC-14: holds what the engine assesses at registration on the declarant’s advance account, and the officer’s release takes it for the budget', async () => {
    const before = await balances();
    const { id, number, document } = await registered();
    const due = await owed(document);
    expect(due).toBeGreaterThan(0);
    expect(await assessed(id)).toEqual([{ seq: 1, owed: String(due), failure: null }]);
    expect(await held(id)).toEqual({ payer: declarant.iinBin, amount: due });
    expect(await balances()).toEqual({ available: before.available - due, reserved: before.reserved + due });
    // the hold's posting, its two lines and its audit record, written in one statement with the batch's others
    const { rows: made } = await t.db.query<{ lines: string[]; audited: string[] }>(
      `select array(select l.amount::text from ledger_lines l where l.posting_id = p.id order by l.amount) as lines,
              array(select a.details->>'declarationId' from audit_log a
                     where a.action = 'ledger.reservation' and a.subject_type = 'ledger_posting' and a.subject_id = p.id::text) as audited
         from ledger_postings p where p.declaration_id = $1 and p.kind = 'reservation'`,
      [id],
    );
    expect(made).toEqual([{ lines: [String(-due), String(due)], audited: [id] }]);
    // the officer sees, before deciding, what it owes and that it is held
    const seen = await officer.browser.get(`/api/v1/officer/declarations/${enc(number)}?reason=declaration_review`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().payment).toMatchObject({
      owed: (due / 100).toFixed(2),
      held: (due / 100).toFixed(2),
      heldBy: declarant.iinBin,
    });

    const released = await decide(number, 'release');
    expect(released.statusCode, released.body).toBe(201);
    expect(await held(id)).toBeNull();
    expect(await balances()).toEqual({ available: before.available - due, reserved: before.reserved });
    expect(await postingsOf(id)).toEqual([
      { kind: 'reservation', amount: due },
      { kind: 'debit', amount: due },
    ]);
  });

  it('ACC-14: a refusal of release returns what was held to the payer’s available money', async () => {
    const before = await balances();
    const { id, number } = await registered();
    expect((await balances()).available).toBeLessThan(before.available);
    const refused = await decide(number, 'refuse_release', ['Не представлены документы, подтверждающие сведения']);
    expect(refused.statusCode, refused.body).toBe(201);
    expect(await held(id)).toBeNull();
    expect(await balances()).toEqual(before);
    expect((await postingsOf(id)).map((p) => p.kind)).toEqual(['reservation', 'release']);
  });

  it('ACC-14: a withdrawal returns what was held', async () => {
    const before = await balances();
    const { id } = await registered();
    const withdrawn = await withdraw(id, 'Сделка расторгнута до выпуска');
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    expect(await balances()).toEqual(before);
    expect((await postingsOf(id)).map((p) => p.kind)).toEqual(['reservation', 'release']);
  });

  it('ACC-17: holds the calculated amount, not box 47 as typed nor box B as claimed', async () => {
    const honest = goodsDocument(declarant.iinBin, { items: 1 });
    const understated = {
      ...honest,
      items: honest.items.map((item) => ({
        ...item,
        payments: (item.payments ?? []).map((line) => ({ ...line, amount: 1 })),
      })),
      paymentDocuments: [{ typeCode: '2010', number: 'INVENTED-7', date: '2026-01-05', amount: 999_999_999 }],
    };
    const { id } = await registered(understated);
    expect(await held(id)).toEqual({ payer: declarant.iinBin, amount: await owed(honest) });
  });

  it('ACC-17: without the money on the account the declaration is still registered, nothing is held, and the system does not release it even on the green channel', async () => {
    await emptyAdvanceAccount(env, declarant.iinBin);
    try {
      const { id } = await registered(goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }));
      expect(await held(id)).toBeNull();
      expect(Number((await assessed(id))[0]!.owed)).toBeGreaterThan(0);
      await route();
      const { rows } = await t.db.query<{ status: string; channel: string }>(
        'select status, channel from declarations where id = $1',
        [id],
      );
      expect(rows[0]).toEqual({ status: 'registered', channel: 'green' });
    } finally {
      await fundAdvanceAccount(env, declarant.iinBin, '500000000.00');
    }
  });

  it('ACC-17: with the money held, the system releases a green declaration and takes the money at once', async () => {
    const before = await balances();
    const { id, document } = await registered(goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }));
    await route();
    const { rows } = await t.db.query<{ status: string }>('select status from declarations where id = $1', [id]);
    expect(rows[0]!.status).toBe('released');
    const due = await owed(document);
    expect(await postingsOf(id)).toEqual([
      { kind: 'reservation', amount: due },
      { kind: 'debit', amount: due },
    ]);
    expect(await balances()).toEqual({ available: before.available - due, reserved: before.reserved });
  });

  it('ACC-14: a corrected copy owes anew: what the first copy held returns and the new copy’s amount is held', async () => {
    const { id, number } = await registered(goodsDocument(declarant.iinBin, { items: 2 }));
    const first = (await held(id))!.amount;
    const asked = await decide(number, 'request_correction', ['Уточните сведения о стоимости']);
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await held(id))?.amount).toBe(first); // held while the declarant corrects
    const corrected = goodsDocument(declarant.iinBin, { items: 1 });
    await t.db.query('update declarations set document = $2, revision = revision + 1 where id = $1', [id, corrected]);
    await submitSigned(declarant, id);
    const now = await owed(corrected);
    expect(now).not.toBe(first);
    expect(await held(id)).toEqual({ payer: declarant.iinBin, amount: now });
    expect((await postingsOf(id)).map((p) => p.kind)).toEqual(['reservation', 'release', 'reservation']);
    expect((await assessed(id)).map((a) => a.seq)).toEqual([1, 2]);
  });

  it('WD-8: control compares box 47 with the calculation and warns of a declared amount that differs', async () => {
    const honest = goodsDocument(declarant.iinBin, { items: 1 });
    const understated = {
      ...honest,
      items: honest.items.map((item) => ({
        ...item,
        payments: [{ typeCode: '2010', base: item.customsValue, rate: '5%', amount: 1, methodCode: 'ИУ' }],
      })),
    };
    const id = await createGoodsDraft(env, declarant, { document: understated });
    const checked = await declarant.browser.post(`/api/v1/declarations/${id}/check`, {});
    expect(checked.statusCode, checked.body).toBe(200);
    const warnings = (
      checked.json() as { warnings: { rule: string; path: string; params: Record<string, string> }[] }
    ).warnings.filter((w) => w.rule === 'goods.payments.calculated');
    const assessment = await assessGoodsDeclaration(t.db, understated, almatyDate(clock.now()));
    if (!assessment.calculated) throw assessment.refusal;
    const duty = assessment.calculation.lines.find((l) => l.paymentType === '2010')!;
    expect(warnings).toContainEqual(
      expect.objectContaining({
        path: 'items.0.payments.0.amount',
        // the amount as the reader's language writes it (issue 21 point 6)
        params: { type: '2010', expected: printedAmount((Number(duty.amountTiyn) / 100).toFixed(2), 'ru') },
      }),
    );
    // the VAT the engine calculates is missing from box 47 altogether
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: 'items.0.payments', params: expect.objectContaining({ type: '5010' }) }),
    );
  });

  it('ACC-14: after the batches of registrations the ledger still balances: each payer account equals the sum of its lines, and reserved money equals the open reservations', async () => {
    // several registered together, one batch holding them all
    await Promise.all(Array.from({ length: 6 }, () => registered(goodsDocument(declarant.iinBin, { items: 1 }))));
    const { rows } = await t.db.query<{ kind: string; balance: string; lines: string }>(
      `select a.kind, a.balance::text, coalesce(sum(l.amount), 0)::text as lines
         from ledger_accounts a left join ledger_lines l on l.account_id = a.id
        where a.payer = $1 group by a.id, a.kind, a.balance`,
      [declarant.iinBin],
    );
    for (const row of rows) expect(row.balance, row.kind).toBe(row.lines);
    const open = await t.db.query<{ sum: string }>(
      'select coalesce(sum(amount), 0)::text as sum from ledger_reservations where payer = $1 and closed_by is null',
      [declarant.iinBin],
    );
    expect(rows.find((r) => r.kind === 'reserved')!.balance).toBe(open.rows[0]!.sum);
  });

  it('ACC-17: a declaration registered without the money is paid later from the advance account and, routed green, released by the system at once', async () => {
    await emptyAdvanceAccount(env, declarant.iinBin);
    const { id, document } = await registered(goodsDocument(declarant.iinBin, { items: 1, owesNothing: true }));
    await route();
    const due = await owed(document);
    const before = await declarant.browser.get(`/api/v1/declarations/${id}/payment`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({
      assessed: true,
      owed: (due / 100).toFixed(2),
      held: '0.00',
      payable: true,
      status: 'registered',
    });

    const short = await declarant.browser.post(`/api/v1/declarations/${id}/payment`, {});
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe('DECL_PAYMENT_INSUFFICIENT_FUNDS');

    await fundAdvanceAccount(env, declarant.iinBin, '500000000.00');
    const paid = await declarant.browser.post(`/api/v1/declarations/${id}/payment`, {});
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ held: '0.00', payable: false, status: 'released' });
    expect(await postingsOf(id)).toEqual([
      { kind: 'reservation', amount: due },
      { kind: 'debit', amount: due },
    ]);
    const again = await declarant.browser.post(`/api/v1/declarations/${id}/payment`, {});
    expect(again.json().error.code).toBe('DECL_PAYMENT_CLOSED');
    const decisions = await t.db.query<{ decision: string }>(
      'select decision from declaration_decisions where declaration_id = $1',
      [id],
    );
    expect(decisions.rows.map((d) => d.decision)).toEqual(['release']);
  });
});
