import { type AuditEvent, recordAudits } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sideBySide } from '../../../platform/db/side-by-side.ts';
import { reservationLines } from './entries.ts';
import { tengeOf } from './money.ts';
import { hashOf, type PostingActor } from './post.ts';

/** One declaration's hold in a registration batch: what it owes, and whose accounts may pay, in order. */
export interface Hold {
  declarationId: string;
  amount: number;
  payers: readonly string[];
  idempotencyKey: string;
  actor: PostingActor;
}

/**
 * Holds what each declaration of a registration batch owes, in two round trips whatever the
 * batch's size (issue 16 point 3): the same postings, lines, balances, reservations and audit
 * records that `reserveWithin` makes one declaration at a time, which cost a dozen round trips
 * per declaration inside the registering transaction and held every submission behind them.
 * Every candidate payer's two accounts are locked in one statement, in id order — the order every
 * other writer locks them in, so no deadlock — and the money is allotted in memory, in the
 * batch's order: a declaration takes the first of its payers whose available money still covers
 * it. A payer without accounts has no money and is passed over. Returns whose money holds each
 * declaration (absent: nothing held). A declaration that already has an open reservation must
 * have had it returned first.
 *
 * The postings' ids are taken from their sequence in the first round trip, so that everything
 * written names them from the start and leaves in the second: the registering transaction waits
 * for its longest chain of round trips, and this was it (docs/PERFORMANCE.md). An id taken and
 * not used (a payer short of money) is a gap, as a rolled-back insert leaves one.
 */
export async function holdMany(tx: Queryable, holds: readonly Hold[], at: Date): Promise<Map<string, string>> {
  const held = new Map<string, string>();
  const wanted = holds.filter((h) => h.amount > 0);
  if (wanted.length === 0) return held;
  const payers = [...new Set(wanted.flatMap((h) => h.payers))].sort();
  // The accounts locked, the keys looked up and the postings' ids taken, in one round trip.
  const [{ rows }, { rows: used }, { rows: taken }] = await sideBySide([
    tx.query<{ id: number; payer: string; kind: 'available' | 'reserved'; balance: number }>(
      `select id, payer, kind, balance from ledger_accounts
        where payer = any($1::text[]) and currency = 'KZT' order by id for update`,
      [payers],
      { prepare: true },
    ),
    // A key used before is a hold already made (never expected: a copy registers once).
    tx.query<{ key: string }>(
      'select idempotency_key as key from ledger_postings where idempotency_key = any($1::text[])',
      [wanted.map((h) => h.idempotencyKey)],
      { prepare: true },
    ),
    tx.query<{ id: string }>(
      `select nextval(pg_get_serial_sequence('ledger_postings', 'id')) as id from generate_series(1, $1::int)`,
      [wanted.length],
      { prepare: true },
    ),
  ]);
  // in the order taken, which is the order of the batch's postings
  const postingIds = taken.map((t) => Number(t.id)).sort((a, b) => a - b);
  const accounts = new Map<
    string,
    { available: { id: number; balance: number }; reserved: { id: number; balance: number } }
  >();
  for (const payer of payers) {
    const available = rows.find((r) => r.payer === payer && r.kind === 'available');
    const reserved = rows.find((r) => r.payer === payer && r.kind === 'reserved');
    if (available && reserved)
      accounts.set(payer, {
        available: { id: available.id, balance: Number(available.balance) },
        reserved: { id: reserved.id, balance: Number(reserved.balance) },
      });
  }
  const usedKeys = new Set(used.map((u) => u.key));

  const chosen: { hold: Hold; payer: string }[] = [];
  for (const hold of wanted) {
    if (usedKeys.has(hold.idempotencyKey)) continue;
    const payer = hold.payers.find((p) => (accounts.get(p)?.available.balance ?? -1) >= hold.amount);
    if (!payer) continue;
    const account = accounts.get(payer)!;
    account.available.balance -= hold.amount;
    account.reserved.balance += hold.amount;
    chosen.push({ hold, payer });
    held.set(hold.declarationId, payer);
  }
  if (chosen.length === 0) return held;

  const ids = postingIds.slice(0, chosen.length);
  const touched = [...new Set(chosen.map((c) => c.payer))].flatMap((payer) => {
    const { available, reserved } = accounts.get(payer)!;
    return [available, reserved];
  });
  const lines = chosen.flatMap((c, index) =>
    reservationLines(c.hold.amount).map((line) => ({
      postingId: ids[index]!,
      accountId: accounts.get(c.payer)![line.account as 'available' | 'reserved'].id,
      amount: line.amount,
    })),
  );
  // Everything written, in one round trip: the postings first, which the rest refer to.
  await sideBySide([
    tx.query(
      `insert into ledger_postings (id, payer, kind, idempotency_key, request_hash, amount, declaration_id, actor_account_id, posted_at)
       overriding system value
       select id, payer, 'reservation', key, hash, amount, declaration_id, actor, $8
         from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::uuid[], $7::uuid[])
              as p (id, payer, key, hash, amount, declaration_id, actor)`,
      [
        ids,
        chosen.map((c) => c.payer),
        chosen.map((c) => c.hold.idempotencyKey),
        chosen.map((c) =>
          hashOf({
            payer: c.payer,
            kind: 'reservation',
            idempotencyKey: c.hold.idempotencyKey,
            amount: c.hold.amount,
            declarationId: c.hold.declarationId,
          }),
        ),
        chosen.map((c) => c.hold.amount),
        chosen.map((c) => c.hold.declarationId),
        chosen.map((c) => c.hold.actor.accountId),
        at,
      ],
      { prepare: true },
    ),
    tx.query(
      `insert into ledger_lines (posting_id, account_id, amount)
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[])`,
      [lines.map((l) => l.postingId), lines.map((l) => l.accountId), lines.map((l) => l.amount)],
      { prepare: true },
    ),
    tx.query(
      `update ledger_accounts a set balance = b.balance
       from unnest($1::bigint[], $2::bigint[]) as b (id, balance) where a.id = b.id`,
      [touched.map((a) => a.id), touched.map((a) => a.balance)],
      { prepare: true },
    ),
    tx.query(
      `insert into ledger_reservations (payer, declaration_id, amount, reserved_by)
     select * from unnest($1::text[], $2::uuid[], $3::bigint[], $4::bigint[])`,
      [chosen.map((c) => c.payer), chosen.map((c) => c.hold.declarationId), chosen.map((c) => c.hold.amount), ids],
      { prepare: true },
    ),
    recordAudits(
      tx,
      chosen.map((c, index): { at: Date; event: AuditEvent } => ({
        at,
        event: {
          action: 'ledger.reservation',
          outcome: 'success',
          actorAccountId: c.hold.actor.accountId,
          actorIin: c.hold.actor.iin,
          subjectType: 'ledger_posting',
          subjectId: String(ids[index]),
          ip: c.hold.actor.facts?.ip,
          requestId: c.hold.actor.facts?.requestId,
          details: {
            payer: c.payer,
            kind: 'reservation',
            amount: tengeOf(c.hold.amount),
            lines: reservationLines(c.hold.amount).map((line) => ({
              account: line.account,
              amount: tengeOf(line.amount),
            })),
            declarationId: c.hold.declarationId,
          },
        },
      })),
    ),
  ]);
  return held;
}
