import type { ExchangeRate } from '@shekara/contracts/reference/exchange-rates';
import { noteLocalChange } from '../../../platform/db/change-feed.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { exchangeRateTables } from '../copied-tables.ts';
import type { PublishedRate } from './nbk-rates-xml.ts';

/**
 * Writes one day's rates: new currencies added, changed rates updated, equal ones untouched. Where
 * the rates came from (`source`) is kept, but a rate re-read from another source is not a change.
 * With `keep`, rates already stored are never replaced (demo data must not overwrite an import).
 */
export async function upsertExchangeRates(
  db: Queryable,
  date: string,
  source: string,
  rates: readonly PublishedRate[],
  onExisting: 'replace' | 'keep' = 'replace',
): Promise<UpsertCounts> {
  if (rates.length === 0) return { added: 0, changed: 0, unchanged: 0 };
  const conflict =
    onExisting === 'keep'
      ? 'do nothing'
      : `do update
       set units = excluded.units, rate = excluded.rate, change = excluded.change, source = excluded.source, updated_at = now()
     where (exchange_rates.units, exchange_rates.rate, exchange_rates.change) is distinct from (excluded.units, excluded.rate, excluded.change)`;
  const { rows } = await db.query<{ inserted: boolean }>(
    `insert into exchange_rates (currency, rate_date, units, rate, change, source)
     select currency, $1::date, units, rate, change, $2 from jsonb_to_recordset($3::jsonb) as r(currency text, units integer, rate numeric, change numeric)
     on conflict (currency, rate_date) ${conflict}
     returning (xmax = 0) as inserted`,
    [date, source, JSON.stringify(rates)],
  );
  const added = rows.filter((row) => row.inserted).length;
  const changed = rows.length - added;
  if (rows.length > 0) noteLocalChange(...exchangeRateTables);
  return { added, changed, unchanged: rates.length - added - changed };
}

interface RateRow {
  currency: string;
  rate_date: string;
  units: number;
  rate: string;
  change: string | null;
  source: string;
  name_kk: string | null;
  name_ru: string | null;
  name_en: string | null;
}

export interface RatesInForce {
  /** where the most recently published of these rates came from; null when there are none */
  source: string | null;
  rates: (ExchangeRate & { publishedOn: string })[];
}

/**
 * Each currency's rate in force on `date`: the latest published on or before it (a declaration
 * on a Sunday converts at Saturday's rate), with the currency's names from the currencies
 * classifier. `currencies` narrows the list.
 */
export async function ratesInForce(db: Queryable, date: string, currencies?: readonly string[]): Promise<RatesInForce> {
  const { rows } = await db.query<RateRow>(
    `select r.currency, r.rate_date, r.units, r.rate::text as rate, r.change::text as change, r.source, c.name_kk, c.name_ru, c.name_en
     from (select distinct on (currency) * from exchange_rates
           where rate_date <= $1::date and ($2::text[] is null or currency = any($2::text[]))
           order by currency, rate_date desc) r
     left join classifier_items c on c.classifier = 'currencies' and c.code = r.currency
       and c.valid_from <= $1::date and (c.valid_to is null or c.valid_to >= $1::date)
     order by r.currency`,
    [date, currencies ? [...currencies] : null],
  );
  const latest = rows.reduce<RateRow | undefined>(
    (best, row) => (!best || row.rate_date > best.rate_date ? row : best),
    undefined,
  );
  return {
    source: latest?.source ?? null,
    rates: rows.map((row) => ({
      currency: row.currency,
      name:
        row.name_ru === null
          ? null
          : { kk: row.name_kk ?? row.name_ru, ru: row.name_ru, en: row.name_en ?? row.name_ru },
      units: row.units,
      rate: trimDecimal(row.rate),
      change: row.change === null ? null : trimDecimal(row.change),
      publishedOn: row.rate_date,
    })),
  };
}

/** 470.5000 → 470.5, as the National Bank writes it; 12.0000 → 12. */
function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}
