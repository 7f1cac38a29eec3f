import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../platform/audit/audit-log.ts';
import { manualClock } from '../../../platform/clock.ts';
import { suiteDatabase } from '../../../testing/suite-database.ts';
import type { LedgerContext } from './context.ts';
import { findPosting, linesOf, payerBalances } from './ledger-repository.ts';
import {
  debit,
  debitWithin,
  deposit,
  refund,
  release,
  releaseWithin,
  reserve,
  reserveWithin,
  reverse,
} from './operations.ts';

const db = await suiteDatabase();
const clock = manualClock('2026-04-07T05:00:00Z');
const ctx: LedgerContext = { db, clock, publicUrl: 'http://localhost:8080' };
const officer = { accountId: null, iin: '800101300001' };
const system = { accountId: null, iin: null };

let payerSeq = 100_000;
/** A payer of its own for each test, so the tests do not share balances. */
const newPayer = () => `990101${String(payerSeq++).padStart(6, '0')}`;
const key = () => `k-${randomUUID()}`;

async function funded(tenge: number) {
  const payer = newPayer();
  await deposit(
    ctx,
    {
      payer,
      amount: tenge * 100,
      bankDocument: { number: `PP-${payerSeq}`, date: '2026-04-06' },
      bodyCode: '62001',
      idempotencyKey: key(),
    },
    officer,
  );
  return payer;
}

async function count(sql: string, params: unknown[]) {
  const { rows } = await db.query<{ n: number }>(sql, params);
  return rows[0]!.n;
}

