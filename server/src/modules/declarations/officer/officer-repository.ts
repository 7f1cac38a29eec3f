import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../../platform/db/first-row.ts';
import type { Language } from '../../../platform/i18n/language.ts';

/** The SQL of the officer's side: registered declarations as customs sees them, and their history. */
export interface RegisteredDeclaration {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  registrationNumber: string;
  customsOffice: string;
  registeredAt: Date;
  channel: 'green' | 'yellow' | 'red' | null;
  ownerIinBin: string;
  declarantIinBin: string | null;
  authorAccountId: string;
  correctsId: string | null;
  controlReport: unknown;
  document: unknown;
}

const columns = `d.id, d.kind, d.status, d.registration_number as "registrationNumber", d.customs_office as "customsOffice",
  d.registered_at as "registeredAt", d.channel, d.owner_iin_bin as "ownerIinBin", d.declarant_iin_bin as "declarantIinBin",
  d.author_account_id as "authorAccountId", d.corrects_id as "correctsId", d.control_report as "controlReport", d.document`;

export async function findRegistered(
  db: Queryable,
  by: { id: string } | { number: string },
  options: RowLock = {},
): Promise<RegisteredDeclaration | undefined> {
  const [where, value] = 'id' in by ? ['d.id = $1', by.id] : ['d.registration_number = $1', by.number];
  const sql = `select ${columns} from declarations d where ${where} and d.registration_number is not null and d.deleted_at is null`;
  return (await firstRow<RegisteredDeclaration>(db, sql, [value], options)) ?? undefined;
}

/** What routing reads of a registered declaration: everything but the document and the report. */
export type RoutedDeclaration = Omit<RegisteredDeclaration, 'controlReport' | 'document'>;

/**
 * Registered declarations by id, locked in id order (the order every batch locks in), for routing.
 * The document is read from the signed copy, so the working copy is not sent along.
 *
 * Found by the primary key alone, the rest judged here: with "registration_number is not null" and
 * "deleted_at is null" in the query, PostgreSQL ANDed the primary key's bitmap with one of an index
 * holding every registered (or every live) declaration, read whole for each routing batch and
 * growing with the register. The rows of ids that turn out not to be routable stay locked to the
 * commit like the others; routing asks only for ids it was told were registered.
 */
export async function lockRegistered(db: Queryable, ids: readonly string[]): Promise<RoutedDeclaration[]> {
  const { rows } = await db.query<RoutedDeclaration & { live: boolean }>(
    `select d.id, d.kind, d.status, d.registration_number as "registrationNumber", d.customs_office as "customsOffice",
            d.registered_at as "registeredAt", d.channel, d.owner_iin_bin as "ownerIinBin", d.declarant_iin_bin as "declarantIinBin",
            d.author_account_id as "authorAccountId", d.corrects_id as "correctsId", d.deleted_at is null as live
       from declarations d where d.id = any($1::uuid[]) order by d.id for update`,
    [ids],
    { prepare: true },
  );
  return rows.filter((row) => row.live && row.registrationNumber !== null).map(({ live: _, ...row }) => row);
}

/** The working copies of declarations (routing's fallback when a signed copy does not read as a document). */
export async function workingDocuments(db: Queryable, ids: readonly string[]): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; document: unknown }>(
    'select id, document from declarations where id = any($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.document]));
}

/** The number of each declaration's latest signed copy. */
export async function latestSubmissionSeqs(db: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ declarationId: string; seq: number }>(
    `select declaration_id as "declarationId", max(seq) as seq from declaration_submissions where declaration_id = any($1::uuid[]) group by declaration_id`,
    [ids],
    { prepare: true },
  );
  return new Map(rows.map((r) => [r.declarationId, Number(r.seq)]));
}

/** The latest signed copy of each declaration: its submission number and the exact bytes signed. */
export async function latestSignedCopies(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, { seq: number; signedBytes: Uint8Array }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.query<{ declarationId: string; seq: number; signedBytes: Uint8Array }>(
    `select distinct on (declaration_id) declaration_id as "declarationId", seq, signed_bytes as "signedBytes"
       from declaration_submissions where declaration_id = any($1::uuid[]) order by declaration_id, seq desc`,
    [ids],
    { prepare: true },
  );
  return new Map(rows.map(({ declarationId, ...copy }) => [declarationId, copy]));
}

