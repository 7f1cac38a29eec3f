import type { Rate, RatesAtDate, TariffMeasure } from '@shekara/contracts/reference/tariffs';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { ratesCopy, ratesInForceFrom } from './rates-memory.ts';
import { type RateInForce, ratesInForce } from './repository.ts';

const commodityCode = /^\d{2,10}$/;

/**
 * The duties and VAT in force on `date` ('YYYY-MM-DD') for each of `codes`, in one query for the
 * whole batch (it sits on the TN VED search path). A rate set on a shorter code — a chapter, a
 * heading — applies to every longer code under it, and the most specific code wins: for import
 * duty and excise per code, for the duties by origin per origin country. Codes that are not
 * 2–10 digits (a section's roman numeral) have no rates and are left out of the map.
 */
export async function ratesAt(
  db: Queryable,
  codes: readonly string[],
  date: string,
): Promise<Map<string, RatesAtDate>> {
  const wanted = [...new Set(codes.filter((code) => commodityCode.test(code)))];
  const result = new Map<string, RatesAtDate>();
  if (wanted.length === 0) return result;
  // From the in-memory copy when given the database itself; inside a transaction, from the tables
  // (the transaction may hold writes of its own).
  const prefixes = prefixesOf(wanted);
  const { rates, vat } = isDatabase(db)
    ? ratesInForceFrom(await ratesCopy(db), prefixes, date)
    : await ratesInForce(db, prefixes, date);
  const byCode = new Map<string, RateInForce[]>();
  for (const row of rates) {
    const list = byCode.get(row.code);
    if (list) list.push(row);
    else byCode.set(row.code, [row]);
  }
  for (const code of wanted) {
    // longest prefix first, so the first rate met for a measure (and origin) is the most specific
    const applicable: RateInForce[] = [];
    for (let length = code.length; length >= 2; length--) applicable.push(...(byCode.get(code.slice(0, length)) ?? []));
    result.set(code, {
      date,
      importDuty: mostSpecific(applicable, 'import_duty')[0] ?? null,
      excise: mostSpecific(applicable, 'excise'),
      antiDumping: mostSpecific(applicable, 'anti_dumping'),
      countervailing: mostSpecific(applicable, 'countervailing'),
      special: mostSpecific(applicable, 'special'),
      vat,
    });
  }
  return result;
}

function isDatabase(db: Queryable): db is Database {
  return typeof (db as Partial<Database>).transaction === 'function';
}

/** Every code from 2 digits up to the code itself: equality lookups an index answers, instead of LIKE scans. */
function prefixesOf(codes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const code of codes) for (let length = 2; length <= code.length; length++) prefixes.add(code.slice(0, length));
  return [...prefixes];
}

function mostSpecific(applicable: readonly RateInForce[], measure: TariffMeasure): Rate[] {
  const taken = new Set<string | null>();
  const chosen: Rate[] = [];
  for (const row of applicable) {
    if (row.measure !== measure || taken.has(row.rate.origin)) continue;
    taken.add(row.rate.origin);
    chosen.push(row.rate);
  }
  // every origin first, then by country, so the order does not depend on which code matched
  return chosen.sort((a, b) => (a.origin ?? '').localeCompare(b.origin ?? ''));
}
