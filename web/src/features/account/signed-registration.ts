import type { credentialsRequestFields } from '@shekara/contracts/accounts';
import type { z } from 'zod';
import type { UserType } from './user-types.ts';

/** The AST-6 facts of a request for a login and password (REG-9, second branch), as the contract has them. */
export type CredentialsRequestFields = z.input<typeof credentialsRequestFields>;

export interface RegistrationFields {
  userType: UserType;
  iinBin: string;
  email: string;
  credentialsRequest?: CredentialsRequestFields;
}

/**
 * What the applicant signs (REG-10): the UTF-8 JSON {"nonce","userType","iinBin","email"}, plus
 * "credentialsRequest" when they ask for a login and password. The server compares it with the
 * fields it receives, so both are built from the same values.
 */
export function signedRegistrationJson(nonce: string, fields: RegistrationFields): string {
  const { userType, iinBin, email, credentialsRequest } = fields;
  return JSON.stringify({ nonce, userType, iinBin, email, ...(credentialsRequest ? { credentialsRequest } : {}) });
}

/** The AST-6 facts as the applicant types them: every one a text, blank until filled in. */
export interface TypedCredentialsRequest {
  regionCode: string;
  registrationNoticeNumber: string;
  identityDocumentNumber: string;
  identityDocumentIssuedOn: string;
  applicantName: string;
  postalAddress: string;
  phone: string;
}

export const blankCredentialsRequest: TypedCredentialsRequest = {
  regionCode: '',
  registrationNoticeNumber: '',
  identityDocumentNumber: '',
  identityDocumentIssuedOn: '',
  applicantName: '',
  postalAddress: '',
  phone: '',
};

/** Empty optional fields are left out rather than sent blank: the server bounds each one it receives. */
export function credentialsRequestOf(form: TypedCredentialsRequest): CredentialsRequestFields {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const documentNumber = text(form.identityDocumentNumber);
  const issuedOn = text(form.identityDocumentIssuedOn);
  const request: CredentialsRequestFields = { regionCode: form.regionCode };
  const notice = text(form.registrationNoticeNumber);
  if (notice) request.registrationNoticeNumber = notice;
  if (documentNumber && issuedOn) request.identityDocument = { number: documentNumber, issuedOn };
  for (const key of ['applicantName', 'postalAddress', 'phone'] as const) {
    const value = text(form[key]);
    if (value) request[key] = value;
  }
  return request;
}
