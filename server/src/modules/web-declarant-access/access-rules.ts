import type { AppError } from '../../platform/errors.ts';
import type { AccessStatus } from '../accounts/index.ts';
import { AccountErrors } from '../accounts/index.ts';
import type { AccessMeasure, Measure } from './access-measure-repository.ts';
import { WebDeclarantErrors } from './errors.ts';
import { accessStatusNames } from './state-names.ts';
import { oneMonthAfter } from './terms.ts';

/** The fourth revocation disables the login for good: "after more than three" (WD-30). */
export const revocationsBeforeDisabling = 3;

export interface MeasureDecision {
  accessStatus: AccessStatus;
  /** the revocation that disabled the login (WD-30) */
  permanent: boolean;
}

/**
 * The rules of WD-24 and WD-27..30, as a pure function of the account's state, its past measures
 * and today's date: what the measure leads to, or the refusal.
 *  - suspension (WD-24) only of active access; lifting only of a suspension;
 *  - revocation (WD-27) of active or suspended access; the fourth disables the login for good (WD-30);
 *  - access is granted again (WD-29) only while revoked and no sooner than one calendar month
 *    after the last revocation notice (the cause being removed is the officer's statement);
 *  - nothing applies to a disabled login any more.
 */
export function decideMeasure(
  current: AccessStatus,
  past: readonly AccessMeasure[],
  measure: Measure,
  today: string,
): MeasureDecision | AppError {
  if (current === 'disabled') return AccountErrors.ACCESS_DISABLED_PERMANENTLY();
  const notApplicable = () =>
    WebDeclarantErrors.ACCESS_MEASURE_NOT_APPLICABLE({ current: accessStatusNames[current] }, { details: { current } });
  switch (measure) {
    case 'suspended':
      return current === 'active' ? { accessStatus: 'suspended', permanent: false } : notApplicable();
    case 'suspension_lifted':
      return current === 'suspended' ? { accessStatus: 'active', permanent: false } : notApplicable();
    case 'revoked': {
      if (current === 'revoked') return notApplicable();
      const permanent = revocationCount(past) + 1 > revocationsBeforeDisabling;
      return { accessStatus: permanent ? 'disabled' : 'revoked', permanent };
    }
    case 'regranted': {
      if (current !== 'revoked') return notApplicable();
      const earliest = earliestRegrant(past);
      if (earliest && today < earliest)
        return WebDeclarantErrors.ACCESS_REGRANT_TOO_EARLY({ earliest }, { details: { earliest } });
      return { accessStatus: 'active', permanent: false };
    }
  }
}

export function revocationCount(past: readonly AccessMeasure[]): number {
  return past.filter((m) => m.measure === 'revoked').length;
}

/** The first day access may be granted again after the last revocation (WD-29), or null when never revoked. */
export function earliestRegrant(past: readonly AccessMeasure[]): string | null {
  const last = past.filter((m) => m.measure === 'revoked').at(-1);
  return last ? oneMonthAfter(last.noticeOn) : null;
}
