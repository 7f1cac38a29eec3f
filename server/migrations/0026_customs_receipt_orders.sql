-- Customs receipt orders (ТПО, таможенный приходный ордер) for goods for personal use (issue 16,
-- ACC-14, ACC-20, ACC-21): the unified rate (6010) calculated for a recipient's parcel or baggage,
-- numbered per office and day without gaps, signed by the system, delivered to the recipient's
-- cabinet, and then paid (from the personal advance account, or by a bank document an officer
-- records) or annulled.

-- One counter per office and day of issue: a ТПО takes the next serial under the row's lock in its
-- own transaction, so a transaction that rolls back gives its serial back and the numbers of a day
-- have no gaps.
create table receipt_order_counters (
  office_code text not null,
  day date not null,
  last_serial integer not null check (last_serial > 0),
  primary key (office_code, day)
);

create table receipt_orders (
  id uuid primary key,
  -- office / DDMMYY / 'Т' + seven digits: 75101/070426/Т0000001
  number text not null unique,
  office_code text not null,
  serial integer not null check (serial > 0),
  issued_at timestamptz not null,
  -- the day of the calculation: the rates and norms in force then
  calculated_on date not null,
  recipient_iin text not null check (recipient_iin ~ '^[0-9]{12}$'),
  recipient_name text check (length(recipient_name) <= 200),
  channel text not null check (channel in ('post', 'air-baggage', 'other-baggage')),
  -- the goods as the calculator's request items; the lines with their explanation in kk, ru, en
  items jsonb not null,
  lines jsonb not null,
  -- tiyn
  total bigint not null check (total >= 0),
  -- who asked: an officer, or the recipient itself for a parcel addressed to it
  issued_by text not null check (issued_by in ('officer', 'recipient')),
  issuer_account_id uuid not null,
  -- the canonical JSON the system signed, and its attached CMS
  document bytea not null,
  signature_cms bytea not null,
  status text not null check (status in ('issued', 'paid', 'nothing-due', 'annulled')),
  paid_at timestamptz,
  paid_by text check (paid_by in ('advance-account', 'bank')),
  payment_posting_id bigint references ledger_postings (id),
  bank_document_number text check (length(bank_document_number) between 1 and 50),
  bank_document_date date,
  payment_recorded_by uuid,
  annulled_at timestamptz,
  annulled_by uuid,
  annul_reason text check (length(annul_reason) between 1 and 500),
  constraint receipt_order_paid check ((status = 'paid') = (paid_at is not null and paid_by is not null)),
  constraint receipt_order_paid_from_account check (
    (paid_by = 'advance-account') = (payment_posting_id is not null)
  ),
  constraint receipt_order_paid_by_bank check (
    (paid_by = 'bank') = (bank_document_number is not null and bank_document_date is not null)
  ),
  constraint receipt_order_annulled check ((status = 'annulled') = (annulled_at is not null and annul_reason is not null)),
  constraint receipt_order_nothing_due check ((status = 'nothing-due') = (total = 0 and annulled_at is null))
);
create index receipt_orders_of_recipient on receipt_orders (recipient_iin, issued_at desc);
create index receipt_orders_of_office on receipt_orders (office_code, issued_at desc);
