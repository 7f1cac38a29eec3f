-- Log-in challenges: a random nonce the user signs with their NCA auth key. Single use, short-lived.
-- Only a SHA-256 of the nonce is kept: a copy of this table cannot be used to answer a challenge.
create table auth_challenges (
  nonce_sha256 bytea primary key check (octet_length(nonce_sha256) = 32),
  issued_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  check (expires_at > issued_at)
);
create index auth_challenges_expires_at on auth_challenges (expires_at);
