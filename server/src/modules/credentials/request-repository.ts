import type { Queryable } from '../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../platform/db/first-row.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { CertificateFacts, UserType } from '../accounts/index.ts';

export type RequestChannel = 'electronic' | 'paper';
/** How the applicant's identity is known; 'paper_check_required': filed online without the signature (REG-10). */
export type RequestVerification = 'signature' | 'paper' | 'paper_check_required';
export type IdentityDocumentKind = 'id_card' | 'passport' | 'residence_permit' | 'foreign_passport';
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
  verification: RequestVerification;
  status: RequestStatus;
  userType: UserType;
  /** null: a non-resident without an IIN, until approval assigns the number */
  iinBin: string | null;
  nonResident: boolean;
  registrationNoticeNumber: string | null;
  registrationNoticeIssuedOn: string | null;
  identityDocumentKind: IdentityDocumentKind | null;
  identityDocumentNumber: string | null;
  identityDocumentIssuedOn: string | null;
  identityDocumentCountry: string | null;
  applicantBirthDate: string | null;
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
  identityCheckedDocument: string | null;
}

const columns = `id, number, body_code as "bodyCode", region_code as "regionCode", channel, verification, status,
  user_type as "userType", iin_bin as "iinBin", non_resident as "nonResident",
  registration_notice_number as "registrationNoticeNumber", registration_notice_issued_on as "registrationNoticeIssuedOn",
  identity_document_kind as "identityDocumentKind", identity_document_number as "identityDocumentNumber",
  identity_document_issued_on as "identityDocumentIssuedOn", identity_document_country as "identityDocumentCountry",
  applicant_birth_date as "applicantBirthDate", identity_checked_document as "identityCheckedDocument",
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
  | 'identityCheckedDocument'
>;

/**
 * Stores a new request; false when one is still under review for the same IIN/BIN and user type,
 * or for a non-resident the same passport (the unique indexes of open requests). Unsigned requests
 * are counted apart: one in someone's name never keeps the holder of the signature out.
 */
export async function insertRequest(db: Queryable, request: NewCredentialsRequest): Promise<boolean> {
  const { rows } = await db.query(
    `insert into credentials_requests (id, number, body_code, region_code, channel, status, user_type, iin_bin,
       registration_notice_number, identity_document_number, identity_document_issued_on, applicant_name, postal_address,
       phone, email, language, certificate, registered_by_account_id, received_at, received_on, review_due_on, updated_at,
       verification, non_resident, registration_notice_issued_on, identity_document_kind, identity_document_country,
       applicant_birth_date)
     values ($1, $2, $3, $4, $5, 'submitted', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $18,
       $21, $22, $23, $24, $25, $26)
     on conflict do nothing
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
      request.verification,
      request.nonResident,
      request.registrationNoticeIssuedOn,
      request.identityDocumentKind,
      request.identityDocumentCountry,
      request.applicantBirthDate,
    ],
  );
  return rows.length > 0;
}

/** The number of the request under review that a new one collides with: same IIN/BIN and user type, or same passport. */
export async function openRequestNumber(
  db: Queryable,
  request: Pick<
    NewCredentialsRequest,
    'iinBin' | 'userType' | 'verification' | 'identityDocumentCountry' | 'identityDocumentNumber'
  >,
): Promise<string | null> {
  const { rows } = await db.query<{ number: string }>(
    `select number from credentials_requests
      where status = 'submitted'
        and ((iin_bin = $1 and ($2::text = 'paper_check_required') = (verification = 'paper_check_required')
              and (user_type = $3 or verification = 'paper_check_required'))
             or (non_resident and identity_document_country = $4 and identity_document_number = $5))`,
    [
      request.iinBin,
      request.verification,
      request.userType,
      request.identityDocumentCountry,
      request.identityDocumentNumber,
    ],
  );
  return rows[0]?.number ?? null;
}

/**
 * Whether an unsigned request (REG-10) would be a second open one: any request under review for the
 * IIN/BIN or the passport, or an unsigned one under review from the same e-mail address.
 */
export async function openUnsignedRequestExists(
  db: Queryable,
  who: { iinBin: string | null; passport: { country: string; number: string } | null; email: string },
): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from credentials_requests
      where status = 'submitted'
        and (iin_bin = $1
             or (non_resident and identity_document_country = $2 and identity_document_number = $3)
             or (verification = 'paper_check_required' and lower(email) = lower($4)))
      limit 1`,
    [who.iinBin, who.passport?.country ?? null, who.passport?.number ?? null, who.email],
  );
  return rows.length > 0;
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
  /** an unsigned request: the identity document the officer checked on paper */
  identityCheckedDocument?: string;
  /** a non-resident without an IIN: the identification number assigned on approval */
  assignedNumber?: string;
}

export async function recordDecision(db: Queryable, id: string, decision: Decision): Promise<void> {
  await db.query(
    `update credentials_requests set status = $2, decided_at = $3, decided_on = $4, decided_by_account_id = $5,
            notice_due_on = $6, rejection_reason = $7, account_id = $8, login = $9, notice_sent_at = $10,
            letter_password = $11, identity_checked_document = $12, iin_bin = coalesce($13, iin_bin), updated_at = $3
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
      decision.identityCheckedDocument ?? null,
      decision.assignedNumber ?? null,
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
