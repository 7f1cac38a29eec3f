import { measuresByOrigin, type TariffMeasure } from '@shekara/contracts/reference/tariffs';
import type { RejectedRow } from '../importing/import-report.ts';
import { decimal, parseRate } from './parse-rate.ts';
import {
  commodityCodePattern,
  isDate,
  measureNames,
  originPattern,
  periodProblem,
  type TariffFile,
  TariffFileError,
  type TariffRow,
} from './tariff-row.ts';

export interface TariffJsonOptions {
  /** the duty the file holds; required only where the format does not say */
  measure?: TariffMeasure;
  /** first day of every rate, instead of the file's `effective_from` */
  validFrom?: string;
}

/** Trade-remedy files share one format; their revision names which measure they list. */
const remedyRevisions: Record<string, TariffMeasure> = {
  'anti-dumping': 'anti_dumping',
  countervailing: 'countervailing',
  'special-safeguard': 'special',
  special: 'special',
};

/**
 * Reads the JSON forms of EAEU tariff compilations, told apart by their `format` field:
 * `eec_ett_v1` (import duty: `rates[].hs_code`, `duty_rate` as text), `eec_excise_v1` (`excise_type`
 * fixed | percent | combined with one `excise_value`) and `eec_trade_remedies_v1` (anti-dumping,
 * countervailing or special duties by `hs_code` and `origin_country`, each with its own dates).
 * Every row is either read or rejected with its path and reason.
 */
export function readTariffJson(document: unknown, options: TariffJsonOptions = {}): TariffFile {
  if (!isObject(document)) throw new TariffFileError('the file is not a JSON object');
  const format = document.format;
  const revision = typeof document.revision === 'string' ? document.revision : null;
  const fileFrom = options.validFrom ?? document.effective_from;
  if (typeof fileFrom !== 'string' || !isDate(fileFrom))
    throw new TariffFileError('the file has no effective_from date (YYYY-MM-DD): give --valid-from');
  const expect = (measure: TariffMeasure) => {
    if (options.measure && options.measure !== measure)
      throw new TariffFileError(
        `a ${format} file holds ${measureNames[measure]}, not ${measureNames[options.measure]}`,
      );
    return measure;
  };
  // what the summary calls the file, e.g. "import duty (eec_ett_v1, ett:2026-06-18)"
  const what = (measure: TariffMeasure) => `${measureNames[measure]} (${format}${revision ? `, ${revision}` : ''})`;
  switch (format) {
    case 'eec_ett_v1':
      return readRows(document.rates, 'rates', what('import_duty'), (row, path) =>
        importDutyRow(row, path, { measure: expect('import_duty'), validFrom: fileFrom, revision }),
      );
    case 'eec_excise_v1':
      return readRows(document.rates, 'rates', what('excise'), (row, path) =>
        exciseRow(row, path, { measure: expect('excise'), validFrom: fileFrom, revision }),
      );
    case 'eec_trade_remedies_v1': {
      const named = revision ? remedyRevisions[revision.split(':')[0]!] : undefined;
      const measure = options.measure ?? named;
      if (!measure)
        throw new TariffFileError(
          'a trade-remedy file does not say which duty it lists: give --kind anti-dumping, countervailing or special',
        );
      if (!measuresByOrigin.has(measure))
        throw new TariffFileError(`a ${format} file holds trade remedies, not ${measureNames[measure]}`);
      return readRows(document.measures, 'measures', what(measure), (row, path) =>
        remedyRow(row, path, measure, options.validFrom, fileFrom, revision),
      );
    }
    default:
      throw new TariffFileError(
        `unknown format ${JSON.stringify(format)}: expected eec_ett_v1, eec_excise_v1 or eec_trade_remedies_v1`,
      );
  }
}

type RowResult = TariffRow | { reason: string; text?: string };

/** What the rows of a national tariff (import duty, excise) take from their file. */
interface NationalFile {
  measure: TariffMeasure;
  validFrom: string;
  revision: string | null;
}

/** A rate of a national tariff but its terms: for every origin, from the file's first day on. */
function nationalRow(row: Record<string, unknown>, path: string, file: NationalFile, code: string) {
  const { measure, validFrom, revision } = file;
  return { line: path, measure, code, origin: null, validFrom, validTo: null, source: sourceOf(row, revision) };
}

function readRows(
  list: unknown,
  field: string,
  what: string,
  read: (row: Record<string, unknown>, path: string) => RowResult,
): TariffFile {
  if (!Array.isArray(list)) throw new TariffFileError(`the file has no "${field}" list`);
  const rows: TariffRow[] = [];
  const rejected: RejectedRow[] = [];
  list.forEach((row: unknown, index) => {
    const path = `${field}[${index}]`;
    const result = isObject(row) ? read(row, path) : { reason: 'not an object' };
    if ('reason' in result)
      rejected.push({ line: path, reason: result.reason, text: result.text ?? JSON.stringify(row)?.slice(0, 200) });
    else rows.push(result);
  });
  return { what, rows, rejected };
}

