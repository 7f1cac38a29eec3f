import type { Rate, RatesAtDate, TariffMeasure } from '@shekara/contracts/reference/tariffs';
import { noteLocalChange } from '../../../platform/db/change-feed.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { tariffTables } from '../copied-tables.ts';
import { type NameColumns, nameColumns, nameOf } from '../name-columns.ts';
import type { RateVersion } from './tariff-row.ts';

/** The tariffs' SQL: nothing else in the folder touches the database. */

export interface RateInForce {
  measure: TariffMeasure;
  code: string;
  rate: Rate;
}

interface RateRow {
  row_kind: 'rate' | 'vat';
  measure: TariffMeasure;
  code: string;
  origin: string | null;
  kind: Rate['kind'];
  percent: string | null;
  amount: string | null;
  currency: string | null;
  unit: string | null;
  rate_text: string;
  valid_from: string;
  valid_to: string | null;
}

function toRate(row: Omit<RateRow, 'row_kind' | 'measure' | 'code'>): Rate {
  return {
    kind: row.kind,
    percent: row.percent,
    amount: row.amount,
    currency: row.currency,
    unit: row.unit,
    text: row.rate_text,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    origin: row.origin,
  };
}

/** Rates of exactly these codes, and the VAT rate, in force on `date` — one round trip. */
export async function ratesInForce(
  db: Queryable,
  codes: readonly string[],
  date: string,
): Promise<{ rates: RateInForce[]; vat: RatesAtDate['vat'] }> {
  const { rows } = await db.query<RateRow>(
    `select 'rate' as row_kind, measure, code, origin, kind, percent, amount, currency, unit, rate_text, valid_from, valid_to
       from tariff_rates
      where code = any($1::text[]) and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
     union all
     (select 'vat', null, null, null, null, percent, null, null, null, null, valid_from, valid_to
        from vat_rates
       where valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
       order by valid_from desc
       limit 1)`,
    [codes, date],
  );
  const rates: RateInForce[] = [];
  let vat: RatesAtDate['vat'] = null;
  for (const row of rows) {
    if (row.row_kind === 'vat') vat = { percent: row.percent!, validFrom: row.valid_from };
    else rates.push({ measure: row.measure, code: row.code, rate: toRate(row) });
  }
  return { rates, vat };
}

/** One stored version of a rate, as an import compares it with the file. */
export interface StoredRate extends RateVersion {
  id: number;
}

/** Every stored version for these codes of these measures (what an import may touch). */
export async function storedVersions(
  db: Queryable,
  measures: readonly TariffMeasure[],
  codes: readonly string[],
): Promise<StoredRate[]> {
  const { rows } = await db.query<RateRow & { id: number; source: string | null }>(
    `select id, measure, code, origin, kind, percent, amount, currency, unit, rate_text, valid_from, valid_to, source
       from tariff_rates where measure = any($1::text[]) and code = any($2::text[])
      order by measure, code, origin, valid_from`,
    [measures, codes],
  );
  return rows.map((row) => ({ id: row.id, measure: row.measure, code: row.code, ...toRate(row), source: row.source }));
}

/** A new version to insert, or a stored one to rewrite. */
export type { RateVersion };
export type RateRewrite = Pick<StoredRate, 'id'> & RateVersion;

const versionColumns = {
  measure: 'text',
  code: 'text',
  origin: 'text',
  kind: 'text',
  percent: 'numeric',
  amount: 'numeric',
  currency: 'text',
  unit: 'text',
  rate_text: 'text',
  valid_from: 'date',
  valid_to: 'date',
  source: 'text',
} as const;

function versionRow(version: RateVersion) {
  return {
    measure: version.measure,
    code: version.code,
    origin: version.origin,
    kind: version.kind,
    percent: version.percent,
    amount: version.amount,
    currency: version.currency,
    unit: version.unit,
    rate_text: version.text,
    valid_from: version.validFrom,
    valid_to: version.validTo,
    source: version.source,
  };
}

const versionRecord = Object.entries(versionColumns)
  .map(([name, type]) => `${name} ${type}`)
  .join(', ');

/**
 * Rewrites changed versions (a closed period, a corrected rate) and inserts new ones: two
 * statements whatever the size of the import, rows travelling as one JSON array each. Rewrites go
 * first, so a version closed today never overlaps the one that follows it.
 */
export async function writeVersions(
  db: Queryable,
  rewrites: readonly RateRewrite[],
  inserts: readonly RateVersion[],
): Promise<void> {
  noteLocalChange(...tariffTables);
  const names = Object.keys(versionColumns);
  if (rewrites.length > 0) {
    await db.query(
      `update tariff_rates t set ${names.map((name) => `${name} = r.${name}`).join(', ')}, updated_at = now()
         from jsonb_to_recordset($1::jsonb) as r(id bigint, ${versionRecord})
        where t.id = r.id`,
      [JSON.stringify(rewrites.map((rewrite) => ({ id: rewrite.id, ...versionRow(rewrite) })))],
    );
  }
  if (inserts.length > 0) {
    await db.query(
      `insert into tariff_rates (${names.join(', ')})
       select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as r(${versionRecord})`,
      [JSON.stringify(inserts.map(versionRow))],
    );
  }
}

