import { measuresByOrigin, type TariffMeasure } from '@shekara/contracts/reference/tariffs';
import type { RejectedRow } from '../importing/import-report.ts';
import { parseRate } from './parse-rate.ts';
import {
  commodityCodePattern,
  measureNames,
  originPattern,
  periodProblem,
  type TariffFile,
  TariffFileError,
  type TariffRow,
} from './tariff-row.ts';

export const csvHeader = ['code', 'rate', 'valid_from', 'valid_to', 'origin'] as const;

/**
 * Reads the documented tariff CSV (docs/REFERENCE-IMPORT.md): UTF-8, `;`-separated, the header
 * `code;rate;valid_from;valid_to;origin`, one rate per line. A field may be double-quoted.
 * Every line is either read or rejected with its number and reason.
 */
export function readTariffCsv(
  text: string,
  options: { measure: TariffMeasure; validFrom?: string; source?: string },
): TariffFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '').map((field) => field.trim().toLowerCase());
  const wanted = csvHeader.join(';');
  if (header.join(';') !== wanted && header.join(';') !== csvHeader.slice(0, 4).join(';')) {
    throw new TariffFileError(
      `the first line must be the header ${wanted}, not ${JSON.stringify(lines[0]?.slice(0, 100) ?? '')}`,
    );
  }
  const rows: TariffRow[] = [];
  const rejected: RejectedRow[] = [];
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === '') return;
    const result = readLine(splitLine(line), index + 1, options);
    if ('reason' in result) rejected.push({ line: index + 1, reason: result.reason, text: line });
    else rows.push(result);
  });
  return { what: `${measureNames[options.measure]} (csv)`, rows, rejected };
}

function readLine(
  fields: string[],
  line: number,
  options: { measure: TariffMeasure; validFrom?: string; source?: string },
): TariffRow | { reason: string } {
  if (fields.length < 4 || fields.length > 5)
    return { reason: `${fields.length} fields: expected ${csvHeader.join(';')}` };
  const [rawCode, rawRate, rawFrom, rawTo, rawOrigin = ''] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
    string?,
  ];
  const code = rawCode.replace(/\s+/g, '');
  if (!commodityCodePattern.test(code)) return { reason: `code "${rawCode}" is not a TN VED code of 2 to 10 digits` };
  const parsed = parseRate(rawRate);
  if (!parsed.ok) return { reason: parsed.reason };
  const validFrom = rawFrom || options.validFrom;
  if (!validFrom) return { reason: 'no valid_from: fill the column or give --valid-from' };
  const validTo = rawTo || null;
  const problem = periodProblem(validFrom, validTo);
  if (problem) return { reason: problem };
  const origin = rawOrigin.toUpperCase() || null;
  if (origin !== null && !originPattern.test(origin))
    return { reason: `origin "${rawOrigin}" is not an ISO 3166 alpha-2 code` };
  if (origin !== null && !measuresByOrigin.has(options.measure))
    return {
      reason: `an origin applies only to anti-dumping, countervailing and special duties, not to ${measureNames[options.measure]}`,
    };
  return {
    line,
    measure: options.measure,
    code,
    origin,
    ...parsed.rate,
    text: rawRate,
    validFrom,
    validTo,
    source: options.source ?? null,
  };
}

/** Splits one line at `;`, honouring double quotes ("" inside quotes is one quote). */
export function splitLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
