-- A log-in refused because every workplace of the account is held (AUTH_WORKPLACE_LIMIT) carries
-- a short-lived, single-use token, issued only after the signature or the password was proven:
-- with it the log-in page lists the account's live sessions and ends one or all of them, so that
-- a browser closed without logging out never locks its holder out. Only the token's hash is kept;
-- it serves the proven account and the workplace (device cookie hash) it was issued to, nothing else.
create table session_release_tokens (
  token_sha256 bytea primary key check (octet_length(token_sha256) = 32),
  account_id uuid not null references accounts (id),
  workplace text not null,
  method text not null check (method in ('signature', 'password')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index session_release_tokens_expires_at on session_release_tokens (expires_at);
