import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../platform/db/database.ts';
import { firstRow } from '../../platform/db/first-row.ts';

/**
 * The SQL of the declarations table: the reads and writes the drafts, submission and officer
 * parts share. A soft-deleted draft (deleted_at set) reads as absent everywhere.
 */

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A declaration's columns, of table alias `d`, as StoredDeclaration's fields. */
export const declarationColumns = `d.id, d.kind, d.schema_version as "schemaVersion", d.owner_iin_bin as "ownerIinBin",
  d.author_account_id as "authorAccountId", d.declarant_iin_bin as "declarantIinBin", d.document, d.revision,
  d.status, d.customs_office as "customsOffice", d.registration_number as "registrationNumber",
  ${iso('d.registered_at')} as "registeredAt", d.channel, d.corrects_id as "correctsId",
  d.copied_from_id as "copiedFromId", d.control_report as "controlReport",
  ${iso('d.created_at')} as "createdAt", ${iso('d.updated_at')} as "updatedAt"`;

export interface StoredDeclaration {
  id: string;
  kind: DeclarationKind;
  schemaVersion: number;
  /** IIN/BIN of the organisation the document belongs to (its author's account) */
  ownerIinBin: string;
  authorAccountId: string;
  /** the declarant the document names; a customs representative files for another */
  declarantIinBin: string | null;
  document: unknown;
  revision: number;
  status: DeclarationStatus;
  customsOffice: string | null;
  registrationNumber: string | null;
  registeredAt: string | null;
  channel: 'green' | 'yellow' | 'red' | null;
  correctsId: string | null;
  copiedFromId: string | null;
  controlReport: unknown;
  createdAt: string;
  updatedAt: string;
}

