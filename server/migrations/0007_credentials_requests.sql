-- Requests for a login and password to the territorial body (ASTANA-1, AST-2..AST-6): filed
-- electronically from the portal (signed) or registered by an officer from paper, reviewed within a
-- term of working days (AST-5), and answered by a notice due within working days of the decision (AST-4).
create table credentials_requests (
  id uuid primary key,
  -- BODY-YEAR-SERIAL, e.g. 75000-2026-000123: what the applicant quotes
  number text not null unique,
  -- the territorial department that reviews it
  body_code text not null references customs_bodies (code),
  region_code text not null check (region_code ~ '^[0-9]{2}$'),
  channel text not null check (channel in ('electronic', 'paper')),
  status text not null check (status in ('submitted', 'approved', 'rejected')),
  user_type text not null check (user_type in (
    'customs_representative', 'customs_carrier', 'temporary_storage_owner', 'customs_warehouse_owner',
    'duty_free_shop_owner', 'free_warehouse_owner', 'authorized_economic_operator',
    'own_goods_warehouse_owner', 'ip_rights_holder', 'foreign_trade_participant')),
  iin_bin text not null check (iin_bin ~ '^[0-9]{12}$'),
  -- AST-6: the notice/certificate of state registration, or for a person registered as neither the identity document
  registration_notice_number text check (length(registration_notice_number) <= 50),
  identity_document_number text check (length(identity_document_number) <= 30),
  identity_document_issued_on date,
  applicant_name text check (length(applicant_name) <= 300),
  postal_address text check (length(postal_address) <= 500),
  phone text check (length(phone) <= 40),
  email text check (length(email) <= 254),
  -- the language of the request: its notices and letter are written in it
  language text not null check (language in ('kk', 'ru', 'en')),
  -- the applicant's certificate (electronic channel), activated on approval (AST-3)
  certificate jsonb,
  registered_by_account_id uuid references accounts (id),
  received_at timestamptz not null,
  received_on date not null,
  review_due_on date not null,
  decided_at timestamptz,
  decided_on date,
  decided_by_account_id uuid references accounts (id),
  rejection_reason text check (length(rejection_reason) <= 1000),
  account_id uuid references accounts (id),
  login text,
  notice_due_on date,
  notice_sent_at timestamptz,
  -- the one-time password of an approved paper request, kept only until its letter is posted
  letter_password text,
  updated_at timestamptz not null,
  check ((identity_document_number is null) = (identity_document_issued_on is null)),
  check ((status = 'submitted') = (decided_at is null)),
  check (status <> 'rejected' or rejection_reason is not null),
  check (letter_password is null or (channel = 'paper' and status = 'approved' and notice_sent_at is null))
);
-- one request under review per IIN/BIN and user type
create unique index credentials_requests_one_open on credentials_requests (iin_bin, user_type) where status = 'submitted';
create index credentials_requests_queue on credentials_requests (body_code, status, received_on);

-- The last serial given per body and year: incremented under the row lock, so two requests filed
-- at once never share a number.
create table credentials_request_serials (
  body_code text not null,
  year int not null,
  last_serial int not null,
  primary key (body_code, year)
);