describe('ACC-14: the personal advance account, posting by posting', () => {
  it('a deposit credits the payer with the bank document, balanced against the bank clearing account, audited', async () => {
    const payer = newPayer();
    const result = await deposit(
      ctx,
      {
        payer,
        amount: 1_500_000_00,
        bankDocument: { number: '000123', date: '2026-04-06' },
        bodyCode: '62001',
        idempotencyKey: key(),
      },
      officer,
    );
    expect(result.replayed).toBe(false);
    expect(result.balances).toEqual({ available: 1_500_000_00, reserved: 0 });
    expect(await payerBalances(db, payer)).toEqual({ available: 1_500_000_00, reserved: 0 });
    expect(await linesOf(db, result.posting.id)).toEqual([
      { account: 'bank_clearing', amount: -1_500_000_00 },
      { account: 'available', amount: 1_500_000_00 },
    ]);
    const [audit] = await auditOf(db, 'ledger_posting', String(result.posting.id));
    expect(audit).toMatchObject({
      action: 'ledger.deposit',
      outcome: 'success',
      actorIin: officer.iin,
      bodyCode: '62001',
    });
    expect(audit!.details).toMatchObject({ payer, amount: '1500000.00', bankDocument: { number: '000123' } });
  });

  it('the same bank document is not credited twice to one payer', async () => {
    const payer = newPayer();
    const input = { payer, amount: 100_00, bankDocument: { number: '77', date: '2026-04-01' }, bodyCode: '62001' };
    await deposit(ctx, { ...input, idempotencyKey: key() }, officer);
    await expect(deposit(ctx, { ...input, idempotencyKey: key() }, officer)).rejects.toThrow(
      /LEDGER_DEPOSIT_DUPLICATE/,
    );
    expect(await payerBalances(db, payer)).toEqual({ available: 100_00, reserved: 0 });
  });

  it('a reservation moves money from available to reserved for the declaration', async () => {
    const payer = await funded(1000);
    const declarationId = randomUUID();
    const result = await reserve(ctx, { payer, declarationId, amount: 600_00, idempotencyKey: key() }, system);
    expect(result.balances).toEqual({ available: 400_00, reserved: 600_00 });
    expect(result.posting).toMatchObject({ kind: 'reservation', declarationId, amount: 600_00 });
    await expect(reserve(ctx, { payer, declarationId, amount: 100_00, idempotencyKey: key() }, system)).rejects.toThrow(
      /LEDGER_RESERVATION_EXISTS/,
    );
  });

  it('a reservation above the available money is refused with a clear code, nothing posted, the refusal audited', async () => {
    const payer = await funded(500);
    const postingsBefore = await count('select count(*)::int as n from ledger_postings where payer = $1', [payer]);
    const attempt = reserve(ctx, { payer, declarationId: randomUUID(), amount: 500_01, idempotencyKey: key() }, system);
    await expect(attempt).rejects.toMatchObject({ code: 'LEDGER_INSUFFICIENT_FUNDS', status: 409 });
    await expect(attempt).rejects.toThrow(/500\.00 tenge available, 500\.01 tenge needed/);
    expect(await payerBalances(db, payer)).toEqual({ available: 500_00, reserved: 0 });
    expect(await count('select count(*)::int as n from ledger_postings where payer = $1', [payer])).toBe(
      postingsBefore,
    );
    expect(await count('select count(*)::int as n from ledger_reservations where payer = $1', [payer])).toBe(0);
    const refusals = await auditOf(db, 'advance_account', payer);
    expect(refusals).toMatchObject([
      { action: 'ledger.reservation', outcome: 'refused', code: 'LEDGER_INSUFFICIENT_FUNDS' },
    ]);
  });

  it('a debit at release takes the assessed amount to the customs receipts and returns the rest', async () => {
    const payer = await funded(1000);
    const declarationId = randomUUID();
    await reserve(ctx, { payer, declarationId, amount: 600_00, idempotencyKey: key() }, system);
    const result = await debit(ctx, { declarationId, amount: 550_00, idempotencyKey: key() }, system);
    expect(result.balances).toEqual({ available: 450_00, reserved: 0 });
    expect(await linesOf(db, result.posting.id)).toEqual(
      expect.arrayContaining([
        { account: 'reserved', amount: -600_00 },
        { account: 'customs_receipts', amount: 550_00 },
        { account: 'available', amount: 50_00 },
      ]),
    );
    await expect(debit(ctx, { declarationId, idempotencyKey: key() }, system)).rejects.toThrow(
      /LEDGER_RESERVATION_NOT_FOUND/,
    );
  });

  it('a debit above the reservation is refused', async () => {
    const payer = await funded(1000);
    const declarationId = randomUUID();
    await reserve(ctx, { payer, declarationId, amount: 600_00, idempotencyKey: key() }, system);
    await expect(debit(ctx, { declarationId, amount: 600_01, idempotencyKey: key() }, system)).rejects.toThrow(
      /LEDGER_DEBIT_ABOVE_RESERVATION/,
    );
    expect(await payerBalances(db, payer)).toEqual({ available: 400_00, reserved: 600_00 });
  });

  it('a release at refusal or withdrawal returns the whole reservation, and the declaration may reserve again', async () => {
    const payer = await funded(1000);
    const declarationId = randomUUID();
    await reserve(ctx, { payer, declarationId, amount: 600_00, idempotencyKey: key() }, system);
    const result = await release(ctx, { declarationId, idempotencyKey: key() }, system);
    expect(result.posting).toMatchObject({ kind: 'release', amount: 600_00 });
    expect(result.balances).toEqual({ available: 1000_00, reserved: 0 });
    await reserve(ctx, { payer, declarationId, amount: 700_00, idempotencyKey: key() }, system);
    expect(await payerBalances(db, payer)).toEqual({ available: 300_00, reserved: 700_00 });
  });

  it('a refund pays available money back to the bank, never more than there is', async () => {
    const payer = await funded(1000);
    await expect(
      refund(ctx, { payer, amount: 1000_01, bodyCode: '62001', idempotencyKey: key() }, officer),
    ).rejects.toThrow(/LEDGER_INSUFFICIENT_FUNDS/);
    const result = await refund(ctx, { payer, amount: 1000_00, bodyCode: '62001', idempotencyKey: key() }, officer);
    expect(result.balances).toEqual({ available: 0, reserved: 0 });
  });

  it('the same key twice makes one posting and gives the same answer; the same key for another request is refused', async () => {
    const payer = newPayer();
    const input = {
      payer,
      amount: 250_00,
      bankDocument: { number: 'A-1', date: '2026-04-06' },
      bodyCode: '62001',
      idempotencyKey: key(),
    };
    const first = await deposit(ctx, input, officer);
    clock.advance(60_000);
    const second = await deposit(ctx, input, officer);
    expect(second.replayed).toBe(true);
    expect(second.posting).toEqual({ ...first.posting, requestHash: first.posting.requestHash });
    expect(await count('select count(*)::int as n from ledger_postings where payer = $1', [payer])).toBe(1);
    expect(await payerBalances(db, payer)).toEqual({ available: 250_00, reserved: 0 });
    await expect(deposit(ctx, { ...input, amount: 260_00 }, officer)).rejects.toThrow(/LEDGER_IDEMPOTENCY_CONFLICT/);
    await expect(deposit(ctx, { ...input, payer: newPayer() }, officer)).rejects.toThrow(/LEDGER_IDEMPOTENCY_CONFLICT/);
  });

  it('a repeated debit key answers the first debit even though the reservation is closed', async () => {
    const payer = await funded(100);
    const declarationId = randomUUID();
    await reserve(ctx, { payer, declarationId, amount: 100_00, idempotencyKey: key() }, system);
    const input = { declarationId, idempotencyKey: key() };
    const first = await debit(ctx, input, system);
    const again = await debit(ctx, input, system);
    expect(again).toMatchObject({ replayed: true, posting: { id: first.posting.id } });
  });

  it('a reversal is a new posting naming the old one, moving its lines back; the old one stays as it was', async () => {
    const payer = newPayer();
    const made = await deposit(
      ctx,
      {
        payer,
        amount: 300_00,
        bankDocument: { number: 'R-1', date: '2026-04-06' },
        bodyCode: '62001',
        idempotencyKey: key(),
      },
      officer,
    );
    const reversal = await reverse(
      ctx,
      { postingId: made.posting.id, bodyCode: '62001', idempotencyKey: key() },
      officer,
    );
    expect(reversal.posting).toMatchObject({ kind: 'reversal', reversesId: made.posting.id, amount: 300_00 });
    expect(reversal.balances).toEqual({ available: 0, reserved: 0 });
    expect(await linesOf(db, reversal.posting.id)).toEqual(
      expect.arrayContaining([
        { account: 'bank_clearing', amount: 300_00 },
        { account: 'available', amount: -300_00 },
      ]),
    );
    expect(await findPosting(db, made.posting.id)).toMatchObject({
      kind: 'deposit',
      reversedById: reversal.posting.id,
    });
    await expect(
      reverse(ctx, { postingId: made.posting.id, bodyCode: '62001', idempotencyKey: key() }, officer),
    ).rejects.toThrow(/LEDGER_NOT_REVERSIBLE/);
    await expect(
      reverse(ctx, { postingId: reversal.posting.id, bodyCode: '62001', idempotencyKey: key() }, officer),
    ).rejects.toThrow(/LEDGER_NOT_REVERSIBLE/);
  });

  it('a deposit already reserved cannot be reversed below zero', async () => {
    const payer = await funded(100);
    const { rows } = await db.query<{ id: number }>('select id from ledger_postings where payer = $1', [payer]);
    await reserve(ctx, { payer, declarationId: randomUUID(), amount: 60_00, idempotencyKey: key() }, system);
    await expect(
      reverse(ctx, { postingId: rows[0]!.id, bodyCode: '62001', idempotencyKey: key() }, officer),
    ).rejects.toThrow(/LEDGER_INSUFFICIENT_FUNDS/);
  });

  it('postings and lines are never updated or deleted, and the database refuses unbalanced lines and negative balances', async () => {
    const payer = await funded(10);
    await expect(db.query('update ledger_postings set amount = 1 where payer = $1', [payer])).rejects.toThrow(
      /never updated or deleted/,
    );
    await expect(db.query('delete from ledger_lines')).rejects.toThrow(/never updated or deleted/);
    await expect(
      db.query(`update ledger_accounts set balance = -1 where payer = $1 and kind = 'available'`, [payer]),
    ).rejects.toThrow(/ledger_balance_not_negative/);
    await expect(
      db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number }>(
          `insert into ledger_postings (payer, kind, idempotency_key, request_hash, amount, note, posted_at)
           values ($1, 'refund', $2, 'x', 1, 'test', now()) returning id`,
          [payer, key()],
        );
        await tx.query(
          `insert into ledger_lines (posting_id, account_id, amount)
           select $1, id, 1 from ledger_accounts where payer = $2 and kind = 'available'`,
          [rows[0]!.id, payer],
        );
      }),
    ).rejects.toThrow(/not balanced/);
  });

  it('reserves, debits and releases inside the caller’s transaction: rolled back with it, committed with it', async () => {
    const payer = await funded(100);
    const declarationId = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await reserveWithin(tx, ctx, { payer, declarationId, amount: 60_00, idempotencyKey: key() }, system);
        throw new Error('the submission failed after reserving');
      }),
    ).rejects.toThrow(/submission failed/);
    expect(await payerBalances(db, payer)).toEqual({ available: 100_00, reserved: 0 });

    await db.transaction((tx) =>
      reserveWithin(tx, ctx, { payer, declarationId, amount: 60_00, idempotencyKey: key() }, system),
    );
    expect(await payerBalances(db, payer)).toEqual({ available: 40_00, reserved: 60_00 });
    await db.transaction((tx) => releaseWithin(tx, ctx, { declarationId, idempotencyKey: key() }, system));
    await db.transaction((tx) =>
      reserveWithin(tx, ctx, { payer, declarationId, amount: 70_00, idempotencyKey: key() }, system),
    );
    await db.transaction((tx) => debitWithin(tx, ctx, { declarationId, idempotencyKey: key() }, system));
    expect(await payerBalances(db, payer)).toEqual({ available: 30_00, reserved: 0 });
    await expect(
      db.transaction((tx) =>
        reserveWithin(tx, ctx, { payer, declarationId: randomUUID(), amount: 30_01, idempotencyKey: key() }, system),
      ),
    ).rejects.toThrow(/LEDGER_INSUFFICIENT_FUNDS/);
  });
});
