import type { Queryable } from '../../../platform/db/database.ts';
import { SubmissionErrors } from './errors.ts';
import { registrationNumberPattern } from './registration-number.ts';
import { findDeliveredCopy, findSupersession } from './submission-repository.ts';

/**
 * The public receipt check (WD-14): whoever holds the registration number and the document's
 * hash — an officer, a carrier, a bank — sees the delivery's facts and the current status.
 * Neither alone is enough, and a wrong pair reads the same as an unknown number. A copy replaced
 * by a later one (resubmitted after a requested correction, or a registered correction after
 * release) says so, with the number of what replaced it (issue 19 point 8).
 */
export async function checkReceipt(db: Queryable, number: string, sha256Hex: string) {
  if (!registrationNumberPattern.test(number)) throw SubmissionErrors.DECL_RECEIPT_NOT_FOUND();
  const copy = await findDeliveredCopy(db, number, Buffer.from(sha256Hex.toLowerCase(), 'hex'));
  if (!copy) throw SubmissionErrors.DECL_RECEIPT_NOT_FOUND();
  return {
    registrationNumber: copy.registrationNumber,
    customsOffice: copy.customsOffice,
    registeredAt: new Date(copy.submittedAt).toISOString(),
    kind: copy.kind,
    status: copy.status,
    submission: copy.seq,
    supersededBy: await findSupersession(db, copy.declarationId, copy.seq),
  };
}
