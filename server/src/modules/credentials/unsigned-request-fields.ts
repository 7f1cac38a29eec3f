import type { unsignedRequestBody } from '@shekara/contracts/credentials';
import type { z } from 'zod';
import { CredentialsErrors } from './errors.ts';
import { requestFieldName } from './field-names.ts';
import type { Filing } from './file-request.ts';
import { checkRequestFields, missing, realDate } from './request-fields.ts';

export type UnsignedRequest = z.output<typeof unsignedRequestBody>;

/** The fields of an unsigned request that become the request's own once its e-mail is confirmed. */
export type UnsignedFiling = Omit<Filing, 'channel' | 'certificate' | 'registeredByAccountId'> & { email: string };

// A passport's number as printed in its machine-readable zone: Latin letters and digits (ICAO 9303 allows 9; some states print more).
const passportNumber = /^[A-Z0-9]{5,20}$/;
// The holder's name as the passport's Latin transliteration prints it.
const latinName = /^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/;

/**
 * What an unsigned online request (REG-10) must hold, by who files it (AST-6): a resident gives the
 * IIN/BIN and the state-registration notice or the identity document, as a signed request does,
 * with the document's kind; a non-resident individual without an IIN gives a foreign passport (its
 * number, issuing country, date of issue), the full name in Latin letters and the date of birth.
 * The officer later compares these with the document on paper, so they are checked as strictly as
 * a form can: real dates, not in the future, a passport issued after its holder was born.
 */
export function checkUnsignedRequest(input: UnsignedRequest, today: string): UnsignedFiling {
  const document = input.identityDocument;
  if (document) {
    if (!realDate(document.issuedOn) || document.issuedOn > today) invalid('identityDocument.issuedOn');
    if ((document.kind === 'foreign_passport') !== (document.country !== undefined))
      invalid('identityDocument.country');
  }
  const notice = input.registrationNotice;
  if (notice && (!realDate(notice.issuedOn) || notice.issuedOn > today)) invalid('registrationNotice.issuedOn');
  const common = {
    userType: input.userType,
    email: input.email,
    regionCode: input.regionCode,
    applicantName: input.applicantName,
    postalAddress: input.postalAddress,
    phone: input.phone,
  };

  if (input.applicant === 'resident') {
    if (!input.iinBin) missing('iinBin');
    const fields = {
      ...common,
      iinBin: input.iinBin,
      registrationNoticeNumber: notice?.number,
      registrationNoticeIssuedOn: notice?.issuedOn,
      identityDocument: document,
    };
    checkRequestFields(input.iinBin, fields, today);
    return fields;
  }

  // A non-resident without an IIN: the number is the body's to give, the passport is the identity.
  if (input.iinBin) invalid('iinBin');
  if (!document) missing('identityDocument');
  if (document.kind !== 'foreign_passport' || !document.country) invalid('identityDocument.kind');
  if (document.country === 'KZ') invalid('identityDocument.country');
  const number = document.number.replace(/\s/g, '').toUpperCase();
  if (!passportNumber.test(number)) invalid('identityDocument.number');
  if (!input.birthDate) missing('birthDate');
  if (!realDate(input.birthDate) || input.birthDate >= today || input.birthDate < '1900-01-01') invalid('birthDate');
  if (document.issuedOn < input.birthDate) invalid('identityDocument.issuedOn');
  if (!latinName.test(input.applicantName)) invalid('applicantName');
  return {
    ...common,
    iinBin: null,
    nonResident: true,
    identityDocument: { kind: 'foreign_passport', number, issuedOn: document.issuedOn, country: document.country },
    birthDate: input.birthDate,
  };
}

function invalid(field: string): never {
  throw CredentialsErrors.CREDENTIALS_REQUEST_FIELD_INVALID({ field: requestFieldName(field) }, { details: { field } });
}