/**
 * Refreshes the planner's statistics after a large import: the embedded database has no
 * autovacuum, and without them a lookup of a few codes scans the whole table.
 */
export async function refreshRateStatistics(db: Queryable): Promise<void> {
  await db.query('analyze tariff_rates');
}

export interface VatRate {
  percent: string;
  validFrom: string;
  validTo: string | null;
  name: { kk: string; ru: string; en: string };
  legalBasis: string;
}

interface VatRow extends NameColumns {
  percent: string;
  valid_from: string;
  valid_to: string | null;
  legal_basis: string;
}

/** Every VAT rate, oldest first (the `vat-rates` classifier reads this). */
export async function listVatRates(db: Queryable): Promise<VatRate[]> {
  const { rows } = await db.query<VatRow>(
    'select percent, valid_from, valid_to, name_kk, name_ru, name_en, legal_basis from vat_rates order by valid_from',
  );
  return rows.map((row) => ({
    percent: row.percent,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    name: nameOf(row),
    legalBasis: row.legal_basis,
  }));
}

/** Inserts new VAT rates and updates changed ones, by their first day; equal rows stay untouched. */
export async function upsertVatRates(
  db: Queryable,
  rates: readonly VatRate[],
): Promise<{ added: number; changed: number; unchanged: number }> {
  if (rates.length === 0) return { added: 0, changed: 0, unchanged: 0 };
  noteLocalChange(...tariffTables);
  const { rows } = await db.query<{ inserted: boolean }>(
    `insert into vat_rates (valid_from, valid_to, percent, name_kk, name_ru, name_en, legal_basis)
     select valid_from, valid_to, percent, name_kk, name_ru, name_en, legal_basis
       from jsonb_to_recordset($1::jsonb) as r(valid_from date, valid_to date, percent numeric, name_kk text, name_ru text, name_en text, legal_basis text)
     on conflict (valid_from) do update
        set valid_to = excluded.valid_to, percent = excluded.percent, name_kk = excluded.name_kk, name_ru = excluded.name_ru,
            name_en = excluded.name_en, legal_basis = excluded.legal_basis, updated_at = now()
      where (vat_rates.valid_to, vat_rates.percent, vat_rates.name_kk, vat_rates.name_ru, vat_rates.name_en, vat_rates.legal_basis)
            is distinct from (excluded.valid_to, excluded.percent, excluded.name_kk, excluded.name_ru, excluded.name_en, excluded.legal_basis)
     returning (xmax = 0) as inserted`,
    [
      JSON.stringify(
        rates.map((rate) => ({
          valid_from: rate.validFrom,
          valid_to: rate.validTo,
          percent: rate.percent,
          ...nameColumns(rate.name),
          legal_basis: rate.legalBasis,
        })),
      ),
    ],
  );
  const added = rows.filter((row) => row.inserted).length;
  return { added, changed: rows.length - added, unchanged: rates.length - rows.length };
}

/** Every stored rate version and VAT rate, for the in-memory copy (rates-memory.ts). */
export async function allRateVersions(db: Queryable): Promise<{
  rates: (RateInForce & { validFrom: string; validTo: string | null })[];
  vat: { percent: string; validFrom: string; validTo: string | null }[];
}> {
  const { rows } = await db.query<RateRow>(
    `select 'rate' as row_kind, measure, code, origin, kind, percent, amount, currency, unit, rate_text, valid_from, valid_to from tariff_rates
     union all
     select 'vat', null, null, null, null, percent, null, null, null, null, valid_from, valid_to from vat_rates`,
  );
  const rates = [];
  const vat = [];
  for (const row of rows) {
    if (row.row_kind === 'vat') vat.push({ percent: row.percent!, validFrom: row.valid_from, validTo: row.valid_to });
    else
      rates.push({
        measure: row.measure,
        code: row.code,
        rate: toRate(row),
        validFrom: row.valid_from,
        validTo: row.valid_to,
      });
  }
  return { rates, vat };
}

/** Changes whenever a rate or VAT row is added, changed or removed (another process's import). */
export async function ratesStamp(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ stamp: string }>(
    `select (select count(*) || '/' || coalesce(max(updated_at)::text, '') from tariff_rates) || '|' ||
            (select count(*) || '/' || coalesce(max(updated_at)::text, '') from vat_rates) as stamp`,
  );
  return rows[0]!.stamp;
}
