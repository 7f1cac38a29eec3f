import { randomUUID } from 'node:crypto';
import { payerBalances } from '../modules/payments/ledger/ledger-repository.ts';
import { tiynOf } from '../modules/payments/ledger/money.ts';
import { deposit, refund } from '../modules/payments/ledger/operations.ts';
import type { Clock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';

/*
 * Money on a payer's advance account for tests that need a declaration paid (issue 16, ACC-17):
 * real postings through the ledger, as an officer's deposit and refund make them.
 */

interface LedgerTest {
  db: Database;
  clock: Clock;
}

const officer = { accountId: null, iin: null };
const ledger = (t: LedgerTest) => ({ db: t.db, clock: t.clock, publicUrl: 'http://localhost:8080' });

/** Credits `tenge` to the payer, as a bank payment an officer records (by default a billion: enough for any test's declarations). */
export async function fundAdvanceAccount(t: LedgerTest, payer: string, tenge = '1000000000.00'): Promise<void> {
  const key = randomUUID();
  await deposit(
    ledger(t),
    {
      payer,
      amount: tiynOf(tenge),
      bankDocument: { number: `TEST-${key.slice(0, 8)}`, date: '2026-01-05' },
      bodyCode: '75000',
      idempotencyKey: key,
    },
    officer,
  );
}

/** Pays the payer's available money back to its bank, leaving nothing to hold for a declaration. */
export async function emptyAdvanceAccount(t: LedgerTest, payer: string): Promise<void> {
  const { available } = await payerBalances(t.db, payer);
  if (available === 0) return;
  await refund(ledger(t), { payer, amount: available, bodyCode: '75000', idempotencyKey: randomUUID() }, officer);
}
