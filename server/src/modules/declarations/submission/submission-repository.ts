import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow } from '../../../platform/db/first-row.ts';
import { declarationColumns, type StoredDeclaration } from '../declaration-repository.ts';

/** The SQL of signed submission: serials, signed copies, stored answers, the public receipt check. */

export interface StoredAnswer {
  requestSha256: Buffer;
  statusCode: number;
  response: unknown;
}

export async function findStoredAnswer(db: Queryable, accountId: string, key: string): Promise<StoredAnswer | null> {
  const { rows } = await db.query<{ requestSha256: Uint8Array; statusCode: number; response: unknown }>(
    `select request_sha256 as "requestSha256", status_code as "statusCode", response from idempotency_keys where account_id = $1 and key = $2`,
    [accountId, key],
  );
  const row = rows[0];
  return row
    ? { requestSha256: Buffer.from(row.requestSha256), statusCode: row.statusCode, response: row.response }
    : null;
}

/**
 * What a submission reads before its checks, in one statement: the answer stored for its
 * idempotency key, if any, and the declaration (absent when deleted or unknown).
 */
export async function findSubmissionStart(
  db: Queryable,
  accountId: string,
  key: string,
  declarationId: string,
): Promise<{ stored: StoredAnswer | null; declaration: StoredDeclaration | null }> {
  const { rows } = await db.query<
    StoredDeclaration & { keyRequestSha256: Uint8Array | null; keyStatusCode: number | null; keyResponse: unknown }
  >(
    `select k.request_sha256 as "keyRequestSha256", k.status_code as "keyStatusCode", k.response as "keyResponse", ${declarationColumns}
       from (select 1) as one
       left join idempotency_keys k on k.account_id = $1 and k.key = $2
       left join declarations d on d.id = $3 and d.deleted_at is null`,
    [accountId, key, declarationId],
    { prepare: true },
  );
  const { keyRequestSha256, keyStatusCode, keyResponse, ...declaration } = rows[0]!;
  return {
    stored: keyRequestSha256
      ? { requestSha256: Buffer.from(keyRequestSha256), statusCode: keyStatusCode!, response: keyResponse }
      : null,
    declaration: declaration.id ? declaration : null,
  };
}

/**
 * The office's next serial for the day. The upsert takes the counter row's lock until the
 * transaction ends: the office's submissions of that day queue here, each sees the committed
 * serial of the one before, and a rolled-back transaction leaves the counter as it was — no gaps.
 */
export async function nextRegistrationSerial(tx: Queryable, officeCode: string, day: string): Promise<number> {
  return takeRegistrationSerials(tx, officeCode, day, 1);
}

/** `count` consecutive serials of the office's day under the same lock: returns the first of them. */
export async function takeRegistrationSerials(
  tx: Queryable,
  officeCode: string,
  day: string,
  count: number,
): Promise<number> {
  const { rows } = await tx.query<{ serial: number }>(
    `insert into registration_counters (office_code, day, last_serial) values ($1, $2, $3)
     on conflict (office_code, day) do update set last_serial = registration_counters.last_serial + $3
     returning last_serial - $3 + 1 as serial`,
    [officeCode, day, count],
  );
  return Number(rows[0]!.serial);
}

/**
 * Several office-days' serials in one statement: each counter stepped by its count, the rows
 * locked in the order given (callers give one order, so two transactions wait rather than
 * deadlock). Answers the first serial of each, in the order given.
 */
export async function takeRegistrationSerialsOfEach(
  tx: Queryable,
  wants: readonly { officeCode: string; day: string; count: number }[],
): Promise<number[]> {
  if (wants.length === 0) return [];
  const { rows } = await tx.query<{ officeCode: string; day: string; last: number }>(
    `insert into registration_counters (office_code, day, last_serial)
     select office_code, day, wanted from unnest($1::text[], $2::date[], $3::int[]) with ordinality as w (office_code, day, wanted, n) order by n
     on conflict (office_code, day) do update set last_serial = registration_counters.last_serial + excluded.last_serial
     returning office_code as "officeCode", to_char(day, 'YYYY-MM-DD') as day, last_serial as last`,
    [wants.map((w) => w.officeCode), wants.map((w) => w.day), wants.map((w) => w.count)],
    { prepare: true },
  );
  const last = new Map(rows.map((r) => [`${r.officeCode}/${r.day}`, Number(r.last)]));
  return wants.map(({ officeCode, day, count }) => last.get(`${officeCode}/${day}`)! - count + 1);
}

export async function nextSubmissionSeq(tx: Queryable, declarationId: string): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `select coalesce(max(seq), 0) + 1 as seq from declaration_submissions where declaration_id = $1`,
    [declarationId],
  );
  return Number(rows[0]!.seq);
}

export interface SubmissionRow {
  id: string;
  declarationId: string;
  seq: number;
  registrationNumber: string;
  customsOffice: string;
  signedBytes: Uint8Array;
  signatureCms: Uint8Array;
  documentSha256: Buffer;
  signerIin: string | null;
  signerBin: string | null;
  certificateSerial: string | null;
  submittedBy: string;
  submittedAt: Date;
  receiptCms: Uint8Array;
  /** control's report on the copy as delivered, kept on the declaration for the officer */
  controlReport: unknown;
}

export interface StoredAnswerRow {
  accountId: string;
  key: string;
  requestSha256: Buffer;
  statusCode: number;
  response: unknown;
}

