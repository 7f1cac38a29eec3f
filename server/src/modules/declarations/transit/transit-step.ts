import type { OfficerDecision } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import { assessTransitSecurity } from '../../payments/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { latestSignedCopies } from '../officer/officer-repository.ts';
import { signedDocumentOf } from '../officer/signed-document.ts';
import { TransitErrors } from './errors.ts';
import { insertMovement, recordMovementStep } from './movement-repository.ts';

/** Writes a transit step in the decision's transaction. */
export type TransitStepRecorder = (tx: Queryable, at: Date) => Promise<void>;

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * What an officer's decision on a transit declaration writes beside the status (issue 17 point 4):
 * the movement at the release for transit, its arrival, its completion. The release's security is
 * calculated here, before the decision's transaction (the engine reads reference data outside it),
 * from the latest signed copy — the same copy whose hash the officer signed, which the transaction
 * checks again. Undefined for every other decision.
 */
export async function prepareTransitStep(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  decision: { declarationId: string; decision: OfficerDecision; officeCode: string },
): Promise<TransitStepRecorder | undefined> {
  const { declarationId, officeCode } = decision;
  if (decision.decision === 'record_arrival' || decision.decision === 'complete_transit') {
    const step = decision.decision === 'record_arrival' ? 'arrival' : 'completion';
    // A transit released before movements were kept has none to complete: the status says it all.
    return async (tx, at) => void (await recordMovementStep(tx, declarationId, step, at, officeCode));
  }
  if (decision.decision !== 'release_for_transit') return undefined;
  const signed = (await latestSignedCopies(ctx.db, [declarationId])).get(declarationId);
  const document = signedDocumentOf(signed?.signedBytes ?? null);
  const doc = isObject(document) ? document : {};
  const destinationOffice = textOf(doc.destinationOffice);
  const deliveryTerm = textOf(doc.deliveryTerm);
  if (!destinationOffice) throw TransitErrors.DECL_TRANSIT_INCOMPLETE({ box: '53' });
  if (!deliveryTerm || !/^\d{4}-\d{2}-\d{2}$/.test(deliveryTerm))
    throw TransitErrors.DECL_TRANSIT_INCOMPLETE({ box: 'D' });
  const security = isObject(doc.security) ? doc.security : {};
  const declaredAmount = typeof security.amount === 'number' && security.amount >= 0 ? security.amount : null;
  const carrier = isObject(doc.carrier) ? textOf(doc.carrier.iinBin) : null;
  const assessed = await assessTransitSecurity(ctx.db, document, almatyDate(ctx.clock.now()));
  return async (tx, at) =>
    insertMovement(tx, {
      declarationId,
      departureOffice: textOf(doc.departureOffice) ?? officeCode,
      destinationOffice,
      deliveryTerm,
      carrierIinBin: carrier && /^\d{12}$/.test(carrier) ? carrier : null,
      securityMethodCode: textOf(security.methodCode),
      securityCertificate: textOf(security.certificateNumber),
      declaredSecurityTiyn: declaredAmount === null ? null : Math.round(declaredAmount * 100),
      securityTiyn: assessed.calculated ? Number(assessed.amountTiyn) : null,
      securityFailureCode: assessed.calculated ? null : assessed.refusal.code,
      securityFailureParams: assessed.calculated ? null : { ...assessed.refusal.params },
      releasedAt: at,
      releasedByOffice: officeCode,
    });
}