/**
 * What routing has already written (a message delivered again): the `risk_routed` events of the
 * declarations and the `corrected_by` events of the declarations they correct, with their details.
 */
export async function routingEventsOf(
  db: Queryable,
  ids: readonly string[],
  correctedIds: readonly string[],
): Promise<{ declarationId: string; event: string; details: Record<string, unknown> | null }[]> {
  const { rows } = await db.query<{ declarationId: string; event: string; details: Record<string, unknown> | null }>(
    `select declaration_id as "declarationId", event, details from declaration_events
      where (declaration_id = any($1::uuid[]) and event = 'risk_routed') or (declaration_id = any($2::uuid[]) and event = 'corrected_by')`,
    [ids, correctedIds],
    { prepare: true },
  );
  return rows;
}

export async function setChannels(
  db: Queryable,
  channels: readonly { declarationId: string; channel: string }[],
  at: Date,
): Promise<void> {
  if (channels.length === 0) return;
  await db.query(
    `update declarations d set channel = c.channel, updated_at = $3 from unnest($1::uuid[], $2::text[]) as c(id, channel) where d.id = c.id`,
    [channels.map((c) => c.declarationId), channels.map((c) => c.channel), at],
    { prepare: true },
  );
}

export interface InboxFilter {
  /** null: every body (the Committee) */
  scope: string[] | null;
  /** a border checkpoint finds preliminary information registered anywhere by its exact number (ACC-18) */
  borderNumber: string | null;
  number?: string;
  status?: string;
  kind?: string;
  channel?: string;
  /** registered at or after this instant, and before that one */
  from?: Date;
  until?: Date;
  limit: number;
  offset: number;
}

export interface InboxRow
  extends Pick<
    RegisteredDeclaration,
    'id' | 'kind' | 'status' | 'registrationNumber' | 'customsOffice' | 'registeredAt' | 'channel' | 'declarantIinBin'
  > {
  declarantName: string | null;
  transitOverdue: boolean;
  /** signed copies delivered: a second one is a resubmission after a requested correction */
  copies: number;
}

/**
 * The inbox: registered declarations in scope — and transit declarations released for transit to
 * a body in scope (transit_movements) — newest first, one page and whether more follow.
 */
export async function inboxPage(db: Queryable, f: InboxFilter): Promise<{ rows: InboxRow[]; more: boolean }> {
  const { rows } = await db.query<InboxRow>(
    `select d.id, d.kind, d.status, d.registration_number as "registrationNumber", d.customs_office as "customsOffice",
            d.registered_at as "registeredAt", d.channel, d.declarant_iin_bin as "declarantIinBin",
            nullif(d.document #>> '{declarant,name}', '') as "declarantName",
            coalesce(tm.overdue_flagged_at is not null, false) as "transitOverdue",
            (select coalesce(max(s.seq), 1) from declaration_submissions s where s.declaration_id = d.id)::int as copies
       from declarations d left join transit_movements tm on tm.declaration_id = d.id
      where d.registration_number is not null and d.deleted_at is null
        and ($1::text[] is null or d.customs_office = any($1::text[])
             or (d.kind = 'preliminary' and d.registration_number = $2::text)
             or tm.destination_office = any($1::text[]))
        and ($3::text is null or d.registration_number like $3::text || '%')
        and ($4::text is null or d.status = $4::text)
        and ($5::text is null or d.kind = $5::text)
        and ($6::text is null or d.channel = $6::text)
        and ($7::timestamptz is null or d.registered_at >= $7::timestamptz)
        and ($8::timestamptz is null or d.registered_at < $8::timestamptz)
      order by d.registered_at desc, d.registration_number desc
      limit $9 offset $10`,
    [
      f.scope,
      f.borderNumber,
      f.number ?? null,
      f.status ?? null,
      f.kind ?? null,
      f.channel ?? null,
      f.from ?? null,
      f.until ?? null,
      f.limit + 1,
      f.offset,
    ],
  );
  return { rows: rows.slice(0, f.limit), more: rows.length > f.limit };
}

export interface SubmissionRow {
  seq: number;
  submittedAt: Date;
  customsOffice: string;
  signerIin: string | null;
  signerBin: string | null;
  certificateSerial: string | null;
  documentSha256: Uint8Array;
  signedBytes: Uint8Array | null;
}

