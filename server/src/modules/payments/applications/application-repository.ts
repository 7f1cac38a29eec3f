import type { Queryable } from '../../../platform/db/database.ts';
import type { SchedulePart } from './terms.ts';

/** An application about money as stored (amounts in tiyn). */
export interface StoredApplication {
  id: string;
  kind: 'deferral' | 'instalment' | 'refund';
  payer: string;
  applicantAccountId: string;
  declarationId: string | null;
  registrationNumber: string | null;
  customsOffice: string;
  amount: number;
  reason: string | null;
  schedule: SchedulePart[] | null;
  iban: string | null;
  bic: string | null;
  signedBytes: Uint8Array;
  filedAt: Date;
  status: 'pending' | 'granted' | 'refused';
  decidedBy: string | null;
  decisionOffice: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  decisionSchedule: SchedulePart[] | null;
  refundPostingId: number | null;
}

const columns = `id, kind, payer, applicant_account_id as "applicantAccountId", declaration_id as "declarationId",
  registration_number as "registrationNumber", customs_office as "customsOffice", amount, reason, schedule, iban, bic,
  signed_bytes as "signedBytes", filed_at as "filedAt", status, decided_by as "decidedBy",
  decision_office as "decisionOffice", decided_at as "decidedAt", decision_reason as "decisionReason",
  decision_schedule as "decisionSchedule", refund_posting_id as "refundPostingId"`;

/** A registered declaration of the payer's (the declarant named, or the owner when none is): what a deferral is about. */
export interface RegisteredDeclaration {
  id: string;
  registrationNumber: string;
  customsOffice: string;
  /** the latest signed copy's bytes */
  signedBytes: Uint8Array | null;
  /** the import duty (2010) the engine assessed for the latest signed copy at registration, tiyn; null when not assessed */
  assessedDuty: number | null;
}

/** The declarations module's tables, read for the facts a deferral needs: the declaration, its office, its signed copy. */
export async function findRegisteredDeclaration(
  db: Queryable,
  payer: string,
  registrationNumber: string,
): Promise<RegisteredDeclaration | null> {
  const { rows } = await db.query<RegisteredDeclaration>(
    `select d.id, d.registration_number as "registrationNumber", d.customs_office as "customsOffice",
            s.signed_bytes as "signedBytes",
            case when a.owed_tiyn is null then null else coalesce((a.totals ->> '2010')::bigint, 0) end as "assessedDuty"
       from declarations d
       left join lateral (
         select seq, signed_bytes from declaration_submissions where declaration_id = d.id order by seq desc limit 1
       ) s on true
       left join declaration_assessments a on a.declaration_id = d.id and a.seq = s.seq
      where d.registration_number = $1 and coalesce(d.declarant_iin_bin, d.owner_iin_bin) = $2
        and d.kind = 'goods' and d.deleted_at is null`,
    [registrationNumber, payer],
  );
  return rows[0] ?? null;
}

/** What the declaration's pending and granted deferrals and instalments ask for, in tiyn. */
export async function requestedFor(db: Queryable, declarationId: string, exceptId: string): Promise<number> {
  const { rows } = await db.query<{ total: string | number }>(
    `select coalesce(sum(amount), 0) as total from payment_applications
      where declaration_id = $1 and status in ('pending', 'granted') and id <> $2`,
    [declarationId, exceptId],
  );
  return Number(rows[0]!.total);
}

export async function customsBodyExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query(`select 1 from customs_bodies where code = $1`, [code]);
  return rows.length > 0;
}

export interface NewApplication {
  id: string;
  kind: StoredApplication['kind'];
  payer: string;
  applicantAccountId: string;
  declarationId: string | null;
  registrationNumber: string | null;
  customsOffice: string;
  amount: number;
  reason: string | null;
  schedule: SchedulePart[] | null;
  iban: string | null;
  bic: string | null;
  signedBytes: Buffer;
  signatureCms: Buffer;
  signerIin: string;
  filedAt: Date;
}

/** Inserts the application; false when one with its id is already there. */
export async function insertApplication(tx: Queryable, a: NewApplication): Promise<boolean> {
  const { rows } = await tx.query(
    `insert into payment_applications (id, kind, payer, applicant_account_id, declaration_id, registration_number,
       customs_office, amount, reason, schedule, iban, bic, signed_bytes, signature_cms, signer_iin, filed_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     on conflict (id) do nothing returning id`,
    [
      a.id,
      a.kind,
      a.payer,
      a.applicantAccountId,
      a.declarationId,
      a.registrationNumber,
      a.customsOffice,
      a.amount,
      a.reason,
      a.schedule === null ? null : JSON.stringify(a.schedule),
      a.iban,
      a.bic,
      a.signedBytes,
      a.signatureCms,
      a.signerIin,
      a.filedAt.toISOString(),
    ],
  );
  return rows.length > 0;
}

