import type { Queryable } from '../../../platform/db/database.ts';
import type { LedgerAccountKind, Line, PayerBalances, PostingKind } from './entries.ts';

/** A posting as stored, with the posting that reversed it, if any. */
export interface Posting {
  id: number;
  payer: string;
  kind: PostingKind;
  idempotencyKey: string;
  requestHash: string;
  amount: number;
  currency: 'KZT';
  declarationId: string | null;
  bankDocumentNumber: string | null;
  bankDocumentDate: string | null;
  reversesId: number | null;
  reversedById: number | null;
  bodyCode: string | null;
  actorAccountId: string | null;
  note: string | null;
  postedAt: Date;
}

const postingColumns = `p.id, p.payer, p.kind, p.idempotency_key as "idempotencyKey", p.request_hash as "requestHash",
  p.amount, p.currency, p.declaration_id as "declarationId", p.bank_document_number as "bankDocumentNumber",
  p.bank_document_date as "bankDocumentDate", p.reverses_id as "reversesId",
  (select r.id from ledger_postings r where r.reverses_id = p.id) as "reversedById",
  p.body_code as "bodyCode", p.actor_account_id as "actorAccountId", p.note, p.posted_at as "postedAt"`;

interface LockedAccount {
  id: number;
  balance: number;
}

export interface LockedPayer {
  available: LockedAccount;
  reserved: LockedAccount;
}

/**
 * Opens the payer's two accounts if it has none yet, then locks both rows until the transaction
 * ends, always in the same order (by id), so writers for one payer queue and never deadlock.
 */
export async function lockPayer(tx: Queryable, payer: string): Promise<LockedPayer> {
  const lock = () =>
    tx.query<{ id: number; kind: 'available' | 'reserved'; balance: number }>(
      `select id, kind, balance from ledger_accounts where payer = $1 and currency = 'KZT' order by id for update`,
      [payer],
      { prepare: true },
    );
  let { rows } = await lock();
  if (rows.length < 2) {
    // A payer's first posting; of two first postings at once, one inserts and the other waits for it.
    await tx.query(
      `insert into ledger_accounts (kind, payer, balance) values ('available', $1, 0), ('reserved', $1, 0)
       on conflict do nothing`,
      [payer],
    );
    ({ rows } = await lock());
  }
  const of = (kind: 'available' | 'reserved') => {
    const row = rows.find((r) => r.kind === kind);
    if (!row) throw new Error(`the ${kind} account of ${payer} is missing`);
    return { id: row.id, balance: row.balance };
  };
  return { available: of('available'), reserved: of('reserved') };
}

export async function findPostingByKey(db: Queryable, key: string): Promise<Posting | null> {
  const { rows } = await db.query<Posting>(
    `select ${postingColumns} from ledger_postings p where p.idempotency_key = $1`,
    [key],
  );
  return rows[0] ?? null;
}

export async function findPosting(db: Queryable, id: number): Promise<Posting | null> {
  const { rows } = await db.query<Posting>(`select ${postingColumns} from ledger_postings p where p.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The lines of a posting, by the kind of account each moves money to or from. */
export async function linesOf(db: Queryable, postingId: number): Promise<Line[]> {
  const { rows } = await db.query<Line>(
    `select a.kind as account, l.amount from ledger_lines l join ledger_accounts a on a.id = l.account_id
      where l.posting_id = $1 order by a.id`,
    [postingId],
  );
  return rows;
}

/** Whether a deposit of this bank document stands on the payer's account (one not reversed). */
export async function depositStands(db: Queryable, payer: string, number: string, date: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from ledger_postings p
      where p.payer = $1 and p.kind = 'deposit' and p.bank_document_number = $2 and p.bank_document_date = $3
        and not exists (select 1 from ledger_postings r where r.reverses_id = p.id)`,
    [payer, number, date],
  );
  return rows.length > 0;
}

export interface NewPosting {
  payer: string;
  kind: PostingKind;
  idempotencyKey: string;
  requestHash: string;
  amount: number;
  declarationId: string | null;
  bankDocumentNumber: string | null;
  bankDocumentDate: string | null;
  reversesId: number | null;
  bodyCode: string | null;
  actorAccountId: string | null;
  note: string | null;
  postedAt: Date;
}

/**
 * Writes the posting, its lines and the payer's new balances. The lines name account kinds; the
 * payer's accounts are the locked ones, the customs accounts are found by kind.
 */