export async function submissionsOf(
  db: Queryable,
  declarationId: string,
  options: { withBytes: 'latest' | 'none' },
): Promise<SubmissionRow[]> {
  const { rows } = await db.query<SubmissionRow>(
    `select seq, submitted_at as "submittedAt", customs_office as "customsOffice", signer_iin as "signerIin", signer_bin as "signerBin",
            certificate_serial as "certificateSerial", document_sha256 as "documentSha256",
            case when $2 and seq = max(seq) over () then signed_bytes else null end as "signedBytes"
       from declaration_submissions where declaration_id = $1 order by seq`,
    [declarationId, options.withBytes === 'latest'],
  );
  return rows;
}

/** A signed copy with what it was signed with: the bytes, the declarant's CMS and their digest. */
export interface SignedCopyRow {
  seq: number;
  registrationNumber: string;
  customsOffice: string;
  submittedAt: Date;
  signerIin: string | null;
  signerBin: string | null;
  certificateSerial: string | null;
  documentSha256: Uint8Array;
  signedBytes: Uint8Array;
  signatureCms: Uint8Array;
}

/**
 * The copy `seq` of a declaration (the latest when null) and the one before it, oldest first: what
 * a comparison of a resubmitted copy reads. Empty when there is no such copy.
 */
export async function copyAndPrevious(
  db: Queryable,
  declarationId: string,
  seq: number | null,
): Promise<SignedCopyRow[]> {
  const { rows } = await db.query<SignedCopyRow>(
    `select seq, registration_number as "registrationNumber", customs_office as "customsOffice", submitted_at as "submittedAt",
            signer_iin as "signerIin", signer_bin as "signerBin", certificate_serial as "certificateSerial",
            document_sha256 as "documentSha256", signed_bytes as "signedBytes", signature_cms as "signatureCms"
       from declaration_submissions
      where declaration_id = $1
        and seq <= coalesce($2::int, (select max(seq) from declaration_submissions where declaration_id = $1))
      order by seq desc limit 2`,
    [declarationId, seq],
  );
  // a later copy asked for that does not exist is absent, not its predecessor
  if (seq !== null && rows[0]?.seq !== seq) return [];
  return rows.reverse();
}

export async function latestSubmissionSeqAndHash(
  db: Queryable,
  declarationId: string,
): Promise<{ seq: number; documentSha256: Uint8Array } | undefined> {
  const { rows } = await db.query<{ seq: number; documentSha256: Uint8Array }>(
    `select seq, document_sha256 as "documentSha256" from declaration_submissions where declaration_id = $1 order by seq desc limit 1`,
    [declarationId],
  );
  return rows[0];
}

export interface EventRow {
  at: Date;
  event: string;
  fromStatus: DeclarationStatus | null;
  toStatus: DeclarationStatus | null;
  actorRole: 'declarant' | 'officer' | 'system';
  officeCode: string | null;
  details: Record<string, unknown> | null;
}

export async function eventsOf(db: Queryable, declarationId: string): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `select at, event, from_status as "fromStatus", to_status as "toStatus", actor_role as "actorRole", office_code as "officeCode", details
       from declaration_events where declaration_id = $1 order by id limit 1000`,
    [declarationId],
  );
  return rows;
}

export interface AttachmentRow {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

export async function attachmentsOf(db: Queryable, declarationId: string): Promise<AttachmentRow[]> {
  const { rows } = await db.query<AttachmentRow>(
    `select id, name, content_type as "contentType", size_bytes as "sizeBytes", sha256, uploaded_at as "uploadedAt"
       from declaration_attachments where declaration_id = $1 order by uploaded_at, id limit 1000`,
    [declarationId],
  );
  return rows;
}

/** The addresses and names the declarants' notices go to: the authors of the declarations. */
export async function authorsOf(
  db: Queryable,
  accountIds: readonly string[],
): Promise<Map<string, { email: string; displayName: string | null; language: Language }>> {
  const { rows } = await db.query<{ id: string; email: string; displayName: string | null; language: Language }>(
    'select id, email, display_name as "displayName", language from accounts where id = any($1::uuid[])',
    [accountIds],
  );
  return new Map(rows.map(({ id, ...author }) => [id, author]));
}
