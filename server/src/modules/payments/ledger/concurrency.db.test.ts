import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../platform/clock.ts';
import { AppError } from '../../../platform/errors.ts';
import { suiteDatabase } from '../../../testing/suite-database.ts';
import type { LedgerContext } from './context.ts';
import { payerBalances } from './ledger-repository.ts';
import { deposit, release, reserve } from './operations.ts';

const db = await suiteDatabase();
const ctx: LedgerContext = { db, clock: systemClock, publicUrl: 'http://localhost:8080' };
const officer = { accountId: null, iin: '800101300001' };
const system = { accountId: null, iin: null };

/** A fixed pseudo-random sequence, so a failure can be run again as it was. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('ACC-14: the advance account under 100 concurrent postings', () => {
  it('deposits, reservations and releases racing on four payers, one of them new: no balance below zero, every balance the sum of its postings', async () => {
    const payers = ['990201000001', '990201000002', '990201000003'];
    const open: { payer: string; declarationId: string }[] = [];
    for (const payer of payers) {
      await deposit(
        ctx,
        {
          payer,
          amount: 500_00,
          bankDocument: { number: `S-${payer}`, date: '2026-04-06' },
          bodyCode: '62001',
          idempotencyKey: `start-${payer}`,
        },
        officer,
      );
      const declarationId = randomUUID();
      await reserve(ctx, { payer, declarationId, amount: 200_00, idempotencyKey: `held-${payer}` }, system);
      open.push({ payer, declarationId });
    }

    const random = sequence(20260407);
    // A payer with no account yet, whose first postings race to open it.
    const newcomer = '990201000004';
    const operations = Array.from({ length: 100 }, (_, i) => {
      if (i % 20 === 0) {
        return () =>
          deposit(
            ctx,
            {
              payer: newcomer,
              amount: 10_00,
              bankDocument: { number: `N-${i}`, date: '2026-04-07' },
              bodyCode: '62001',
              idempotencyKey: `newcomer-${i}`,
            },
            officer,
          );
      }
      const payer = payers[Math.floor(random() * payers.length)]!;
      const pick = random();
      if (pick < 0.3) {
        return () =>
          deposit(
            ctx,
            {
              payer,
              amount: 50_00,
              bankDocument: { number: `D-${i}`, date: '2026-04-07' },
              bodyCode: '62001',
              idempotencyKey: `deposit-${i}`,
            },
            officer,
          );
      }
      if (pick < 0.35) {
        const held = open.find((o) => o.payer === payer)!;
        return () => release(ctx, { declarationId: held.declarationId, idempotencyKey: `release-${payer}` }, system);
      }
      // Reservations of 70 to 170 tenge: more than the payers hold, so many must be refused.
      const amount = (70 + Math.floor(random() * 100)) * 100;
      return () => reserve(ctx, { payer, declarationId: randomUUID(), amount, idempotencyKey: `reserve-${i}` }, system);
    });

    const outcomes = await Promise.allSettled(operations.map((run) => run()));

    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    for (const reason of refusals) {
      expect(reason).toBeInstanceOf(AppError);
      expect(['LEDGER_INSUFFICIENT_FUNDS', 'LEDGER_RESERVATION_NOT_FOUND']).toContain((reason as AppError).code);
    }
    expect(refusals.some((r) => (r as AppError).code === 'LEDGER_INSUFFICIENT_FUNDS')).toBe(true);
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThan(30);

    // Every kept balance equals the sum of its lines, and none is below zero.
    const { rows: accounts } = await db.query<{ id: number; balance: number; total: number }>(
      `select a.id, a.balance, coalesce(sum(l.amount), 0)::bigint as total
         from ledger_accounts a left join ledger_lines l on l.account_id = a.id
        where a.payer is not null group by a.id, a.balance`,
    );
    expect(accounts).toHaveLength((payers.length + 1) * 2);
    for (const account of accounts) {
      expect(account.balance).toBeGreaterThanOrEqual(0);
      expect(account.balance).toBe(account.total);
    }
    // The newcomer's five first deposits opened one pair of accounts between them.
    expect(await payerBalances(db, newcomer)).toEqual({ available: 5 * 10_00, reserved: 0 });
    // Double entry holds over the whole ledger, and every posting balances on its own.
    const { rows: whole } = await db.query<{ total: number; unbalanced: number }>(
      `select (select coalesce(sum(amount), 0)::bigint from ledger_lines) as total,
              (select count(*)::int from (select posting_id from ledger_lines group by posting_id having sum(amount) <> 0) u) as unbalanced`,
    );
    expect(whole[0]).toEqual({ total: 0, unbalanced: 0 });
    // The reserved money is exactly what the open reservations hold.
    const { rows: reserved } = await db.query<{ payer: string; balance: number; held: number }>(
      `select a.payer, a.balance,
              (select coalesce(sum(r.amount), 0)::bigint from ledger_reservations r where r.payer = a.payer and r.closed_by is null) as held
         from ledger_accounts a where a.kind = 'reserved'`,
    );
    for (const row of reserved) expect(row.balance).toBe(row.held);
  });
});
