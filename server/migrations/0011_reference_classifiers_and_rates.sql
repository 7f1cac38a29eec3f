-- The short classifiers of customs declarations (issue 5 point 1): countries, currencies, customs
-- procedures, transport modes, document kinds, payment types, units of measure, VAT rates. They
-- share one shape — a code, names in kk/ru/en, a few classifier-specific facts in `extra` — and
-- are dated, so a declaration is checked against what was in force on its date. A code may come
-- back with new names or facts: a new row with its own valid_from.
create table classifier_items (
  classifier text not null check (classifier ~ '^[a-z][a-z-]*$'),
  code text not null check (code <> ''),
  name_kk text not null,
  name_ru text not null,
  name_en text not null,
  extra jsonb,
  valid_from date not null,
  valid_to date,
  updated_at timestamptz not null default now(),
  primary key (classifier, code, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);

-- Which kinds of documents each customs body accepts (a goods declaration, a transit declaration,
-- preliminary information, DTS…): an office is chosen by what it may receive. Dated like the body.
create table customs_body_document_kinds (
  body_code text not null references customs_bodies (code),
  document_kind text not null,
  valid_from date not null,
  valid_to date,
  updated_at timestamptz not null default now(),
  primary key (body_code, document_kind, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
create index customs_body_document_kinds_kind on customs_body_document_kinds (document_kind);

-- Official exchange rates of the tenge as the National Bank of Kazakhstan publishes them each day:
-- `rate` tenge for `units` of the currency. A declaration converts at the rate in force on its
-- date, which is the latest published on or before it.
create table exchange_rates (
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  rate_date date not null,
  units integer not null check (units > 0),
  rate numeric(18, 4) not null check (rate > 0),
  change numeric(18, 4),
  source text not null,
  updated_at timestamptz not null default now(),
  primary key (currency, rate_date)
);
create index exchange_rates_date on exchange_rates (rate_date);
