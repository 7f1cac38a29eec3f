-- A request for a login and password filed online without the NCA signature (REG-10: the request
-- is signed "where the user has one"): the territorial body checks the applicant's identity
-- against the identity document on paper before approving (AST-6). A non-resident individual
-- without an IIN files it with a foreign passport and is given an identification number of the
-- 9900… series on approval.

-- How the applicant's identity is known: by the NCA signature over an online request, by the paper
-- request itself, or not yet (an unsigned online request the officer must check on paper).
alter table credentials_requests add column verification text;
update credentials_requests set verification = case when channel = 'paper' then 'paper' else 'signature' end;
alter table credentials_requests
  alter column verification set not null,
  add check (verification in ('signature', 'paper', 'paper_check_required')),
  add check ((verification = 'paper') = (channel = 'paper')),
  add check ((verification = 'signature') = (certificate is not null));

-- AST-6 in full: the date of the state-registration notice; the kind of the identity document, and
-- for a foreign passport its country (ISO 3166-1 alpha-2); a non-resident's date of birth.
alter table credentials_requests
  add column registration_notice_issued_on date,
  add column identity_document_kind text
    check (identity_document_kind in ('id_card', 'passport', 'residence_permit', 'foreign_passport')),
  add column identity_document_country text check (identity_document_country ~ '^[A-Z]{2}$'),
  add column applicant_birth_date date,
  -- a non-resident individual without an IIN: iin_bin is empty until approval assigns a 9900… number
  add column non_resident boolean not null default false,
  -- what the officer saw before approving an unsigned request (kind, number, who presented it)
  add column identity_checked_document text check (length(identity_checked_document) <= 300),
  add check (identity_document_kind is null or identity_document_number is not null),
  add check ((identity_document_kind = 'foreign_passport') = (identity_document_country is not null)),
  add check (not non_resident or (identity_document_kind = 'foreign_passport' and applicant_birth_date is not null)),
  add check (verification <> 'paper_check_required' or status <> 'approved' or identity_checked_document is not null);

alter table credentials_requests alter column iin_bin drop not null;
alter table credentials_requests add check (iin_bin is not null or (non_resident and status <> 'approved'));

-- An unsigned request proves nothing of who filed it, so it must not keep the holder of the
-- signature (or a paper request) out: the one-open-request rule counts only proven requests, and
-- unsigned ones have their own, one per IIN/BIN. When both are open, the officer decides both.
drop index credentials_requests_one_open;
create unique index credentials_requests_one_open on credentials_requests (iin_bin, user_type)
  where status = 'submitted' and verification <> 'paper_check_required';
create unique index credentials_requests_one_open_unsigned on credentials_requests (iin_bin)
  where status = 'submitted' and verification = 'paper_check_required';

-- one non-resident request under review per passport
create unique index credentials_requests_one_open_per_passport
  on credentials_requests (identity_document_country, identity_document_number)
  where status = 'submitted' and non_resident;

-- An unsigned request waits here until the link e-mailed to its address is followed: only then
-- is it numbered and put in the body's queue. At most one waits per IIN/BIN, per passport and per
-- e-mail address, so the form cannot flood a body's queue or a stranger's mailbox.
create table unconfirmed_credentials_requests (
  token_sha256 bytea primary key check (octet_length(token_sha256) = 32),
  iin_bin text check (iin_bin ~ '^[0-9]{12}$'),
  -- a non-resident's passport, COUNTRY:NUMBER
  passport text check (length(passport) <= 40),
  email text not null check (length(email) <= 254),
  language text not null check (language in ('kk', 'ru', 'en')),
  -- the request's fields as filed, validated at the edge
  filing jsonb not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  check ((iin_bin is null) <> (passport is null))
);
create unique index unconfirmed_credentials_requests_iin_bin on unconfirmed_credentials_requests (iin_bin);
create unique index unconfirmed_credentials_requests_passport on unconfirmed_credentials_requests (passport);
create unique index unconfirmed_credentials_requests_email on unconfirmed_credentials_requests (lower(email));

-- The last serial of the identification numbers given to non-residents without an IIN. One row,
-- incremented under its row lock in the approving transaction: a rolled-back approval gives its
-- number back, so the numbers are gapless and never given twice.
create table non_resident_number_serial (
  only_row boolean primary key default true check (only_row),
  last_serial bigint not null check (last_serial between 0 and 99999999)
);
insert into non_resident_number_serial (last_serial) values (0);
