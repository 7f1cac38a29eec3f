-- A customs representative's word alone no longer makes it the declarant's representative: the
-- declarant confirms the contract with its own signature (ACC-9), and until then the representative
-- cannot file in the declarant's name. Either side may end the contract; `ended_by` says which.
alter table customs_representations
  add column confirmed_at timestamptz,
  add column confirmed_by uuid references accounts (id),
  add column confirmation_cms bytea check (octet_length(confirmation_cms) <= 65536),
  add column ended_by text check (ended_by in ('representative', 'declarant')),
  add constraint customs_representations_confirmed_whole
    check ((confirmed_at is null) = (confirmation_cms is null) and (confirmed_at is null) = (confirmed_by is null));
