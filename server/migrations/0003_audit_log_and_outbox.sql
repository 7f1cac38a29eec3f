-- The audit log: every authentication event, access decision and state change, written in the
-- same transaction as the change it records. Append-only: nothing updates or deletes it.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  action text not null check (action ~ '^[a-z][a-z0-9_.]*$'),
  outcome text not null check (outcome in ('success', 'refused', 'failure')),
  -- the error code of a refusal (AUTH_LOCKED, SIG_CERT_EXPIRED, …)
  code text,
  actor_account_id uuid,
  -- the IIN of the person behind the act, when a signature or an account names one
  actor_iin text,
  subject_type text,
  subject_id text,
  -- the customs body that must be able to see the event (AST-8: the registering body)
  body_code text,
  ip text,
  request_id text,
  details jsonb not null default '{}'::jsonb
);
create index audit_log_subject on audit_log (subject_type, subject_id, at);
create index audit_log_actor on audit_log (actor_account_id, at);
create index audit_log_body on audit_log (body_code, at) where body_code is not null;

-- The transactional outbox: a message to send (an e-mail, later a delivery to another system)
-- is written in the transaction of the change that causes it, and a worker sends it afterwards,
-- retrying with back-off. A crash between commit and send loses nothing; a rollback sends nothing.
create table outbox (
  id bigint generated always as identity primary key,
  topic text not null check (topic ~ '^[a-z][a-z0-9_.]*$'),
  payload jsonb not null,
  created_at timestamptz not null,
  available_at timestamptz not null,
  attempts int not null default 0,
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text
);
create index outbox_pending on outbox (available_at) where sent_at is null and failed_at is null;