export async function findApplication(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredApplication | null> {
  const { rows } = await db.query<StoredApplication>(
    `select ${columns} from payment_applications where id = $1${options.forUpdate ? ' for update' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** The payer's applications, newest first. */
export async function applicationsOfPayer(db: Queryable, payer: string, limit = 500): Promise<StoredApplication[]> {
  const { rows } = await db.query<StoredApplication>(
    `select ${columns} from payment_applications where payer = $1 order by filed_at desc, id limit $2`,
    [payer, limit],
  );
  return rows;
}

/** Applications addressed to bodies of a scope (null: every body), oldest first: the queue. */
export async function applicationsInScope(
  db: Queryable,
  scope: string[] | null,
  filter: { status: StoredApplication['status']; kind?: StoredApplication['kind']; limit: number },
): Promise<StoredApplication[]> {
  const { rows } = await db.query<StoredApplication>(
    `select ${columns} from payment_applications
      where status = $1 and ($2::text is null or kind = $2) and ($3::text[] is null or customs_office = any($3))
      order by filed_at, id limit $4`,
    [filter.status, filter.kind ?? null, scope, filter.limit],
  );
  return rows;
}

export interface DecisionRecord {
  id: string;
  status: 'granted' | 'refused';
  decidedBy: string;
  decisionOffice: string;
  decidedAt: Date;
  decisionReason: string | null;
  decisionSchedule: SchedulePart[] | null;
  signedBytes: Buffer;
  signatureCms: Buffer;
  refundPostingId: number | null;
}

/** Records the decision on a pending application; false when it was no longer pending. */
export async function recordDecision(tx: Queryable, d: DecisionRecord): Promise<boolean> {
  const { rows } = await tx.query(
    `update payment_applications
        set status = $2, decided_by = $3, decision_office = $4, decided_at = $5, decision_reason = $6,
            decision_schedule = $7, decision_signed_bytes = $8, decision_signature_cms = $9, refund_posting_id = $10
      where id = $1 and status = 'pending' returning id`,
    [
      d.id,
      d.status,
      d.decidedBy,
      d.decisionOffice,
      d.decidedAt.toISOString(),
      d.decisionReason,
      d.decisionSchedule === null ? null : JSON.stringify(d.decisionSchedule),
      d.signedBytes,
      d.signatureCms,
      d.refundPostingId,
    ],
  );
  return rows.length > 0;
}

/** An obligation to pay by a day (amount in tiyn). */
export interface Obligation {
  id: number;
  applicationId: string;
  payer: string;
  declarationId: string;
  registrationNumber: string | null;
  customsOffice: string;
  paymentType: string;
  amount: number;
  dueDate: string;
  paidAt: Date | null;
}

const obligationColumns = `o.id, o.application_id as "applicationId", o.payer, o.declaration_id as "declarationId",
  a.registration_number as "registrationNumber", o.customs_office as "customsOffice", o.payment_type as "paymentType",
  o.amount, to_char(o.due_date, 'YYYY-MM-DD') as "dueDate", o.paid_at as "paidAt"`;

export async function insertObligations(
  tx: Queryable,
  application: { id: string; payer: string; declarationId: string; customsOffice: string },
  parts: readonly SchedulePart[],
  paymentType: string,
): Promise<void> {
  for (const part of parts) {
    await tx.query(
      `insert into payment_obligations (application_id, payer, declaration_id, customs_office, payment_type, amount, due_date)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        application.id,
        application.payer,
        application.declarationId,
        application.customsOffice,
        paymentType,
        part.amount,
        part.dueDate,
      ],
    );
  }
}

export async function obligationsOfPayer(db: Queryable, payer: string, limit = 500): Promise<Obligation[]> {
  const { rows } = await db.query<Obligation>(
    `select ${obligationColumns} from payment_obligations o join payment_applications a on a.id = o.application_id
      where o.payer = $1 order by o.due_date, o.id limit $2`,
    [payer, limit],
  );
  return rows;
}