export async function insertPosting(
  tx: Queryable,
  posting: NewPosting,
  lines: readonly Line[],
  payer: LockedPayer,
  after: PayerBalances,
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `insert into ledger_postings (payer, kind, idempotency_key, request_hash, amount, declaration_id,
       bank_document_number, bank_document_date, reverses_id, body_code, actor_account_id, note, posted_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [
      posting.payer,
      posting.kind,
      posting.idempotencyKey,
      posting.requestHash,
      posting.amount,
      posting.declarationId,
      posting.bankDocumentNumber,
      posting.bankDocumentDate,
      posting.reversesId,
      posting.bodyCode,
      posting.actorAccountId,
      posting.note,
      posting.postedAt,
    ],
    { prepare: true },
  );
  const id = rows[0]!.id;
  const payerAccount: Partial<Record<LedgerAccountKind, number>> = {
    available: payer.available.id,
    reserved: payer.reserved.id,
  };
  await tx.query(
    `insert into ledger_lines (posting_id, account_id, amount)
     select $1, coalesce(l.account_id, (select a.id from ledger_accounts a where a.payer is null and a.kind = l.kind and a.currency = 'KZT')), l.amount
       from unnest($2::text[], $3::bigint[], $4::bigint[]) as l (kind, account_id, amount)`,
    [
      id,
      lines.map((line) => line.account),
      lines.map((line) => payerAccount[line.account] ?? null),
      lines.map((line) => line.amount),
    ],
    { prepare: true },
  );
  await tx.query(
    `update ledger_accounts set balance = case id when $1 then $2::bigint else $4::bigint end where id in ($1, $3)`,
    [payer.available.id, after.available, payer.reserved.id, after.reserved],
    { prepare: true },
  );
  return id;
}

export interface OpenReservation {
  id: number;
  payer: string;
  amount: number;
}

/** What was debited for a declaration (taken at its release) and not reversed since, in tiyn. */
export async function debitedFor(tx: Queryable, declarationId: string): Promise<number> {
  const { rows } = await tx.query<{ amount: string }>(
    `select coalesce(sum(p.amount), 0)::text as amount from ledger_postings p
      where p.declaration_id = $1 and p.kind = 'debit'
        and not exists (select 1 from ledger_postings r where r.reverses_id = p.id)`,
    [declarationId],
  );
  return Number(rows[0]?.amount ?? 0);
}

export async function openReservationOf(tx: Queryable, declarationId: string): Promise<OpenReservation | null> {
  const { rows } = await tx.query<OpenReservation>(
    'select id, payer, amount from ledger_reservations where declaration_id = $1 and closed_by is null',
    [declarationId],
  );
  return rows[0] ?? null;
}

/** The open reservations of several declarations, in one statement. */
export async function openReservationsOf(
  tx: Queryable,
  declarationIds: readonly string[],
): Promise<Map<string, OpenReservation>> {
  if (declarationIds.length === 0) return new Map();
  const { rows } = await tx.query<OpenReservation & { declarationId: string }>(
    `select id, payer, amount, declaration_id as "declarationId" from ledger_reservations
      where declaration_id = any($1::uuid[]) and closed_by is null`,
    [declarationIds],
    { prepare: true },
  );
  return new Map(rows.map(({ declarationId, ...r }) => [declarationId, r]));
}

export async function insertReservation(
  tx: Queryable,
  reservation: { payer: string; declarationId: string; amount: number; postingId: number },
): Promise<void> {
  await tx.query(
    'insert into ledger_reservations (payer, declaration_id, amount, reserved_by) values ($1, $2, $3, $4)',
    [reservation.payer, reservation.declarationId, reservation.amount, reservation.postingId],
  );
}

export async function closeReservation(tx: Queryable, id: number, postingId: number): Promise<void> {
  await tx.query('update ledger_reservations set closed_by = $2 where id = $1 and closed_by is null', [id, postingId]);
}

/** The payer's balances now (zero for a payer with no account yet). */
export async function payerBalances(db: Queryable, payer: string): Promise<PayerBalances> {
  const { rows } = await db.query<{ kind: 'available' | 'reserved'; balance: number }>(
    `select kind, balance from ledger_accounts where payer = $1 and currency = 'KZT'`,
    [payer],
  );
  const of = (kind: 'available' | 'reserved') => rows.find((r) => r.kind === kind)?.balance ?? 0;
  return { available: of('available'), reserved: of('reserved') };
}

/** A posting with what it did to the payer's two accounts. */
export interface PayerPosting extends Posting {
  availableChange: number;
  reservedChange: number;
}

const payerChanges = `coalesce((select sum(l.amount) from ledger_lines l join ledger_accounts a on a.id = l.account_id
    where l.posting_id = p.id and a.kind = 'available'), 0)::bigint as "availableChange",
  coalesce((select sum(l.amount) from ledger_lines l join ledger_accounts a on a.id = l.account_id
    where l.posting_id = p.id and a.kind = 'reserved'), 0)::bigint as "reservedChange"`;

/** The payer's postings in [from, to), oldest first, at most `limit`. */
export async function payerPostings(
  db: Queryable,
  payer: string,
  period: { from: Date; to: Date; limit: number },
): Promise<PayerPosting[]> {
  const { rows } = await db.query<PayerPosting>(
    `select ${postingColumns}, ${payerChanges} from ledger_postings p
      where p.payer = $1 and p.posted_at >= $2 and p.posted_at < $3
      order by p.posted_at, p.id limit $4`,
    [payer, period.from, period.to, period.limit],
  );
  return rows;
}

/** The payer's balances just before an instant: the sum of its lines before it. */
export async function payerBalancesBefore(db: Queryable, payer: string, at: Date): Promise<PayerBalances> {
  const { rows } = await db.query<{ kind: 'available' | 'reserved'; total: number }>(
    `select a.kind, sum(l.amount)::bigint as total
       from ledger_lines l join ledger_accounts a on a.id = l.account_id join ledger_postings p on p.id = l.posting_id
      where a.payer = $1 and p.posted_at < $2
      group by a.kind`,
    [payer, at],
  );
  const of = (kind: 'available' | 'reserved') => rows.find((r) => r.kind === kind)?.total ?? 0;
  return { available: of('available'), reserved: of('reserved') };
}