function importDutyRow(row: Record<string, unknown>, path: string, file: NationalFile): RowResult {
  const code = codeOf(row.hs_code);
  if (typeof code !== 'string') return code;
  if (typeof row.duty_rate !== 'string') return { reason: 'duty_rate is not text' };
  const parsed = parseRate(row.duty_rate);
  if (!parsed.ok) return { reason: parsed.reason, text: `${code}: ${row.duty_rate}` };
  return { ...nationalRow(row, path, file, code), ...parsed.rate, text: row.duty_rate.trim() };
}

function exciseRow(row: Record<string, unknown>, path: string, file: NationalFile): RowResult {
  const code = codeOf(row.hs_code);
  if (typeof code !== 'string') return code;
  const value = row.excise_value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    return { reason: 'excise_value is not a number of zero or more' };
  const text = `${code}: ${String(row.excise_type)} ${value}`;
  const written = decimal(String(value));
  const base = nationalRow(row, path, file, code);
  switch (row.excise_type) {
    case 'percent': {
      const parsed = parseRate(`${written}%`);
      return parsed.ok ? { ...base, ...parsed.rate, text: `${written}%` } : { reason: parsed.reason, text };
    }
    case 'fixed':
      if (written === '0')
        return { ...base, kind: 'free', percent: null, amount: null, currency: null, unit: null, text: '0' };
      return {
        reason: `a fixed excise of ${written} without its currency and unit: the file does not say per what`,
        text,
      };
    case 'combined':
      return {
        reason: `a combined excise given as one number (${written}): its percent and its amount per unit are not both given`,
        text,
      };
    default:
      return {
        reason: `unknown excise_type ${JSON.stringify(row.excise_type)}: expected fixed, percent or combined`,
        text,
      };
  }
}

function remedyRow(
  row: Record<string, unknown>,
  path: string,
  measure: TariffMeasure,
  forcedFrom: string | undefined,
  fileFrom: string,
  revision: string | null,
): RowResult {
  const code = codeOf(row.hs_code);
  if (typeof code !== 'string') return code;
  const text = `${code} ${String(row.origin_country ?? '')}: ${String(row.rate_percent)}%`;
  const origin = row.origin_country === '' || row.origin_country == null ? null : row.origin_country;
  if (origin !== null && (typeof origin !== 'string' || !originPattern.test(origin)))
    return { reason: `origin_country ${JSON.stringify(origin)} is not an ISO 3166 alpha-2 code`, text };
  if (typeof row.manufacturer_exporter === 'string' && row.manufacturer_exporter.trim() !== '') {
    return {
      reason: `applies to one manufacturer (${row.manufacturer_exporter.trim()}): rates by manufacturer are not held`,
      text,
    };
  }
  if (row.needs_verification === true) return { reason: 'the file marks this measure as needing verification', text };
  const percent = row.rate_percent;
  const specific = row.rate_specific ?? 0;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0)
    return { reason: 'rate_percent is not a number of zero or more', text };
  if (typeof specific !== 'number' || specific !== 0)
    return {
      reason: `a specific duty (${String(specific)} ${String(row.currency_code)}) without its unit: the file does not say per what`,
      text,
    };
  const rawFrom =
    forcedFrom ?? (row.effective_from === '' || row.effective_from == null ? fileFrom : row.effective_from);
  const rawTo = row.effective_to === '' || row.effective_to == null ? null : row.effective_to;
  if (typeof rawFrom !== 'string' || (rawTo !== null && typeof rawTo !== 'string'))
    return { reason: 'effective_from / effective_to are not dates', text };
  const problem = periodProblem(rawFrom, rawTo);
  if (problem) return { reason: problem, text };
  const rateText = `${decimal(String(percent))}%`;
  const parsed = parseRate(rateText);
  if (!parsed.ok) return { reason: parsed.reason, text };
  const act =
    typeof row.regulatory_act === 'string' && row.regulatory_act.trim() !== '' ? row.regulatory_act.trim() : null;
  return {
    line: path,
    measure,
    code,
    origin,
    ...parsed.rate,
    text: rateText,
    validFrom: rawFrom,
    validTo: rawTo,
    source: act ?? sourceOf(row, revision),
  };
}

function codeOf(value: unknown): string | { reason: string; text?: string } {
  const code = typeof value === 'string' ? value.replace(/\s+/g, '') : '';
  return commodityCodePattern.test(code)
    ? code
    : { reason: `hs_code ${JSON.stringify(value)} is not a TN VED code of 2 to 10 digits` };
}

function sourceOf(row: Record<string, unknown>, revision: string | null): string | null {
  return typeof row.source_revision === 'string' ? row.source_revision : revision;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
