-- Applications to customs about money and the officers' decisions on them (ACC-21, ACC-14,
-- WD-16): deferral and instalment of the import duty of a registered goods declaration, and the
-- refund of money from the advance account. Each application is signed by the payer (the exact
-- bytes and the CMS are kept), each decision by the officer. A granted deferral or instalment
-- makes obligations, each due on a day; an obligation whose day passes unpaid gets one notice
-- that payment is due.

create table payment_applications (
  -- the client's id: the same id filed again is the same application
  id uuid primary key,
  kind text not null check (kind in ('deferral', 'instalment', 'refund')),
  payer text not null check (payer ~ '^[0-9]{12}$'),
  applicant_account_id uuid not null references accounts (id),
  -- a deferral or instalment names the registered declaration whose duty it defers
  declaration_id uuid references declarations (id),
  registration_number text,
  -- the body that decides: the declaration's, or the one a refund is addressed to
  customs_office text not null check (customs_office ~ '^[0-9]{5}$'),
  -- tiyn
  amount bigint not null check (amount > 0),
  reason text check (length(reason) <= 2000),
  -- the schedule asked for: [{ dueDate, amount (tiyn) }]
  schedule jsonb,
  iban text check (iban ~ '^KZ[0-9]{2}[0-9A-Z]{16}$'),
  bic text,
  signed_bytes bytea not null,
  signature_cms bytea not null,
  signer_iin text not null,
  filed_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'granted', 'refused')),
  -- the decision: set once, by the officer's signed decision
  decided_by uuid references accounts (id),
  decision_office text,
  decided_at timestamptz,
  decision_reason text check (length(decision_reason) <= 2000),
  decision_schedule jsonb,
  decision_signed_bytes bytea,
  decision_signature_cms bytea,
  refund_posting_id bigint unique references ledger_postings (id),
  constraint payment_application_declaration check ((kind = 'refund') = (declaration_id is null)),
  constraint payment_application_bank check ((kind = 'refund') = (iban is not null and bic is not null)),
  constraint payment_application_decided check (
    (status = 'pending') = (decided_at is null)
    and (status = 'pending' or (decided_by is not null and decision_signature_cms is not null))
  )
);
create index payment_applications_of_payer on payment_applications (payer, filed_at desc);
create index payment_applications_of_office on payment_applications (customs_office, status, filed_at);
create index payment_applications_of_declaration on payment_applications (declaration_id) where declaration_id is not null;

-- What a granted deferral or instalment leaves the payer to pay, and by when.
create table payment_obligations (
  id bigint generated always as identity primary key,
  application_id uuid not null references payment_applications (id),
  payer text not null check (payer ~ '^[0-9]{12}$'),
  declaration_id uuid not null references declarations (id),
  customs_office text not null,
  payment_type text not null default '2010' check (payment_type ~ '^[0-9]{4}$'),
  -- tiyn
  amount bigint not null check (amount > 0),
  due_date date not null,
  paid_at timestamptz,
  paid_by uuid references accounts (id),
  -- how it was paid: a bank payment order to the budget, or the advance account's debit posting
  bank_document_number text,
  bank_document_date date,
  debit_posting_id bigint references ledger_postings (id)
);
create index payment_obligations_unpaid on payment_obligations (due_date) where paid_at is null;
create index payment_obligations_of_payer on payment_obligations (payer, due_date);

-- The notice that an obligation's term has passed unpaid: at most one per obligation.
create table payment_due_notices (
  id bigint generated always as identity primary key,
  obligation_id bigint not null unique references payment_obligations (id),
  payer text not null,
  payment_type text not null,
  kbk text not null,
  amount bigint not null check (amount > 0),
  due_date date not null,
  issued_at timestamptz not null
);
create index payment_due_notices_of_payer on payment_due_notices (payer, issued_at desc);
