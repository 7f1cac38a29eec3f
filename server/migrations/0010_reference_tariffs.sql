-- Duty rates by TN VED code, as dated versions (issue 5 points 1–3): every lookup asks "what was
-- true on the declaration's date". A rate on a shorter code (chapter, heading) applies to every
-- longer code under it; the most specific code wins. Import duty and excise depend on the code
-- only; anti-dumping, countervailing and special duties also on the origin country (null: every
-- origin). Amounts are numeric, never floats; `rate_text` keeps the rate as the source wrote it.
create table tariff_rates (
  id bigint generated always as identity primary key,
  measure text not null check (measure in ('import_duty', 'excise', 'anti_dumping', 'countervailing', 'special')),
  code text not null check (code ~ '^[0-9]{2,10}$'),
  origin text check (origin ~ '^[A-Z]{2}$'),
  kind text not null check (kind in ('ad_valorem', 'specific', 'combined', 'ad_valorem_plus_specific', 'free')),
  percent numeric check (percent >= 0),
  amount numeric check (amount >= 0),
  currency text check (currency ~ '^[A-Z]{3}$'),
  -- the unit of a specific amount: its code in the EAEU classifier of units of measure (166 kg, 715 pairs…)
  unit text check (unit ~ '^[0-9]{3}$'),
  rate_text text not null check (length(rate_text) between 1 and 200),
  valid_from date not null,
  valid_to date,
  -- where the rate came from: the file's revision, the decision that set it, or 'demo'
  source text,
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from),
  check ((origin is null) or measure in ('anti_dumping', 'countervailing', 'special')),
  check (case kind
    when 'free' then percent is null and amount is null and currency is null and unit is null
    when 'ad_valorem' then percent is not null and amount is null and currency is null and unit is null
    when 'specific' then percent is null and amount is not null and currency is not null and unit is not null
    else percent is not null and amount is not null and currency is not null and unit is not null
  end)
);
-- one version starts on a given day for a code (and origin); imports keep versions from overlapping
create unique index tariff_rates_version on tariff_rates (measure, code, coalesce(origin, ''), valid_from);
-- the lookup: a batch of codes and their prefixes, at one date
create index tariff_rates_lookup on tariff_rates (code, valid_from, valid_to);

-- Value added tax on imports, dated (REQUIREMENTS, Facts: 12 % until 2025-12-31, 16 % from
-- 2026-01-01). Held as data so a change of the Tax Code is a new row, not a release.
create table vat_rates (
  valid_from date primary key,
  valid_to date,
  percent numeric not null check (percent >= 0 and percent < 100),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  legal_basis text not null,
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
