import { parseIinBin } from '@shekara/contracts/domain';
import { AccountErrors, type CredentialsRequestFields } from '../accounts/index.ts';
import { CredentialsErrors } from './errors.ts';
import { requestFieldName } from './field-names.ts';

/**
 * What AST-6 asks of a request, decided by the kind of number: a BIN (legal entity, or an
 * individual entrepreneur registered by BIN) needs the number of the state-registration notice;
 * an IIN belongs either to an individual entrepreneur, who gives that notice, or to a person
 * registered as neither, who gives the identity document's number and date instead.
 */
export function checkRequestFields(iinBin: string, fields: CredentialsRequestFields, receivedOn: string): void {
  const parsed = parseIinBin(iinBin);
  if (!parsed.valid) throw AccountErrors.REG_IIN_BIN_INVALID();
  if (parsed.number.kind === 'bin') {
    if (!fields.registrationNoticeNumber) missing('registrationNoticeNumber');
  } else if (!fields.registrationNoticeNumber && !fields.identityDocument) {
    missing('registrationNoticeNumber | identityDocument');
  }
  const issuedOn = fields.identityDocument?.issuedOn;
  if (issuedOn !== undefined && (!realDate(issuedOn) || issuedOn > receivedOn)) {
    throw CredentialsErrors.CREDENTIALS_REQUEST_FIELD_INVALID(
      { field: requestFieldName('identityDocument.issuedOn') },
      { details: { field: 'identityDocument.issuedOn' } },
    );
  }
}

export function missing(field: string): never {
  throw CredentialsErrors.CREDENTIALS_REQUEST_FIELDS_MISSING(
    { field: requestFieldName(field) },
    { details: { missing: field.split(' | ') } },
  );
}

export function realDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}