/**
 * Everything written once the numbers are known, in one statement for all the deliveries of a
 * registering transaction: the number on each declaration (kept when it already has one), the
 * signed copy with its receipt, and the answer stored under the idempotency key. One round trip,
 * because the offices' counter locks are held from the serials to the commit.
 */
export async function recordDeliveries(
  tx: Queryable,
  deliveries: readonly { row: SubmissionRow; answer: StoredAnswerRow }[],
  /** the registering transaction's last statement: its commit goes with it (QueryOptions.last) */
  options: { last?: boolean } = {},
): Promise<void> {
  if (deliveries.length === 0) return;
  const params: unknown[] = [];
  const values = deliveries.map(({ row, answer }) => {
    const first = params.length;
    params.push(
      row.id,
      row.declarationId,
      row.seq,
      row.registrationNumber,
      row.customsOffice,
      Buffer.from(row.signedBytes),
      Buffer.from(row.signatureCms),
      row.documentSha256,
      row.signerIin,
      row.signerBin,
      row.certificateSerial,
      row.submittedBy,
      row.submittedAt,
      Buffer.from(row.receiptCms),
      answer.accountId,
      answer.key,
      answer.requestSha256,
      JSON.stringify(answer.response),
      answer.statusCode,
      JSON.stringify(row.controlReport),
    );
    const types = [
      'uuid',
      'uuid',
      'int',
      'text',
      'text',
      'bytea',
      'bytea',
      'bytea',
      'text',
      'text',
      'text',
      'uuid',
      'timestamptz',
      'bytea',
      'uuid',
      'text',
      'bytea',
      'jsonb',
      'int',
      'jsonb',
    ];
    return `(${types.map((type, i) => `$${first + i + 1}::${type}`).join(', ')})`;
  });
  await tx.query(
    `with delivery (id, declaration_id, seq, registration_number, customs_office, signed_bytes, signature_cms, document_sha256, signer_iin,
                    signer_bin, certificate_serial, submitted_by, submitted_at, receipt_cms, account_id, key, request_sha256, response, status_code,
                    control_report)
       as (values ${values.join(', ')}),
     numbered as (
       -- a resubmitted copy keeps its number, office and first registration time; its report replaces the last
       update declarations d set customs_office = coalesce(d.customs_office, delivery.customs_office),
              registration_number = coalesce(d.registration_number, delivery.registration_number),
              registered_at = coalesce(d.registered_at, delivery.submitted_at), updated_at = delivery.submitted_at,
              control_report = delivery.control_report
         from delivery where d.id = delivery.declaration_id
     ), delivered as (
       insert into declaration_submissions (id, declaration_id, seq, registration_number, customs_office, signed_bytes, signature_cms,
         document_sha256, signer_iin, signer_bin, certificate_serial, submitted_by, submitted_at, receipt_cms)
       select id, declaration_id, seq, registration_number, customs_office, signed_bytes, signature_cms,
              document_sha256, signer_iin, signer_bin, certificate_serial, submitted_by, submitted_at, receipt_cms from delivery
     )
     insert into idempotency_keys (account_id, key, request_sha256, response, status_code, created_at)
     select account_id, key, request_sha256, response, status_code, submitted_at from delivery`,
    params,
    // one text per batch size (at most the queue's 64), each kept parsed on the connection
    { prepare: true, last: options.last },
  );
}

export interface DeliveredCopy {
  declarationId: string;
  registrationNumber: string;
  customsOffice: string;
  seq: number;
  submittedAt: Date;
  status: DeclarationStatus;
  kind: DeclarationKind;
}

/** A delivered copy with this number whose signed bytes hash to `sha256` (the public receipt check, WD-14). */
export async function findDeliveredCopy(
  db: Queryable,
  registrationNumber: string,
  sha256: Buffer,
): Promise<DeliveredCopy | null> {
  return firstRow<DeliveredCopy>(
    db,
    `select s.declaration_id as "declarationId", s.registration_number as "registrationNumber", s.customs_office as "customsOffice",
            s.seq, s.submitted_at as "submittedAt", d.status, d.kind
     from declaration_submissions s join declarations d on d.id = s.declaration_id
     where s.registration_number = $1 and s.document_sha256 = $2
     order by s.seq desc limit 1`,
    [registrationNumber, sha256],
  );
}

/** What replaced a delivered copy, if anything: a later copy of the same declaration, or a registered correction of it. */
export interface Supersession {
  by: 'resubmission' | 'correction';
  registrationNumber: string;
  /** the later copy's number among the declaration's deliveries (resubmission only) */
  submission: number | null;
  at: string;
}

/** The newest copy that replaced the copy `seq` of declaration `declarationId` (issue 19 point 8), or null while it stands. */
export async function findSupersession(
  db: Queryable,
  declarationId: string,
  seq: number,
): Promise<Supersession | null> {
  return firstRow<Supersession>(
    db,
    `select * from (
       select 'resubmission' as by, s.registration_number as "registrationNumber", s.seq as submission,
              to_char(s.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, s.submitted_at as sort_at
       from declaration_submissions s where s.declaration_id = $1 and s.seq > $2
       union all
       select 'correction', c.registration_number, null,
              to_char(c.registered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), c.registered_at
       from declarations c where c.corrects_id = $1 and c.registration_number is not null and c.registered_at is not null
     ) later order by sort_at desc limit 1`,
    [declarationId, seq],
  ).then((row) =>
    row ? { by: row.by, registrationNumber: row.registrationNumber, submission: row.submission, at: row.at } : null,
  );
}
