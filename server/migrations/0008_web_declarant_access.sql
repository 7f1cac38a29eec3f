-- Access to the Web-declarant complex (Order 385, WD-17..30, Annex 1 and 2).

-- Applications for access in the form of Annex 1 (WD-17, WD-35), each an entry of its customs
-- body's journal (Annex 2, WD-18, WD-36): numbered from 1 per body and year.
create table web_declarant_applications (
  id uuid primary key,
  body_code text not null references customs_bodies (code),
  journal_year int not null check (journal_year between 2000 and 2999),
  journal_number int not null check (journal_number > 0),
  channel text not null check (channel in ('online', 'paper')),
  -- the Annex 1 fields as submitted (and, online, as signed)
  fields jsonb not null,
  applicant_kind text not null check (applicant_kind in ('legal_entity', 'individual_entrepreneur', 'individual')),
  taxpayer_number text not null check (taxpayer_number ~ '^[0-9]{12}$'),
  full_name text not null check (length(full_name) between 1 and 500),
  email text not null check (length(email) <= 254),
  workplaces int not null check (workplaces between 1 and 100),
  -- online: the CMS the applicant signed with the signing key, and who signed it
  signature_cms bytea check (octet_length(signature_cms) <= 65536),
  signature_sha256 bytea unique check (octet_length(signature_sha256) = 32),
  signer_iin text,
  -- paper: the officer who registered it
  registered_by uuid references accounts (id),
  received_at timestamptz not null,
  -- the letter is due within this many calendar days of receipt (WD-26), fixed when received
  letter_due_on date not null,
  status text not null default 'received' check (status in ('received', 'issued', 'rejected')),
  decided_at timestamptz,
  decided_by uuid references accounts (id),
  reject_reason text check (length(reject_reason) <= 2000),
  -- the account the login was issued on (WD-20)
  account_id uuid references accounts (id),
  -- the letter as sent; it holds the one-time password, which must be changed at first log-in
  letter_pdf bytea,
  letter_sent_at timestamptz,
  unique (body_code, journal_year, journal_number),
  check ((channel = 'online') = (signature_cms is not null)),
  check ((status = 'received') = (decided_at is null))
);
create index web_declarant_applications_queue on web_declarant_applications (body_code, status, received_at);

-- The last journal number given per body and year: one row locked by each new entry, so two
-- applications arriving together never get the same number.
create table web_declarant_journal_counters (
  body_code text not null references customs_bodies (code),
  journal_year int not null,
  last_number int not null,
  primary key (body_code, journal_year)
);

-- Measures taken on an account's access (WD-24, WD-27..30), newest last; accounts.access_status
-- holds the resulting state, this table its history and the counts the rules need.
create table access_measures (
  id uuid primary key,
  account_id uuid not null references accounts (id),
  measure text not null check (measure in ('suspended', 'suspension_lifted', 'revoked', 'regranted')),
  -- revocation: 'rules_broken' or 'code_revoked' (WD-27); suspension: 'third_party_access' (WD-23, WD-24)
  ground text check (ground in ('third_party_access', 'rules_broken', 'code_revoked')),
  reason text check (length(reason) <= 2000),
  -- the day the user was notified (the e-mail is written in the same transaction)
  notice_on date not null,
  -- set on the revocation that disabled the login for good (WD-30)
  permanent boolean not null default false,
  body_code text,
  by_account_id uuid not null references accounts (id),
  at timestamptz not null
);
create index access_measures_by_account on access_measures (account_id, at);
