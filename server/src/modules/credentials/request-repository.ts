import type { Queryable } from '../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../platform/db/first-row.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { CertificateFacts, UserType } from '../accounts/index.ts';

export type RequestChannel = 'electronic' | 'paper';
export type RequestStatus = 'submitted' | 'approved' | 'rejected';

/** The applicant's certificate as the request keeps it (JSON, dates as ISO strings), until approval activates it. */
export type StoredCertificate = Omit<CertificateFacts, 'notBefore' | 'notAfter'> & {
  notBefore: string;
  notAfter: string;
};

export function storedCertificate(certificate: CertificateFacts): StoredCertificate {
  return {
    ...certificate,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
  };
}

export function certificateFactsOf(stored: StoredCertificate): CertificateFacts {
  return { ...stored, notBefore: new Date(stored.notBefore), notAfter: new Date(stored.notAfter) };
}

export interface CredentialsRequest {
  id: string;
  number: string;
  bodyCode: string;
  regionCode: string;
  channel: RequestChannel;
  status: RequestStatus;
  userType: UserType;
  iinBin: string;
  registrationNoticeNumber: string | null;
  identityDocumentNumber: string | null;
  identityDocumentIssuedOn: string | null;
  applicantName: string | null;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  language: Language;
  certificate: StoredCertificate | null;
  registeredByAccountId: string | null;
  receivedAt: Date;
  receivedOn: string;
  reviewDueOn: string;
  decidedAt: Date | null;
  decidedOn: string | null;
  decidedByAccountId: string | null;
  rejectionReason: string | null;
  accountId: string | null;
  login: string | null;
  noticeDueOn: string | null;
  noticeSentAt: Date | null;
  letterPassword: string | null;
}

const columns = `id, number, body_code as "bodyCode", region_code as "regionCode", channel, status, user_type as "userType",
  iin_bin as "iinBin", registration_notice_number as "registrationNoticeNumber",
  identity_document_number as "identityDocumentNumber", identity_document_issued_on as "identityDocumentIssuedOn",
  applicant_name as "applicantName", postal_address as "postalAddress", phone, email, language, certificate,
  registered_by_account_id as "registeredByAccountId", received_at as "receivedAt", received_on as "receivedOn",
  review_due_on as "reviewDueOn", decided_at as "decidedAt", decided_on as "decidedOn",
  decided_by_account_id as "decidedByAccountId", rejection_reason as "rejectionReason", account_id as "accountId",
  login, notice_due_on as "noticeDueOn", notice_sent_at as "noticeSentAt", letter_password as "letterPassword"`;

/**
 * The next number of a body's request in a year. One statement increments the counter under its
 * row lock, so concurrent filings wait for each other instead of taking the same serial.
 */
export async function nextRequestNumber(db: Queryable, bodyCode: string, year: number): Promise<string> {
  const { rows } = await db.query<{ serial: number }>(
    `insert into credentials_request_serials (body_code, year, last_serial) values ($1, $2, 1)
     on conflict (body_code, year) do update set last_serial = credentials_request_serials.last_serial + 1
     returning last_serial as serial`,
    [bodyCode, year],
  );
  return `${bodyCode}-${year}-${String(rows[0]!.serial).padStart(6, '0')}`;
}

export type NewCredentialsRequest = Omit<
  CredentialsRequest,
  | 'status'
  | 'decidedAt'
  | 'decidedOn'
  | 'decidedByAccountId'
  | 'rejectionReason'
  | 'accountId'
  | 'login'
  | 'noticeDueOn'
  | 'noticeSentAt'
  | 'letterPassword'
>;

