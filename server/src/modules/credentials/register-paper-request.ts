import type { Language } from '../../platform/i18n/language.ts';
import {
  type Account,
  AccountErrors,
  type CredentialsRequestFields,
  type FiledCredentialsRequest,
  type RequestFacts,
  type UserType,
} from '../accounts/index.ts';
import { departmentOfBody } from '../reference/index.ts';
import type { CredentialsContext } from './context.ts';
import { CredentialsErrors } from './errors.ts';
import { requestFieldName } from './field-names.ts';
import { fileRequest } from './file-request.ts';
import { activeAccountExists } from './request-repository.ts';

export interface PaperRequest extends Omit<CredentialsRequestFields, 'regionCode'> {
  userType: UserType;
  iinBin: string;
  applicantName: string;
  postalAddress: string;
  email?: string;
  /** the language to answer in; Russian when not given */
  language?: Language;
  /** administrators name the region; an officer files for their own department */
  regionCode?: string;
}

/**
 * A request that came on paper (AST-2), registered by an officer of the body it was addressed
 * to: it joins the same queue and terms as an electronic one, and is answered by a letter.
 */
export async function registerPaperRequest(
  ctx: CredentialsContext,
  officer: Account,
  input: PaperRequest,
  facts: RequestFacts,
): Promise<FiledCredentialsRequest> {
  let regionCode = input.regionCode;
  if (officer.kind === 'officer') {
    const department = officer.officeCode ? await departmentOfBody(ctx.db, officer.officeCode) : undefined;
    if (!department) throw CredentialsErrors.CREDENTIALS_OFFICER_WITHOUT_BODY();
    regionCode = department.regionCode;
  }
  if (!regionCode)
    throw CredentialsErrors.CREDENTIALS_REQUEST_FIELDS_MISSING(
      { field: requestFieldName('regionCode') },
      { details: { missing: ['regionCode'] } },
    );
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (await activeAccountExists(tx, input.iinBin, input.userType)) throw AccountErrors.REG_ALREADY_REGISTERED();
    return fileRequest(
      ctx,
      tx,
      now,
      {
        regionCode,
        userType: input.userType,
        iinBin: input.iinBin,
        registrationNoticeNumber: input.registrationNoticeNumber,
        identityDocument: input.identityDocument,
        applicantName: input.applicantName,
        postalAddress: input.postalAddress,
        phone: input.phone,
        channel: 'paper',
        email: input.email ?? null,
        certificate: null,
        registeredByAccountId: officer.id,
      },
      { ...facts, language: input.language ?? 'ru' },
    );
  });
}
