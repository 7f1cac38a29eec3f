import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../../platform/db/first-row.ts';
import type { GoodsItem } from '../calculate.ts';
import type { PersonalUseChannel } from '../personal-use.ts';

/** The SQL of customs receipt orders (ТПО); nothing else in the feature touches the database. */

export type ReceiptOrderStatus = 'issued' | 'paid' | 'nothing-due' | 'annulled';

/** A payment line as stored: tiyn as decimal strings, the explanation in each language. */
export interface StoredLine {
  paymentType: string;
  base: string;
  rate: string;
  amount: string;
  explanation: { kk: string; ru: string; en: string };
}

export interface ReceiptOrderRow {
  id: string;
  number: string;
  officeCode: string;
  serial: number;
  issuedAt: Date;
  calculatedOn: string;
  recipientIin: string;
  recipientName: string | null;
  channel: PersonalUseChannel;
  items: GoodsItem[];
  lines: StoredLine[];
  /** tiyn */
  total: bigint;
  issuedBy: 'officer' | 'recipient';
  issuerAccountId: string;
  document: Uint8Array;
  signatureCms: Uint8Array;
  status: ReceiptOrderStatus;
  paidAt: Date | null;
  paidBy: 'advance-account' | 'bank' | null;
  paymentPostingId: number | null;
  bankDocumentNumber: string | null;
  bankDocumentDate: string | null;
  annulledAt: Date | null;
  annulReason: string | null;
}

const columns = `id, number, office_code as "officeCode", serial, issued_at as "issuedAt",
  to_char(calculated_on, 'YYYY-MM-DD') as "calculatedOn", recipient_iin as "recipientIin",
  recipient_name as "recipientName", channel, items, lines, total::text as total, issued_by as "issuedBy",
  issuer_account_id as "issuerAccountId", document, signature_cms as "signatureCms", status,
  paid_at as "paidAt", paid_by as "paidBy", payment_posting_id::int as "paymentPostingId",
  bank_document_number as "bankDocumentNumber", to_char(bank_document_date, 'YYYY-MM-DD') as "bankDocumentDate",
  annulled_at as "annulledAt", annul_reason as "annulReason"`;

type RawRow = Omit<ReceiptOrderRow, 'total'> & { total: string };

const rowOf = (raw: RawRow): ReceiptOrderRow => ({ ...raw, total: BigInt(raw.total) });

/**
 * The next serial of the office's day, under the counter row's lock until the transaction ends:
 * a ТПО that rolls back gives its serial back, so the day's numbers have no gaps.
 */
export async function takeSerial(tx: Queryable, officeCode: string, day: string): Promise<number> {
  const { rows } = await tx.query<{ last: number }>(
    `insert into receipt_order_counters (office_code, day, last_serial) values ($1, $2, 1)
     on conflict (office_code, day) do update set last_serial = receipt_order_counters.last_serial + 1
     returning last_serial as last`,
    [officeCode, day],
  );
  return Number(rows[0]!.last);
}

export async function insertReceiptOrder(
  tx: Queryable,
  row: Omit<
    ReceiptOrderRow,
    'paidAt' | 'paidBy' | 'paymentPostingId' | 'bankDocumentNumber' | 'bankDocumentDate' | 'annulledAt' | 'annulReason'
  >,
): Promise<void> {
  await tx.query(
    `insert into receipt_orders (id, number, office_code, serial, issued_at, calculated_on, recipient_iin, recipient_name,
       channel, items, lines, total, issued_by, issuer_account_id, document, signature_cms, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::bigint, $13, $14, $15, $16, $17)`,
    [
      row.id,
      row.number,
      row.officeCode,
      row.serial,
      row.issuedAt,
      row.calculatedOn,
      row.recipientIin,
      row.recipientName,
      row.channel,
      JSON.stringify(row.items),
      JSON.stringify(row.lines),
      row.total.toString(),
      row.issuedBy,
      row.issuerAccountId,
      row.document,
      row.signatureCms,
      row.status,
    ],
  );
}

export async function findReceiptOrder(db: Queryable, id: string, lock: RowLock = {}): Promise<ReceiptOrderRow | null> {
  const raw = await firstRow<RawRow>(db, `select ${columns} from receipt_orders where id = $1`, [id], lock);
  return raw && rowOf(raw);
}

export async function findReceiptOrderByNumber(db: Queryable, number: string): Promise<ReceiptOrderRow | null> {
  const raw = await firstRow<RawRow>(db, `select ${columns} from receipt_orders where number = $1`, [number]);
  return raw && rowOf(raw);
}

/** The recipient's ТПО, newest first. */
export async function receiptOrdersOf(db: Queryable, recipientIin: string, limit = 200): Promise<ReceiptOrderRow[]> {
  const { rows } = await db.query<RawRow>(
    `select ${columns} from receipt_orders where recipient_iin = $1 order by issued_at desc, number desc limit $2`,
    [recipientIin, limit],
  );
  return rows.map(rowOf);
}

/** The ТПО of the bodies in an officer's scope (every body's for null), newest first. */
export async function receiptOrdersAt(
  db: Queryable,
  bodies: readonly string[] | null,
  filter: { status?: ReceiptOrderStatus; recipientIin?: string; limit: number },
): Promise<ReceiptOrderRow[]> {
  const { rows } = await db.query<RawRow>(
    `select ${columns} from receipt_orders
      where ($1::text[] is null or office_code = any($1::text[]))
        and ($2::text is null or status = $2) and ($3::text is null or recipient_iin = $3)
      order by issued_at desc, number desc limit $4`,
    [bodies, filter.status ?? null, filter.recipientIin ?? null, filter.limit],
  );
  return rows.map(rowOf);
}

export async function markPaidFromAccount(tx: Queryable, id: string, at: Date, postingId: number): Promise<void> {
  await tx.query(
    `update receipt_orders set status = 'paid', paid_at = $2, paid_by = 'advance-account', payment_posting_id = $3
      where id = $1 and status = 'issued'`,
    [id, at, postingId],
  );
}

export async function markPaidByBank(
  tx: Queryable,
  id: string,
  at: Date,
  bankDocument: { number: string; date: string },
  officerId: string,
): Promise<void> {
  await tx.query(
    `update receipt_orders set status = 'paid', paid_at = $2, paid_by = 'bank', bank_document_number = $3,
       bank_document_date = $4, payment_recorded_by = $5
      where id = $1 and status = 'issued'`,
    [id, at, bankDocument.number, bankDocument.date, officerId],
  );
}

export async function markAnnulled(tx: Queryable, id: string, at: Date, reason: string, officerId: string) {
  await tx.query(
    `update receipt_orders set status = 'annulled', annulled_at = $2, annul_reason = $3, annulled_by = $4
      where id = $1 and status in ('issued', 'nothing-due')`,
    [id, at, reason, officerId],
  );
}

/** The addresses of the recipient's active user accounts, each with its language, for the notice. */
export async function recipientAddresses(
  tx: Queryable,
  iin: string,
  limit: number,
): Promise<{ email: string; language: 'kk' | 'ru' | 'en' }[]> {
  // The accounts module's table, read for addresses only, as the deposit notice does.
  const { rows } = await tx.query<{ email: string; language: 'kk' | 'ru' | 'en' }>(
    `select distinct on (email) email, language from accounts
      where iin_bin = $1 and kind = 'user' and status = 'active' and email is not null and email <> ''
      order by email, created_at limit $2`,
    [iin, limit],
  );
  return rows;
}
