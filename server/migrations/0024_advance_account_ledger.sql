-- The personal advance account (ACC-14) as a double-entry ledger, one per payer (IIN/BIN), in tenge.
--
-- Accounts: each payer has two, `available` (money it may spend) and `reserved` (money held for
-- declarations); the customs side has `bank_clearing` (money between the bank and the payer's
-- account: deposits come from it, refunds go back to it) and `customs_receipts` (money the
-- budget has received). A posting is one business event; its lines move signed amounts in tiyn
-- between accounts and always sum to zero (checked when the transaction commits). Postings and
-- lines are never updated or deleted: a mistake is undone by a reversal, a new posting that
-- names the one it undoes and moves its lines back.
--
-- Balances never go negative. Each payer account keeps its balance in its own row, updated in the
-- posting's transaction after the writer has locked the payer's two rows (`for update`, in a fixed
-- order, so two writers for one payer queue rather than deadlock); the writer checks the balance
-- under that lock and refuses with a clear code, and the `check (balance >= 0)` below is the last
-- line of defence should any code forget. The customs accounts keep no balance row: every payer's
-- posting would otherwise queue on their one row; their balance is the sum of their lines.

create table ledger_accounts (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('available', 'reserved', 'bank_clearing', 'customs_receipts')),
  -- the payer's IIN/BIN; null for the customs accounts
  payer text check (payer ~ '^[0-9]{12}$'),
  currency text not null default 'KZT' check (currency = 'KZT'),
  -- tiyn; kept for payer accounts only
  balance bigint,
  constraint ledger_account_owner check ((kind in ('available', 'reserved')) = (payer is not null)),
  constraint ledger_balance_kept check ((payer is not null) = (balance is not null)),
  constraint ledger_balance_not_negative check (balance >= 0)
);
create unique index ledger_payer_accounts on ledger_accounts (payer, kind, currency) where payer is not null;
create unique index ledger_customs_accounts on ledger_accounts (kind, currency) where payer is null;
insert into ledger_accounts (kind, payer) values ('bank_clearing', null), ('customs_receipts', null);

create table ledger_postings (
  id bigint generated always as identity primary key,
  payer text not null check (payer ~ '^[0-9]{12}$'),
  kind text not null check (kind in ('deposit', 'reservation', 'debit', 'release', 'refund', 'reversal')),
  -- the caller's key: the same key again answers the first posting and posts nothing
  idempotency_key text not null unique check (length(idempotency_key) between 8 and 100),
  -- SHA-256 of what was asked, so the same key with another request is refused, not answered wrongly
  request_hash text not null,
  -- tiyn: what the posting moves from or to the payer's point of view
  amount bigint not null check (amount > 0),
  currency text not null default 'KZT' check (currency = 'KZT'),
  declaration_id uuid,
  bank_document_number text check (length(bank_document_number) between 1 and 50),
  bank_document_date date,
  reverses_id bigint unique references ledger_postings (id),
  body_code text,
  actor_account_id uuid,
  note text check (length(note) <= 500),
  posted_at timestamptz not null,
  constraint ledger_deposit_document check (
    kind <> 'deposit' or (bank_document_number is not null and bank_document_date is not null)
  ),
  constraint ledger_reversal_names check ((kind = 'reversal') = (reverses_id is not null)),
  constraint ledger_declaration_named check (
    kind not in ('reservation', 'debit', 'release') or declaration_id is not null
  )
);
create index ledger_postings_of_payer on ledger_postings (payer, posted_at, id);

create table ledger_lines (
  posting_id bigint not null references ledger_postings (id),
  account_id bigint not null references ledger_accounts (id),
  amount bigint not null check (amount <> 0),
  primary key (posting_id, account_id)
);
create index ledger_lines_of_account on ledger_lines (account_id);

-- One reservation per declaration at a time: it is closed by a debit (at release) or a release
-- (at refusal or withdrawal), and a posting of either kind names it.
create table ledger_reservations (
  id bigint generated always as identity primary key,
  payer text not null,
  declaration_id uuid not null,
  amount bigint not null check (amount > 0),
  reserved_by bigint not null unique references ledger_postings (id),
  closed_by bigint unique references ledger_postings (id)
);
create unique index ledger_reservation_open on ledger_reservations (declaration_id) where closed_by is null;

-- Balanced postings: the lines of each posting touched by the transaction sum to zero and there
-- are at least two. Deferred to the commit, when every line of the posting is in.
create function ledger_check_balanced() returns trigger language plpgsql as $$
declare
  total numeric;
  lines integer;
begin
  select coalesce(sum(amount), 0), count(*) into total, lines from ledger_lines where posting_id = new.posting_id;
  if total <> 0 or lines < 2 then
    raise exception 'ledger posting % is not balanced (sum %, % lines)', new.posting_id, total, lines
      using errcode = '23514';
  end if;
  return null;
end $$;
create constraint trigger ledger_lines_balanced after insert on ledger_lines
  deferrable initially deferred for each row execute function ledger_check_balanced();

-- Never edited, never removed.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'ledger % rows are never updated or deleted; post a reversal', tg_table_name
    using errcode = '42501';
end $$;
create trigger ledger_postings_immutable before update or delete on ledger_postings
  for each row execute function ledger_refuse_change();
create trigger ledger_lines_immutable before update or delete on ledger_lines
  for each row execute function ledger_refuse_change();
