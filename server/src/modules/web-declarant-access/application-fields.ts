import { parseIinBin } from '@shekara/contracts/domain';
import type { ApplicationFields } from '@shekara/contracts/web-declarant-access';
import { z } from 'zod';
import { AccountErrors } from '../accounts/index.ts';
import { WebDeclarantErrors } from './errors.ts';

export type {
  ApplicantKind,
  ApplicationFields,
} from '@shekara/contracts/web-declarant-access';

/** The checks beyond the schema: each refusal with its code. */
export function checkApplicationFields(fields: ApplicationFields): void {
  const parsed = parseIinBin(fields.taxpayerNumber);
  if (!parsed.valid) throw AccountErrors.REG_IIN_BIN_INVALID();
  const number = parsed.number;
  // An individual entrepreneur is identified by its IIN, or, in joint entrepreneurship, by a BIN
  // of type digit 6; any other BIN is a legal entity's.
  const fits =
    fields.applicantKind === 'legal_entity'
      ? number.kind === 'bin' && number.entityType !== 'joint_entrepreneurship'
      : fields.applicantKind === 'individual'
        ? number.kind === 'iin'
        : number.kind === 'iin' || number.entityType === 'joint_entrepreneurship';
  if (!fits) throw WebDeclarantErrors.WD_TAXPAYER_KIND_MISMATCH();
  const okpoLength = { legal_entity: 8, individual_entrepreneur: 10, individual: null }[fields.applicantKind];
  if (okpoLength !== null || fields.okpo !== undefined) {
    const expected = okpoLength ?? 10;
    if (!fields.okpo || !new RegExp(`^\\d{${expected}}$`).test(fields.okpo)) throw WebDeclarantErrors.WD_OKPO_INVALID();
  }
  if (!z.email().safeParse(fields.email).success) throw AccountErrors.REG_EMAIL_INVALID();
}