/** Stores a new request; false when one for the same IIN/BIN and user type is still under review. */
export async function insertRequest(db: Queryable, request: NewCredentialsRequest): Promise<boolean> {
  const { rows } = await db.query(
    `insert into credentials_requests (id, number, body_code, region_code, channel, status, user_type, iin_bin,
       registration_notice_number, identity_document_number, identity_document_issued_on, applicant_name, postal_address,
       phone, email, language, certificate, registered_by_account_id, received_at, received_on, review_due_on, updated_at)
     values ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $18)
     on conflict (iin_bin, user_type) where status = 'submitted' do nothing
     returning id`,
    [
      request.id,
      request.number,
      request.bodyCode,
      request.regionCode,
      request.channel,
      request.userType,
      request.iinBin,
      request.registrationNoticeNumber,
      request.identityDocumentNumber,
      request.identityDocumentIssuedOn,
      request.applicantName,
      request.postalAddress,
      request.phone,
      request.email,
      request.language,
      request.certificate === null ? null : JSON.stringify(request.certificate),
      request.registeredByAccountId,
      request.receivedAt,
      request.receivedOn,
      request.reviewDueOn,
    ],
  );
  return rows.length > 0;
}

export async function openRequestNumber(db: Queryable, iinBin: string, userType: UserType): Promise<string | null> {
  const { rows } = await db.query<{ number: string }>(
    `select number from credentials_requests where iin_bin = $1 and user_type = $2 and status = 'submitted'`,
    [iinBin, userType],
  );
  return rows[0]?.number ?? null;
}

export async function findRequest(
  db: Queryable,
  id: string,
  options: RowLock = {},
): Promise<CredentialsRequest | null> {
  return firstRow<CredentialsRequest>(db, `select ${columns} from credentials_requests where id = $1`, [id], options);
}

export interface QueueFilter {
  /** null: every body (administrators) */
  bodyCodes: string[] | null;
  status?: RequestStatus;
  /** only what is late today: a review past its term, or a notice past its due day and not sent */
  overdueOn?: string;
  limit: number;
}

/** A body's queue, oldest first: the order in which the terms run out. */
export async function listRequests(db: Queryable, filter: QueueFilter): Promise<CredentialsRequest[]> {
  const { rows } = await db.query<CredentialsRequest>(
    `select ${columns} from credentials_requests
      where ($1::text[] is null or body_code = any($1::text[]))
        and ($2::text is null or status = $2)
        and ($3::date is null
             or (status = 'submitted' and review_due_on < $3::date)
             or (status <> 'submitted' and notice_sent_at is null and notice_due_on < $3::date))
      order by received_at, number
      limit $4`,
    [filter.bodyCodes, filter.status ?? null, filter.overdueOn ?? null, filter.limit],
  );
  return rows;
}

export interface Decision {
  status: 'approved' | 'rejected';
  decidedAt: Date;
  decidedOn: string;
  decidedByAccountId: string;
  noticeDueOn: string;
  rejectionReason?: string;
  accountId?: string;
  login?: string;
  /** e-mailed notices are sent with the decision */
  noticeSentAt?: Date;
  letterPassword?: string;
}

export async function recordDecision(db: Queryable, id: string, decision: Decision): Promise<void> {
  await db.query(
    `update credentials_requests set status = $2, decided_at = $3, decided_on = $4, decided_by_account_id = $5,
            notice_due_on = $6, rejection_reason = $7, account_id = $8, login = $9, notice_sent_at = $10,
            letter_password = $11, updated_at = $3
      where id = $1`,
    [
      id,
      decision.status,
      decision.decidedAt,
      decision.decidedOn,
      decision.decidedByAccountId,
      decision.noticeDueOn,
      decision.rejectionReason ?? null,
      decision.accountId ?? null,
      decision.login ?? null,
      decision.noticeSentAt ?? null,
      decision.letterPassword ?? null,
    ],
  );
}

/** The letter went out: the one-time password it carried is no longer kept. */
export async function markNoticeSent(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query(
    `update credentials_requests set notice_sent_at = $2, letter_password = null, updated_at = $2 where id = $1`,
    [id, at],
  );
}

export async function activeAccountExists(db: Queryable, iinBin: string, userType: UserType): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from accounts where kind = 'user' and iin_bin = $1 and user_type = $2 and status = 'active'`,
    [iinBin, userType],
  );
  return rows.length > 0;
}
