-- The registers of persons in customs business (EAEU Customs Code art. 430; REG-3, REG-5): who may
-- act as a customs representative, carrier, owner of a temporary storage, customs or free
-- warehouse or of a duty-free shop, or as an authorized economic operator. Dated: an entry is in
-- force from `valid_from` to `valid_to` inclusive; excluding or suspending a person ends its
-- entry (with the reason), and a later inclusion is a new entry. Rows are never deleted.
create table operator_register_entries (
  id uuid primary key,
  register text not null check (register in ('customs_representative', 'customs_carrier',
    'temporary_storage_owner', 'customs_warehouse_owner', 'duty_free_shop_owner', 'free_warehouse_owner',
    'authorized_economic_operator')),
  iin_bin text not null check (iin_bin ~ '^[0-9]{12}$'),
  register_number text not null check (length(register_number) between 1 and 50),
  name text not null check (length(name) between 1 and 300),
  valid_from date not null,
  valid_to date,
  end_reason text check (length(end_reason) between 1 and 500),
  created_by uuid references accounts (id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  check (valid_to is null or valid_to >= valid_from),
  -- one entry per person, register and first day: an import of the same file again changes nothing
  unique (register, iin_bin, valid_from)
);
create index operator_register_entries_iin_bin on operator_register_entries (iin_bin, register);

-- A representation a declarant agreed to on paper (ACC-9): an officer enters it from the signed
-- contract the declarant brought, instead of the declarant's confirmation with its signature.
alter table customs_representations
  add column paper_basis text check (length(paper_basis) between 1 and 500),
  drop constraint customs_representations_confirmed_whole,
  add constraint customs_representations_confirmed_whole
    check ((confirmed_at is null) = (confirmed_by is null)
      and (confirmed_at is null) = (confirmation_cms is null and paper_basis is null)
      and (confirmation_cms is null or paper_basis is null));