export async function findObligation(
  db: Queryable,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<Obligation | null> {
  const { rows } = await db.query<Obligation>(
    `select ${obligationColumns} from payment_obligations o join payment_applications a on a.id = o.application_id
      where o.id = $1${options.forUpdate ? ' for update of o' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Unpaid obligations whose day has passed (due before `today`), of bodies in a scope (null: every body). */
export async function overdueObligations(
  db: Queryable,
  scope: string[] | null,
  today: string,
  limit = 1000,
): Promise<Obligation[]> {
  const { rows } = await db.query<Obligation>(
    `select ${obligationColumns} from payment_obligations o join payment_applications a on a.id = o.application_id
      where o.paid_at is null and o.due_date < $1::date and ($2::text[] is null or o.customs_office = any($2))
      order by o.due_date, o.id limit $3`,
    [today, scope, limit],
  );
  return rows;
}

export async function recordPaid(
  tx: Queryable,
  id: number,
  paid: {
    at: Date;
    by: string;
    bankDocument: { number: string; date: string } | null;
    debitPostingId: number | null;
  },
): Promise<boolean> {
  const { rows } = await tx.query(
    `update payment_obligations set paid_at = $2, paid_by = $3, bank_document_number = $4, bank_document_date = $5,
            debit_posting_id = $6
      where id = $1 and paid_at is null returning id`,
    [
      id,
      paid.at.toISOString(),
      paid.by,
      paid.bankDocument?.number ?? null,
      paid.bankDocument?.date ?? null,
      paid.debitPostingId,
    ],
  );
  return rows.length > 0;
}

export interface DueNotice {
  id: number;
  obligationId: number;
  payer: string;
  registrationNumber: string | null;
  paymentType: string;
  kbk: string;
  amount: number;
  dueDate: string;
  issuedAt: Date;
}

const noticeColumns = `n.id, n.obligation_id as "obligationId", n.payer, a.registration_number as "registrationNumber",
  n.payment_type as "paymentType", n.kbk, n.amount, to_char(n.due_date, 'YYYY-MM-DD') as "dueDate", n.issued_at as "issuedAt"`;

/**
 * Issues the notice of every unpaid obligation due before `today` that has none yet, at most
 * `limit` at a time; a notice already issued (by this run or a concurrent one) is skipped by the
 * unique obligation. Answers the notices this call issued.
 */
export async function issueDueNotices(
  tx: Queryable,
  today: string,
  at: Date,
  kbkOf: Readonly<Record<string, string>>,
  limit: number,
): Promise<DueNotice[]> {
  const { rows } = await tx.query<DueNotice>(
    `with due as (
       select o.id, o.payer, o.payment_type, o.amount, o.due_date from payment_obligations o
        where o.paid_at is null and o.due_date < $1::date
          and not exists (select 1 from payment_due_notices n where n.obligation_id = o.id)
        order by o.due_date, o.id limit $4
        for update of o skip locked
     ),
     issued as (
       insert into payment_due_notices (obligation_id, payer, payment_type, kbk, amount, due_date, issued_at)
       select id, payer, payment_type, coalesce(($3::jsonb) ->> payment_type, ''), amount, due_date, $2 from due
       on conflict (obligation_id) do nothing
       returning *
     )
     select ${noticeColumns} from issued n join payment_obligations o on o.id = n.obligation_id
       join payment_applications a on a.id = o.application_id order by n.id`,
    [today, at.toISOString(), JSON.stringify(kbkOf), limit],
  );
  return rows;
}

export async function noticesOfPayer(db: Queryable, payer: string, limit = 500): Promise<DueNotice[]> {
  const { rows } = await db.query<DueNotice>(
    `select ${noticeColumns} from payment_due_notices n join payment_obligations o on o.id = n.obligation_id
       join payment_applications a on a.id = o.application_id
      where n.payer = $1 order by n.issued_at desc, n.id desc limit $2`,
    [payer, limit],
  );
  return rows;
}

/** Addresses of the payer's active user accounts, each with its language (at most `limit`). */
export async function payerAddresses(
  db: Queryable,
  payer: string,
  limit = 20,
): Promise<{ email: string; language: 'kk' | 'ru' | 'en' }[]> {
  const { rows } = await db.query<{ email: string; language: 'kk' | 'ru' | 'en' }>(
    `select distinct on (email) email, language from accounts
      where iin_bin = $1 and kind = 'user' and status = 'active' and email is not null and email <> ''
      order by email, created_at limit $2`,
    [payer, limit],
  );
  return rows;
}

/** The applicant's address and language, if it has an address. */
export async function accountAddress(
  db: Queryable,
  accountId: string,
): Promise<{ email: string; language: 'kk' | 'ru' | 'en' } | null> {
  const { rows } = await db.query<{ email: string | null; language: 'kk' | 'ru' | 'en' }>(
    `select email, language from accounts where id = $1`,
    [accountId],
  );
  const row = rows[0];
  return row?.email ? { email: row.email, language: row.language } : null;
}
