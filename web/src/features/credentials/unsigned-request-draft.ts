import type { identityDocumentKinds } from '@shekara/contracts/credentials';
import type { UserType } from '../account/user-types.ts';
import type { UnsignedRequest } from './credentials-api.ts';
import { trimmedOrUndefined } from './format.ts';

export type Applicant = 'resident' | 'non_resident';
export type DocumentKind = (typeof identityDocumentKinds)[number];

/** The unsigned request's form as typed: every box a string, empty while unset. */
export interface UnsignedDraft {
  applicant: Applicant;
  userType: UserType;
  iinBin: string;
  email: string;
  regionCode: string;
  applicantName: string;
  postalAddress: string;
  phone: string;
  noticeNumber: string;
  noticeIssuedOn: string;
  documentKind: DocumentKind;
  documentNumber: string;
  documentIssuedOn: string;
  documentCountry: string;
  birthDate: string;
}

export const emptyUnsignedDraft: UnsignedDraft = {
  applicant: 'resident',
  userType: 'foreign_trade_participant',
  iinBin: '',
  email: '',
  regionCode: '',
  applicantName: '',
  postalAddress: '',
  phone: '',
  noticeNumber: '',
  noticeIssuedOn: '',
  documentKind: 'id_card',
  documentNumber: '',
  documentIssuedOn: '',
  documentCountry: '',
  birthDate: '',
};

/**
 * The request as the server takes it (AST-6): a resident's IIN/BIN with the state-registration
 * notice and/or the identity document, whichever were typed; a non-resident's foreign passport,
 * Latin name and date of birth, without an IIN. The server judges what is missing and says so.
 */
export function unsignedRequestOf(draft: UnsignedDraft): UnsignedRequest {
  const nonResident = draft.applicant === 'non_resident';
  const documentNumber = trimmedOrUndefined(draft.documentNumber);
  const noticeNumber = trimmedOrUndefined(draft.noticeNumber);
  const kind = nonResident ? 'foreign_passport' : draft.documentKind;
  return {
    applicant: draft.applicant,
    userType: draft.userType,
    iinBin: nonResident ? undefined : draft.iinBin.trim(),
    email: draft.email.trim(),
    regionCode: draft.regionCode,
    applicantName: draft.applicantName.trim(),
    postalAddress: trimmedOrUndefined(draft.postalAddress),
    phone: trimmedOrUndefined(draft.phone),
    registrationNotice:
      !nonResident && noticeNumber ? { number: noticeNumber, issuedOn: draft.noticeIssuedOn } : undefined,
    identityDocument: documentNumber
      ? {
          kind,
          number: documentNumber,
          issuedOn: draft.documentIssuedOn,
          country: kind === 'foreign_passport' ? draft.documentCountry.trim().toUpperCase() : undefined,
        }
      : undefined,
    birthDate: nonResident ? draft.birthDate : undefined,
  };
}
