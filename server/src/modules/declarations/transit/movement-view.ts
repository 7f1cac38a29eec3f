import type { TransitMovementView } from '@shekara/contracts/declarations/transit';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import { formatTiyn, paymentRefusalMessage } from '../../payments/index.ts';
import { findMovement } from './movement-repository.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const tenge = (tiyn: number | null) => (tiyn === null ? null : formatTiyn(BigInt(tiyn)));

/** A transit declaration's movement for the declaration views (declarant's, carrier's, officers'); null before release. */
export async function transitMovementView(
  db: Queryable,
  declaration: { id: string; kind: string },
  language: Language,
): Promise<TransitMovementView | null> {
  if (declaration.kind !== 'transit') return null;
  const m = await findMovement(db, declaration.id);
  if (!m) return null;
  return {
    departureOffice: m.departureOffice,
    destinationOffice: m.destinationOffice,
    deliveryTerm: m.deliveryTerm,
    carrierIinBin: m.carrierIinBin,
    security: {
      amount: tenge(m.securityTiyn),
      failure: m.securityFailureCode
        ? {
            code: m.securityFailureCode,
            message: paymentRefusalMessage(m.securityFailureCode, m.securityFailureParams ?? {}, language),
          }
        : null,
      declaredAmount: tenge(m.declaredSecurityTiyn),
      methodCode: m.securityMethodCode,
      certificateNumber: m.securityCertificate,
    },
    releasedAt: m.releasedAt.toISOString(),
    releasedByOffice: m.releasedByOffice,
    arrivedAt: iso(m.arrivedAt),
    arrivalOffice: m.arrivalOffice,
    completedAt: iso(m.completedAt),
    completionOffice: m.completionOffice,
    overdueFlaggedAt: iso(m.overdueFlaggedAt),
  };
}