/** A declaration by id; `lock` holds its row until the transaction ends (pass the transaction). */
export async function findDeclaration(
  db: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<StoredDeclaration | null> {
  return firstRow<StoredDeclaration>(
    db,
    `select ${declarationColumns} from declarations d where d.id = $1 and d.deleted_at is null`,
    [id],
    { forUpdate: options.lock },
  );
}

/** A document about to be stored: what the table holds before its revisions, number and dates. */
export type NewDeclaration = Pick<
  StoredDeclaration,
  'id' | 'kind' | 'schemaVersion' | 'ownerIinBin' | 'authorAccountId' | 'declarantIinBin' | 'document' | 'status'
> &
  Partial<Pick<StoredDeclaration, 'correctsId' | 'copiedFromId'>>;

/** A new document at revision 1. */
export async function insertDeclaration(db: Queryable, declaration: NewDeclaration, at: Date): Promise<void> {
  await db.query(
    `insert into declarations (id, kind, schema_version, owner_iin_bin, author_account_id, declarant_iin_bin, document,
       revision, status, corrects_id, copied_from_id, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9, $10, $11, $11)`,
    [
      declaration.id,
      declaration.kind,
      declaration.schemaVersion,
      declaration.ownerIinBin,
      declaration.authorAccountId,
      declaration.declarantIinBin,
      JSON.stringify(declaration.document),
      declaration.status,
      declaration.correctsId ?? null,
      declaration.copiedFromId ?? null,
      at,
    ],
  );
}

/**
 * Replaces the working copy if it is still at `expectedRevision`; returns the new revision, or
 * null when another save came first (the caller answers with a revision conflict). The control
 * report of the earlier copy no longer describes the document, so it is cleared.
 */
export async function updateDocument(
  db: Queryable,
  id: string,
  change: { document: unknown; declarantIinBin: string | null; expectedRevision: number },
  at: Date,
): Promise<number | null> {
  const { rows } = await db.query<{ revision: number }>(
    `update declarations set document = $2, declarant_iin_bin = $3, revision = revision + 1, control_report = null, updated_at = $5
      where id = $1 and revision = $4 and deleted_at is null returning revision`,
    [id, JSON.stringify(change.document), change.declarantIinBin, change.expectedRevision, at],
  );
  return rows[0]?.revision ?? null;
}

/** Keeps the latest control report beside the document (the editor and the inbox show it). */
export async function storeControlReport(db: Queryable, id: string, report: unknown): Promise<void> {
  await db.query('update declarations set control_report = $2 where id = $1', [id, JSON.stringify(report)]);
}

export async function softDeleteDeclaration(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query('update declarations set deleted_at = $2, updated_at = $2 where id = $1 and deleted_at is null', [
    id,
    at,
  ]);
}

export interface DeclarationFilter {
  /** the caller's IIN/BIN: documents it owns and documents naming it as declarant */
  party: string;
  status?: DeclarationStatus;
  kind?: DeclarationKind;
  /** part of the registration number or of the declarant's reference (box 7) */
  q?: string;
  /** the last change at or after this instant, and before that one */
  changedFrom?: Date;
  changedBefore?: Date;
  limit: number;
  offset: number;
}

export interface DeclarationSummary {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  revision: number;
  ownerIinBin: string;
  declarantIinBin: string | null;
  reference: string | null;
  registrationNumber: string | null;
  customsOffice: string | null;
  registeredAt: string | null;
  channel: 'green' | 'yellow' | 'red' | null;
  createdAt: string;
  updatedAt: string;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A party's documents, last changed first, one page and the total. */
export async function listDeclarations(
  db: Queryable,
  filter: DeclarationFilter,
): Promise<{ items: DeclarationSummary[]; total: number }> {
  // The named declarant sees a document once it is submitted, not its representative's drafts (drafts/access.ts);
  // a transit declaration's carrier once it is released for transit.
  const where = `where d.deleted_at is null and (d.owner_iin_bin = $1 or (d.declarant_iin_bin = $1 and d.status <> 'draft')
      or d.id in (select declaration_id from transit_movements where carrier_iin_bin = $1))
    and ($2::text is null or d.status = $2) and ($3::text is null or d.kind = $3)
    and ($4::text is null or d.registration_number ilike $4 or d.document->>'reference' ilike $4)
    and ($5::timestamptz is null or d.updated_at >= $5) and ($6::timestamptz is null or d.updated_at < $6)`;
  const params = [
    filter.party,
    filter.status ?? null,
    filter.kind ?? null,
    filter.q ? likePattern(filter.q) : null,
    filter.changedFrom ?? null,
    filter.changedBefore ?? null,
  ];
  const [{ rows }, { rows: count }] = await Promise.all([
    db.query<DeclarationSummary>(
      `select d.id, d.kind, d.status, d.revision, d.owner_iin_bin as "ownerIinBin", d.declarant_iin_bin as "declarantIinBin",
              d.document->>'reference' as reference, d.registration_number as "registrationNumber",
              d.customs_office as "customsOffice", ${iso('d.registered_at')} as "registeredAt", d.channel,
              ${iso('d.created_at')} as "createdAt", ${iso('d.updated_at')} as "updatedAt"
         from declarations d ${where} order by d.updated_at desc, d.id limit $7 offset $8`,
      [...params, filter.limit, filter.offset],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from declarations d ${where}`, params),
  ]);
  return { items: rows, total: count[0]!.n };
}

export interface TimelineEvent {
  at: string;
  /** 'created', 'saved'… or the action of a status change */
  event: string;
  from: DeclarationStatus | null;
  to: DeclarationStatus | null;
  actorRole: 'declarant' | 'officer' | 'system';
  office: string | null;
  details: Record<string, unknown> | null;
}

/** The declaration's history, oldest first (issue 6 point 10: the declarant sees a timeline). */
export async function timelineOf(db: Queryable, declarationId: string): Promise<TimelineEvent[]> {
  const { rows } = await db.query<TimelineEvent>(
    `select ${iso('at')} as at, event, from_status as from, to_status as to, actor_role as "actorRole", office_code as office, details
       from declaration_events where declaration_id = $1 order by id limit 1000`,
    [declarationId],
  );
  return rows;
}

export interface DecisionSummary {
  id: string;
  decision: string;
  reasons: unknown;
  office: string;
  decidedAt: string;
  readAt: string | null;
}

/** The officers' decisions on a declaration, oldest first. */
export async function decisionsOf(db: Queryable, declarationId: string): Promise<DecisionSummary[]> {
  const { rows } = await db.query<DecisionSummary>(
    `select id, decision, reasons, office_code as office, ${iso('decided_at')} as "decidedAt", ${iso('read_at')} as "readAt"
       from declaration_decisions where declaration_id = $1 order by decided_at, id limit 1000`,
    [declarationId],
  );
  return rows;
}
