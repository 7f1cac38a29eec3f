/**
 * Customs fees (1010) are set in monthly calculation indices (MRP), and the MRP is set by each
 * year's law on the republican budget — so the fee in tenge is dated twice: by the schedule and
 * by the year's MRP. Sources are in docs/PAYMENTS.md.
 */
interface Dated<T> {
  validFrom: string;
  validTo: string | null;
  value: T;
}

/** The MRP in tenge by year (the laws on the republican budget for 2025–2027 and 2026–2028). */
export const monthlyCalculationIndex: Dated<string>[] = [
  { validFrom: '2025-01-01', validTo: '2025-12-31', value: '3932' },
  { validFrom: '2026-01-01', validTo: '2026-12-31', value: '4325' },
];

/**
 * The fee for the customs operations of one declaration, in MRP, by the kind of declaration.
 * Transit: 6 MRP (Government Decree No. 171 of 05.04.2018 as amended by No. 631 of 02.08.2023).
 * A goods declaration: 6 MRP as well — a documented assumption (docs/PAYMENTS.md) until the
 * schedule's line is checked against the decree's current text.
 */
export const feeInMrp: Dated<{ transit: string; goods: string }>[] = [
  { validFrom: '2023-08-15', validTo: null, value: { transit: '6', goods: '6' } },
];

const transitProcedure = '80';

export type DeclarationKind = 'transit' | 'goods';

export const declarationKindOf = (procedure: string): DeclarationKind =>
  procedure === transitProcedure ? 'transit' : 'goods';

export function inForceOn<T>(versions: readonly Dated<T>[], date: string): T | undefined {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || v.validTo >= date))?.value;
}
