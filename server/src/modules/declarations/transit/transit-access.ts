import type { OfficerDecision } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import { inBodyScope } from '../../accounts/index.ts';
import { TransitErrors } from './errors.ts';
import { isDestinationIn } from './movement-repository.ts';

/**
 * Who takes which step of a transit declaration (EAEU Customs Code arts. 143, 150): the office
 * of departure — the body it was delivered to — decides up to the release for transit; the
 * office of destination, which the movement written at release names, records the arrival and
 * completes the transit. A body whose scope holds both (a department over both offices, the
 * Committee) does either.
 */
export type TransitAccess = 'full' | 'transit_departure' | 'transit_destination';

export const destinationDecisions: readonly OfficerDecision[] = ['record_arrival', 'complete_transit'];

/** The officer's access to a transit declaration, or null when neither of its offices is in scope. */
export async function transitAccessOf(
  db: Queryable,
  scope: string[] | null,
  declaration: { id: string; customsOffice: string },
): Promise<TransitAccess | null> {
  const departure = inBodyScope(scope, declaration.customsOffice);
  const destination = await isDestinationIn(db, declaration.id, scope);
  if (departure && destination) return 'full';
  return departure ? 'transit_departure' : destination ? 'transit_destination' : null;
}

/** Whether the access lets the officer take `decision` (the status model having allowed it). */
export function transitAllows(access: 'transit_departure' | 'transit_destination', decision: OfficerDecision) {
  return destinationDecisions.includes(decision) === (access === 'transit_destination');
}

/** The refusal for a decision the other office takes. */
export function otherOfficeRefusal(access: 'transit_departure' | 'transit_destination') {
  return access === 'transit_departure'
    ? TransitErrors.DECL_TRANSIT_AT_DESTINATION()
    : TransitErrors.DECL_TRANSIT_AT_DEPARTURE();
}
