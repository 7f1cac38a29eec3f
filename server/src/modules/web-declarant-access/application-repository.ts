import type { Queryable } from '../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../platform/db/first-row.ts';
import type { ApplicantKind, ApplicationFields } from './application-fields.ts';

export type ApplicationStatus = 'received' | 'issued' | 'rejected';

export interface Application {
  id: string;
  bodyCode: string;
  journalYear: number;
  journalNumber: number;
  channel: 'online' | 'paper';
  fields: ApplicationFields;
  applicantKind: ApplicantKind;
  taxpayerNumber: string;
  fullName: string;
  email: string;
  workplaces: number;
  signerIin: string | null;
  registeredBy: string | null;
  receivedAt: Date;
  letterDueOn: string;
  status: ApplicationStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  rejectReason: string | null;
  accountId: string | null;
  letterSentAt: Date | null;
}

const columns = `id, body_code as "bodyCode", journal_year as "journalYear", journal_number as "journalNumber", channel, fields,
  applicant_kind as "applicantKind", taxpayer_number as "taxpayerNumber", full_name as "fullName", email, workplaces,
  signer_iin as "signerIin", registered_by as "registeredBy", received_at as "receivedAt", letter_due_on as "letterDueOn",
  status, decided_at as "decidedAt", decided_by as "decidedBy", reject_reason as "rejectReason", account_id as "accountId",
  letter_sent_at as "letterSentAt"`;

/**
 * The next number of a body's journal for the year (WD-18): the counter row is created or
 * incremented in one statement, which holds its lock until the caller's transaction ends, so
 * concurrent applications to one body are numbered one after another without gaps or repeats.
 */
export async function nextJournalNumber(tx: Queryable, bodyCode: string, year: number): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `insert into web_declarant_journal_counters (body_code, journal_year, last_number) values ($1, $2, 1)
     on conflict (body_code, journal_year) do update set last_number = web_declarant_journal_counters.last_number + 1
     returning last_number as n`,
    [bodyCode, year],
  );
  return rows[0]!.n;
}

export type NewApplication = Pick<
  Application,
  | 'id'
  | 'bodyCode'
  | 'journalYear'
  | 'journalNumber'
  | 'channel'
  | 'fields'
  | 'signerIin'
  | 'registeredBy'
  | 'receivedAt'
  | 'letterDueOn'
> & {
  signatureCms: Buffer | null;
  signatureSha256: Buffer | null;
};

export async function insertApplication(tx: Queryable, a: NewApplication): Promise<void> {
  await tx.query(
    `insert into web_declarant_applications (id, body_code, journal_year, journal_number, channel, fields, applicant_kind,
       taxpayer_number, full_name, email, workplaces, signature_cms, signature_sha256, signer_iin, registered_by,
       received_at, letter_due_on)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
    [
      a.id,
      a.bodyCode,
      a.journalYear,
      a.journalNumber,
      a.channel,
      JSON.stringify(a.fields),
      a.fields.applicantKind,
      a.fields.taxpayerNumber,
      a.fields.fullName,
      a.fields.email,
      a.fields.workplaces,
      a.signatureCms,
      a.signatureSha256,
      a.signerIin,
      a.registeredBy,
      a.receivedAt,
      a.letterDueOn,
    ],
  );
}

export async function signatureAlreadyFiled(db: Queryable, sha256: Buffer): Promise<boolean> {
  const { rows } = await db.query('select 1 from web_declarant_applications where signature_sha256 = $1', [sha256]);
  return rows.length > 0;
}

export async function findApplication(db: Queryable, id: string, options: RowLock = {}): Promise<Application | null> {
  return firstRow<Application>(db, `select ${columns} from web_declarant_applications where id = $1`, [id], options);
}

/** Applications of the given bodies (null: every body), oldest first. */
export async function listApplications(
  db: Queryable,
  filter: { bodyCodes: string[] | null; status?: ApplicationStatus; limit: number },
): Promise<Application[]> {
  const { rows } = await db.query<Application>(
    `select ${columns} from web_declarant_applications
      where ($1::text[] is null or body_code = any($1)) and ($2::text is null or status = $2)
      order by received_at, body_code, journal_number limit $3`,
    [filter.bodyCodes, filter.status ?? null, filter.limit],
  );
  return rows;
}

/** One year of journals (WD-18, WD-36), per body and in number order. */
export async function journalEntries(
  db: Queryable,
  filter: { bodyCodes: string[] | null; year: number; limit: number },
): Promise<Application[]> {
  const { rows } = await db.query<Application>(
    `select ${columns} from web_declarant_applications
      where ($1::text[] is null or body_code = any($1)) and journal_year = $2
      order by body_code, journal_number limit $3`,
    [filter.bodyCodes, filter.year, filter.limit],
  );
  return rows;
}

export async function recordDecision(
  tx: Queryable,
  id: string,
  decision: {
    status: 'issued' | 'rejected';
    by: string;
    at: Date;
    rejectReason?: string;
    accountId?: string;
    letterPdf: Buffer;
  },
): Promise<void> {
  await tx.query(
    `update web_declarant_applications
        set status = $2, decided_by = $3, decided_at = $4, reject_reason = $5, account_id = $6, letter_pdf = $7, letter_sent_at = $4
      where id = $1`,
    [
      id,
      decision.status,
      decision.by,
      decision.at,
      decision.rejectReason ?? null,
      decision.accountId ?? null,
      decision.letterPdf,
    ],
  );
}

export async function letterOf(db: Queryable, id: string): Promise<Buffer | null> {
  const { rows } = await db.query<{ letter: Uint8Array | null }>(
    'select letter_pdf as letter from web_declarant_applications where id = $1',
    [id],
  );
  const letter = rows[0]?.letter;
  // node-postgres gives a Buffer, PGlite a Uint8Array.
  return letter ? Buffer.from(letter) : null;
}

/**
 * Whether the taxpayer acts as a customs representative (WD-2: the Web-declarant serves a person's
 * own declarations, not a broker's). Until the register of customs representatives is kept here,
 * the accounts registered as customs representatives stand for it.
 */
export async function isCustomsRepresentative(db: Queryable, taxpayerNumber: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from accounts where kind = 'user' and user_type = 'customs_representative' and iin_bin = $1 and status = 'active'`,
    [taxpayerNumber],
  );
  return rows.length > 0;
}
