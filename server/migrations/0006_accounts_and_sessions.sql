-- Accounts of the system: users of the ten types of REG-5, officers of customs bodies and the
-- Committee's administrators. A user account is keyed by IIN/BIN and user type: one active
-- account per pair (REG, issue 4 point 2).
create table accounts (
  id uuid primary key,
  kind text not null check (kind in ('user', 'officer', 'admin')),
  user_type text check (user_type in (
    'customs_representative', 'customs_carrier', 'temporary_storage_owner', 'customs_warehouse_owner',
    'duty_free_shop_owner', 'free_warehouse_owner', 'authorized_economic_operator',
    'own_goods_warehouse_owner', 'ip_rights_holder', 'foreign_trade_participant')),
  iin_bin text not null check (iin_bin ~ '^[0-9]{12}$'),
  email text not null check (length(email) <= 254),
  phone text check (length(phone) <= 40),
  display_name text check (length(display_name) <= 300),
  organisation text check (length(organisation) <= 500),
  postal_address text check (length(postal_address) <= 500),
  password_hash text,
  -- issued by a territorial body (AST-3, WD-20); self-registered accounts have none
  login text unique check (login ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  must_change_password boolean not null default false,
  status text not null check (status in ('pending_confirmation', 'active', 'expired', 'closed')),
  -- set by the Committee (WD-24, WD-27..30); enforced at log-in and at every submission
  access_status text not null default 'active' check (access_status in ('active', 'suspended', 'revoked', 'disabled')),
  workplaces int not null default 1 check (workplaces between 1 and 1000),
  -- officers: the customs body they work in
  office_code text check (office_code ~ '^[0-9]{5}$'),
  -- the body where the cabinet was created: it sees every change of the account's data (AST-8)
  registering_body_code text check (registering_body_code ~ '^[0-9]{5}$'),
  created_at timestamptz not null,
  activated_at timestamptz,
  updated_at timestamptz not null,
  check ((kind = 'user') = (user_type is not null)),
  check (kind <> 'officer' or office_code is not null)
);
create unique index accounts_one_active_per_subject on accounts (iin_bin, user_type) where kind = 'user' and status = 'active';
create unique index accounts_one_staff_account_per_iin on accounts (iin_bin, kind) where kind <> 'user' and status = 'active';
create index accounts_by_iin_bin on accounts (iin_bin);
create index accounts_pending on accounts (created_at) where status = 'pending_confirmation';

-- NCA certificates bound to an account: the one registered with, and each one bound after a
-- reissue (AST-8). An 'active' certificate is what AST-1/AST-3 call the activated signature.
create table account_certificates (
  id uuid primary key,
  account_id uuid not null references accounts (id),
  issuer text not null,
  serial_number text not null,
  subject_iin text,
  subject_bin text,
  common_name text,
  algorithm text not null,
  not_before timestamptz not null,
  not_after timestamptz not null,
  status text not null check (status in ('active', 'replaced')),
  bound_at timestamptz not null,
  replaced_at timestamptz,
  unique (account_id, issuer, serial_number)
);
create index account_certificates_active on account_certificates (account_id) where status = 'active';

-- Confirmation links sent by e-mail (REG-11, REG-12): random, single use, stored only as a hash.
create table email_confirmations (
  token_sha256 bytea primary key check (octet_length(token_sha256) = 32),
  account_id uuid not null references accounts (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index email_confirmations_account on email_confirmations (account_id);

-- Sessions: the cookie holds a random token, the table only its hash. `workplace` is the hash of
-- a long-lived device cookie: one login, one workplace (WD-21, WD-22), as many as the account has seats.
create table sessions (
  id uuid primary key,
  token_sha256 bytea not null unique check (octet_length(token_sha256) = 32),
  account_id uuid not null references accounts (id),
  workplace text not null,
  csrf_token text not null,
  method text not null check (method in ('signature', 'password')),
  signer_iin text,
  certificate_serial text,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  idle_expires_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text check (end_reason in ('logout', 'replaced', 'ended_by_user', 'ended_by_officer', 'access_withdrawn', 'password_changed')),
  ip text,
  user_agent text check (length(user_agent) <= 500)
);
create index sessions_live_by_account on sessions (account_id) where ended_at is null;

-- Failed log-ins per login or IIN/BIN, for the lockout (AUTH_LOCKED).
create table login_failures (
  subject text primary key,
  failures int not null,
  first_failed_at timestamptz not null,
  locked_until timestamptz
);
