import type { PersonalUseNorm } from './personal-use-norms.ts';

/**
 * The EAEU's regime for goods of e-commerce (the 2026 rules on goods sold to individuals through
 * registered e-commerce operators and their warehouses), as a dated rule set the engine reads like
 * the personal-use norms. It is off: no date of entry into force is set until the regime's act is
 * in force, and a calculation under it is refused (PAYMENTS_REGIME_NOT_IN_FORCE) rather than made
 * on rules that do not apply yet. Turning it on is a matter of data: the date and the norms.
 */
export interface DatedRegime {
  /** the first day the rules apply; null while the regime is not in force */
  validFrom: string | null;
  validTo: string | null;
  /** the free allowance and the rate over it, per parcel, as the regime sets them */
  norm: PersonalUseNorm | null;
}

export const eCommerceRegime: readonly DatedRegime[] = [{ validFrom: null, validTo: null, norm: null }];

export function eCommerceNormOn(date: string): PersonalUseNorm | undefined {
  return (
    eCommerceRegime.find(
      (r) => r.validFrom !== null && r.validFrom <= date && (r.validTo === null || r.validTo >= date),
    )?.norm ?? undefined
  );
}
