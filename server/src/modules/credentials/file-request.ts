import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import type {
  CredentialsIntake,
  CredentialsRequestFiling,
  FiledCredentialsRequest,
  RequestFacts,
} from '../accounts/index.ts';
import { almatyDate, findRegion, territorialDepartmentOf } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { acknowledgementMail } from './notice-texts.ts';
import { checkRequestFields } from './request-fields.ts';
import {
  type IdentityDocumentKind,
  insertRequest,
  nextRequestNumber,
  openRequestNumber,
  type RequestVerification,
  storedCertificate,
} from './request-repository.ts';
import { calendarAround } from './terms.ts';

/** The identity document of AST-6; an unsigned online request names its kind, and a foreign passport its country. */
export interface IdentityDocument {
  kind?: IdentityDocumentKind;
  number: string;
  issuedOn: string;
  country?: string;
}

/** What the registration's intake hands over, and what an unsigned online request (REG-10) adds to it. */
export interface Filing extends Omit<CredentialsRequestFiling, 'iinBin' | 'identityDocument'> {
  /** null: a non-resident individual without an IIN, given a number on approval */
  iinBin: string | null;
  identityDocument?: IdentityDocument;
  registrationNoticeIssuedOn?: string;
  birthDate?: string;
  nonResident?: boolean;
}

/** The signature proves who filed online; paper is signed by hand; an unsigned online request must be checked on paper. */
function verificationOf(filing: Filing): RequestVerification {
  if (filing.channel === 'paper') return 'paper';
  return filing.certificate ? 'signature' : 'paper_check_required';
}

/**
 * Files a request for a login and password (AST-2, AST-6) in the caller's transaction: checks
 * the fields AST-6 asks for, routes it to the territorial department of the applicant's region,
 * numbers it, sets the review term in working days (AST-5), acknowledges it by e-mail when there
 * is an address, and writes the audit record.
 */
export async function fileRequest(
  ctx: CredentialsContext,
  tx: Queryable,
  at: Date,
  filing: Filing,
  facts: RequestFacts,
): Promise<FiledCredentialsRequest> {
  const receivedOn = almatyDate(at);
  // a non-resident without an IIN has no number to read the request's kind from: the passport was checked on filing
  if (filing.iinBin !== null) checkRequestFields(filing.iinBin, filing, receivedOn);
  const body = await territorialDepartmentOf(tx, filing.regionCode, receivedOn);
  if (!body) {
    const region = await findRegion(tx, filing.regionCode);
    throw CredentialsErrors.REGION_HAS_NO_DEPARTMENT({ region: region?.name ?? filing.regionCode });
  }

  const calendar = await calendarAround(tx, [receivedOn], ctx.terms.credentialsReviewWorkingDays);
  const reviewDueOn = calendar.addWorkingDays(receivedOn, ctx.terms.credentialsReviewWorkingDays);
  const id = randomUUID();
  const number = await nextRequestNumber(tx, body.code, Number(receivedOn.slice(0, 4)));
  const request = {
    id,
    number,
    bodyCode: body.code,
    regionCode: filing.regionCode,
    channel: filing.channel,
    verification: verificationOf(filing),
    userType: filing.userType,
    iinBin: filing.iinBin,
    nonResident: filing.nonResident ?? false,
    registrationNoticeNumber: filing.registrationNoticeNumber ?? null,
    registrationNoticeIssuedOn: filing.registrationNoticeIssuedOn ?? null,
    identityDocumentKind: filing.identityDocument?.kind ?? null,
    identityDocumentNumber: filing.identityDocument?.number ?? null,
    identityDocumentIssuedOn: filing.identityDocument?.issuedOn ?? null,
    identityDocumentCountry: filing.identityDocument?.country ?? null,
    applicantBirthDate: filing.birthDate ?? null,
    applicantName: filing.applicantName ?? filing.certificate?.commonName ?? null,
    postalAddress: filing.postalAddress ?? null,
    phone: filing.phone ?? null,
    email: filing.email,
    language: facts.language,
    certificate: filing.certificate && storedCertificate(filing.certificate),
    registeredByAccountId: filing.registeredByAccountId ?? null,
    receivedAt: at,
    receivedOn,
    reviewDueOn,
  };
  if (!(await insertRequest(tx, request)))
    throw CredentialsErrors.CREDENTIALS_REQUEST_PENDING({ number: (await openRequestNumber(tx, request)) ?? '' });

  if (filing.email) {
    const mail = acknowledgementMail(facts.language, {
      number,
      bodyName: body.name[facts.language],
      receivedOn,
      reviewDueOn,
    });
    await enqueueMailTo(tx, at, filing.email, 'credentials.request_received', { ...mail, language: facts.language });
  }
  await recordAudit(tx, at, {
    action: 'credentials_request.file',
    outcome: 'success',
    actorAccountId: filing.registeredByAccountId ?? null,
    actorIin: filing.channel === 'electronic' ? (filing.certificate?.subjectIin ?? null) : null,
    subjectType: 'credentials_request',
    subjectId: id,
    bodyCode: body.code,
    ip: facts.ip,
    requestId: facts.requestId,
    details: {
      number,
      channel: filing.channel,
      verification: request.verification,
      userType: filing.userType,
      iinBin: filing.iinBin,
      reviewDueOn,
    },
  });
  return { requestId: id, number, bodyCode: body.code, reviewDueOn };
}

/** The contract the registration route calls for the second branch of REG-9. */
export function createCredentialsIntake(ctx: CredentialsContext): CredentialsIntake {
  return { file: (tx, at, filing, facts) => fileRequest(ctx, tx, at, filing, facts) };
}
