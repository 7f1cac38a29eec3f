import type { RateTerms, TariffMeasure } from '@shekara/contracts/reference/tariffs';
import type { RejectedRow } from '../importing/import-report.ts';
import { dayNumber } from '../working-days.ts';

/** One version of a rate: what a file says and what the table holds alike. */
export interface RateVersion extends RateTerms {
  measure: TariffMeasure;
  code: string;
  origin: string | null;
  text: string;
  validFrom: string;
  validTo: string | null;
  source: string | null;
}

/** One rate read from a tariff file (or the bundled data), ready to be compared with what is stored. */
export interface TariffRow extends RateVersion {
  /** where it is in the file: a line number, or a path into a JSON file */
  line: number | string;
}

/** A file read: its rows, and the rows refused with their reasons. */
export interface TariffFile {
  /** what the summary calls it, e.g. "import duty (eec_ett_v1, ett:2026-06-18)" */
  what: string;
  rows: TariffRow[];
  rejected: RejectedRow[];
}

/** A file that cannot be read at all (not a row of it): the CLI says why and exits 2. */
export class TariffFileError extends Error {
  override name = 'TariffFileError';
}

export const commodityCodePattern = /^\d{2,10}$/;
export const originPattern = /^[A-Z]{2}$/;

export function isDate(text: string): boolean {
  try {
    dayNumber(text);
    return true;
  } catch {
    return false;
  }
}

/** The period's own mistakes, or null when it holds. */
export function periodProblem(validFrom: string, validTo: string | null): string | null {
  if (!isDate(validFrom)) return `valid_from "${validFrom}" is not a YYYY-MM-DD date`;
  if (validTo !== null && !isDate(validTo)) return `valid_to "${validTo}" is not a YYYY-MM-DD date`;
  if (validTo !== null && validTo < validFrom) return `valid_to ${validTo} is before valid_from ${validFrom}`;
  return null;
}

export const measureNames: Record<TariffMeasure, string> = {
  import_duty: 'import duty',
  excise: 'excise',
  anti_dumping: 'anti-dumping duty',
  countervailing: 'countervailing duty',
  special: 'special duty',
};
