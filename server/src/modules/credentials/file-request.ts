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
import { almatyDate, territorialDepartmentOf } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { acknowledgementMail } from './notice-texts.ts';
import { checkRequestFields } from './request-fields.ts';
import { insertRequest, nextRequestNumber, openRequestNumber, storedCertificate } from './request-repository.ts';
import { calendarAround } from './terms.ts';

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
  filing: CredentialsRequestFiling,
  facts: RequestFacts,
): Promise<FiledCredentialsRequest> {
  const receivedOn = almatyDate(at);
  checkRequestFields(filing.iinBin, filing, receivedOn);
  const body = await territorialDepartmentOf(tx, filing.regionCode, receivedOn);
  if (!body) throw CredentialsErrors.REGION_HAS_NO_DEPARTMENT({ region: filing.regionCode });

  const calendar = await calendarAround(tx, [receivedOn], ctx.terms.credentialsReviewWorkingDays);
  const reviewDueOn = calendar.addWorkingDays(receivedOn, ctx.terms.credentialsReviewWorkingDays);
  const id = randomUUID();
  const number = await nextRequestNumber(tx, body.code, Number(receivedOn.slice(0, 4)));
  const inserted = await insertRequest(tx, {
    id,
    number,
    bodyCode: body.code,
    regionCode: filing.regionCode,
    channel: filing.channel,
    userType: filing.userType,
    iinBin: filing.iinBin,
    registrationNoticeNumber: filing.registrationNoticeNumber ?? null,
    identityDocumentNumber: filing.identityDocument?.number ?? null,
    identityDocumentIssuedOn: filing.identityDocument?.issuedOn ?? null,
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
  });
  if (!inserted)
    throw CredentialsErrors.CREDENTIALS_REQUEST_PENDING({
      number: (await openRequestNumber(tx, filing.iinBin, filing.userType)) ?? '',
    });

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
    details: { number, channel: filing.channel, userType: filing.userType, iinBin: filing.iinBin, reviewDueOn },
  });
  return { requestId: id, number, bodyCode: body.code, reviewDueOn };
}

/** The contract the registration route calls for the second branch of REG-9. */
export function createCredentialsIntake(ctx: CredentialsContext): CredentialsIntake {
  return { file: (tx, at, filing, facts) => fileRequest(ctx, tx, at, filing, facts) };
}
