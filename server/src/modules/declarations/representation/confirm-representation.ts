import { representationConfirmationPayload } from '@shekara/contracts/declarations/representation';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { SignatureErrors } from '../../signature/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { RepresentationErrors } from './errors.ts';
import { audit, representationSubject, representationView } from './register-representation.ts';
import { findRepresentation, type Representation, type RepresentationKey, recordConfirmation } from './repository.ts';

/**
 * The declarant confirms that a customs representative acts for it (ACC-9): with a signing key of
 * its own — its IIN, or an employee's key under its BIN, as the identity rule of control accepts
 * on a declaration — over the contract's terms as registered. Before this, a representative that
 * named the declarant could not file for it: anyone can type an IIN/BIN, only its holder signs.
 */
export async function confirmRepresentationContract(
  ctx: Pick<DeclarationsContext, 'db' | 'clock' | 'verifier'>,
  account: Account,
  facts: RequestFacts,
  key: { representativeBin: string; contractNumber: string },
  signature: string,
) {
  const fullKey: RepresentationKey = { ...key, declarantIinBin: account.iinBin };
  const at = ctx.clock.now();
  const today = almatyDate(at);
  const registered = confirmable(await findRepresentation(ctx.db, fullKey), today);
  const cms = Buffer.from(signature, 'base64');
  const verification = await ctx.verifier.verifyCms(cms, {
    purpose: 'sign',
    data: representationConfirmationPayload(registered),
  });
  if (!verification.valid) throw SignatureErrors[verification.code ?? 'SIG_MALFORMED']();
  const signer = verification.signer!;
  if (signer.iin !== account.iinBin && signer.bin !== account.iinBin)
    throw RepresentationErrors.DECL_REPRESENTATION_SIGNER_NOT_DECLARANT();

  return ctx.db.transaction(async (tx) => {
    // Read again under the lock: the terms signed must be the terms still registered.
    const found = confirmable(await findRepresentation(tx, fullKey, { lock: true }), today);
    if (found.validTo !== registered.validTo) throw SignatureErrors.SIG_CONTENT_MISMATCH();
    await recordConfirmation(tx, fullKey, { accountId: account.id, cms, at });
    await recordAudit(tx, at, {
      action: 'declaration.representation.confirm',
      ...audit(account, facts, representationSubject(fullKey)),
      details: { signerIin: signer.iin, signerBin: signer.bin ?? null, serialNumber: signer.serialNumber },
    });
    return representationView({ ...found, confirmedAt: at.toISOString() }, today);
  });
}

/** A representation that can still be confirmed: there, not confirmed yet, not ended by either side. */
function confirmable(found: Representation | null, today: string): Representation {
  if (!found) throw RepresentationErrors.DECL_REPRESENTATION_NOT_FOUND();
  if (found.confirmedAt !== null) throw RepresentationErrors.DECL_REPRESENTATION_CONFIRMED();
  if (found.endedBy !== null || (found.validTo !== null && found.validTo < today))
    throw RepresentationErrors.DECL_REPRESENTATION_ENDED({ validTo: found.validTo ?? today });
  return found;
}
