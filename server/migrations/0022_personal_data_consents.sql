-- Consent to the processing of personal data (Law of the Republic of Kazakhstan No. 94-V of
-- 21.05.2013, Articles 7 and 8): which wording the person agreed to (its version; the wordings
-- are data in the code), in which language it was shown, when and from where. A consent belongs to
-- the account it was given for, or to the request for a login and password filed with it, which
-- becomes an account only when a body approves it. Consents are evidence: never updated.
create table personal_data_consents (
  id bigint generated always as identity primary key,
  account_id uuid references accounts (id),
  credentials_request_id uuid references credentials_requests (id),
  version text not null check (length(version) between 1 and 40),
  language text not null check (language in ('kk', 'ru', 'en')),
  given_at timestamptz not null,
  ip text,
  check ((account_id is not null) <> (credentials_request_id is not null))
);
create index personal_data_consents_account on personal_data_consents (account_id, given_at) where account_id is not null;
create index personal_data_consents_request on personal_data_consents (credentials_request_id)
  where credentials_request_id is not null;
