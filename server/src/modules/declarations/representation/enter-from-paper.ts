import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { requireRegisterStanding } from '../../registers/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { RepresentationErrors } from './errors.ts';
import { audit, representationSubject, representationView } from './register-representation.ts';
import { findRepresentation, insertRepresentation, recordConfirmation } from './repository.ts';

export interface PaperRepresentation {
  representativeBin: string;
  declarantIinBin: string;
  contractNumber: string;
  contractDate: string;
  validFrom: string;
  validTo?: string;
  /** which paper document the declarant signed: its registration at the body, where it is kept */
  paperBasis: string;
}

/**
 * An officer enters a representation from the paper contract the declarant signed and brought
 * (ACC-9), for a declarant that does not confirm it in its cabinet with its signature. The
 * contract binds at once; a contract the representative already registered on the same terms is
 * confirmed by it. The representative must be on the register of customs representatives (REG-5).
 * Either side ends it as any other, and the declarant sees it among those naming it.
 */
export async function enterRepresentationFromPaper(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  officer: Account,
  facts: RequestFacts,
  input: PaperRepresentation,
) {
  if (input.declarantIinBin === input.representativeBin) throw RepresentationErrors.DECL_REPRESENTATION_SELF();
  if (input.validTo !== undefined && input.validTo < input.validFrom)
    throw RepresentationErrors.DECL_REPRESENTATION_PERIOD_INVALID({ validFrom: input.validFrom });
  const at = ctx.clock.now();
  const today = almatyDate(at);
  const { paperBasis, ...rest } = input;
  const terms = { ...rest, validTo: input.validTo ?? null };
  return ctx.db.transaction(async (tx) => {
    await requireRegisterStanding(tx, 'customs_representative', input.representativeBin, today);
    let found = await findRepresentation(tx, terms, { lock: true });
    if (!found) {
      await insertRepresentation(tx, { ...terms, createdBy: officer.id }, at);
      found = (await findRepresentation(tx, terms, { lock: true }))!;
    } else if (
      found.contractDate !== terms.contractDate ||
      found.validFrom !== terms.validFrom ||
      found.validTo !== terms.validTo
    )
      throw RepresentationErrors.DECL_REPRESENTATION_EXISTS({ contractNumber: input.contractNumber });
    if (found.confirmedAt !== null) throw RepresentationErrors.DECL_REPRESENTATION_CONFIRMED();
    if (found.endedBy !== null)
      throw RepresentationErrors.DECL_REPRESENTATION_ENDED({ validTo: found.validTo ?? today });
    await recordConfirmation(tx, terms, { accountId: officer.id, at, paperBasis });
    await recordAudit(tx, at, {
      action: 'declaration.representation.enter_from_paper',
      ...audit(officer, facts, representationSubject(terms)),
      details: { ...terms, paperBasis },
    });
    return representationView({ ...found, confirmedAt: at.toISOString(), paperBasis }, today);
  });
}
