import type { AuditRecord } from '../../platform/audit/audit-log.ts';
import type { Calendar } from '../reference/index.ts';
import type { CredentialsRequest } from './request-repository.ts';
import { termsState } from './terms.ts';

/** A request as the queue lists it, with where it stands against its terms today. */
export function requestSummaryView(request: CredentialsRequest, today: string, calendar: Calendar) {
  return {
    id: request.id,
    number: request.number,
    channel: request.channel,
    verification: request.verification,
    status: request.status,
    userType: request.userType,
    iinBin: request.iinBin,
    nonResident: request.nonResident,
    applicantName: request.applicantName,
    bodyCode: request.bodyCode,
    receivedOn: request.receivedOn,
    reviewDueOn: request.reviewDueOn,
    decidedOn: request.decidedOn,
    login: request.login,
    noticeDueOn: request.noticeDueOn,
    noticeSentAt: request.noticeSentAt ? new Date(request.noticeSentAt).toISOString() : null,
    ...termsState(request, today, calendar),
  };
}

export function requestDetailView(
  request: CredentialsRequest,
  today: string,
  calendar: Calendar,
  history: AuditRecord[],
) {
  const certificate = request.certificate;
  return {
    ...requestSummaryView(request, today, calendar),
    regionCode: request.regionCode,
    registrationNoticeNumber: request.registrationNoticeNumber,
    registrationNoticeIssuedOn: request.registrationNoticeIssuedOn,
    identityDocument: request.identityDocumentNumber
      ? {
          kind: request.identityDocumentKind,
          number: request.identityDocumentNumber,
          issuedOn: request.identityDocumentIssuedOn!,
          country: request.identityDocumentCountry,
        }
      : null,
    birthDate: request.applicantBirthDate,
    identityCheckedDocument: request.identityCheckedDocument,
    postalAddress: request.postalAddress,
    phone: request.phone,
    email: request.email,
    language: request.language,
    certificate: certificate && {
      serialNumber: certificate.serialNumber,
      commonName: certificate.commonName,
      subjectIin: certificate.subjectIin,
      subjectBin: certificate.subjectBin,
      notAfter: certificate.notAfter,
    },
    rejectionReason: request.rejectionReason,
    accountId: request.accountId,
    letterAvailable:
      request.channel === 'paper' &&
      (request.status === 'rejected' || (request.status === 'approved' && request.letterPassword !== null)),
    history: history.map((entry) => ({
      at: entry.at,
      action: entry.action,
      outcome: entry.outcome,
      actorAccountId: entry.actorAccountId,
      details: entry.details,
    })),
  };
}
