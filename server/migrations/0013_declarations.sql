-- Electronic declarations (issue 6; REG-1, ACC-10, ACC-14..19, ACC-21, WD-1..16): drafts, the
-- signed copies delivered to a customs body with their registration numbers and receipts, the
-- officers' decisions, the status history every party sees, and the risk profiles that route a
-- registered declaration.

-- One row per document, from its first draft to its last decision. `document` is the working
-- copy the author edits; what was signed and delivered is in declaration_submissions, never here.
create table declarations (
  id uuid primary key,
  kind text not null check (kind in ('goods', 'transit', 'vehicle', 'preliminary', 'release_before_declaration',
    'temporary_vehicle', 'customs_value_1', 'customs_value_2', 'delivery_control', 'transaction_passport')),
  -- the version of the kind's model the document follows
  schema_version int not null check (schema_version > 0),
  -- the organisation (IIN/BIN of the author's account) the draft belongs to
  owner_iin_bin text not null check (owner_iin_bin ~ '^[0-9]{12}$'),
  author_account_id uuid not null references accounts (id),
  -- the declarant named in the document (a customs representative files for others)
  declarant_iin_bin text check (declarant_iin_bin ~ '^[0-9]{12}$'),
  document jsonb not null,
  -- bumped by every save: an autosave from a stale copy is refused instead of overwriting
  revision int not null default 1 check (revision > 0),
  status text not null,
  -- set at submission
  customs_office text check (customs_office ~ '^[0-9]{5}$'),
  registration_number text unique check (registration_number ~ '^[0-9]{5}/[0-9]{6}/[0-9]{7}$'),
  registered_at timestamptz,
  -- set by the risk routing after registration
  channel text check (channel in ('green', 'yellow', 'red')),
  -- КДТ: a correction after release points at the declaration it corrects
  corrects_id uuid references declarations (id),
  copied_from_id uuid references declarations (id),
  -- the latest control report, kept for the inbox and the editor
  control_report jsonb,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  deleted_at timestamptz
);
create index declarations_owner on declarations (owner_iin_bin, updated_at desc) where deleted_at is null;
create index declarations_declarant on declarations (declarant_iin_bin, updated_at desc) where deleted_at is null;
create index declarations_office_inbox on declarations (customs_office, status, registered_at desc) where registration_number is not null;
create index declarations_corrects on declarations (corrects_id) where corrects_id is not null;

-- Registration serials: one counter per customs office and day, advanced in the submitting
-- transaction, so numbers are unique and gapless (a rolled-back submission gives its number back).
create table registration_counters (
  office_code text not null check (office_code ~ '^[0-9]{5}$'),
  day date not null,
  last_serial int not null check (last_serial between 1 and 9999999),
  primary key (office_code, day)
);

-- Every signed copy delivered: the first submission and each resubmission after a requested
-- correction. The exact bytes signed and the signature are kept as they came (WD-10, WD-11).
create table declaration_submissions (
  id uuid primary key,
  declaration_id uuid not null references declarations (id),
  seq int not null check (seq > 0),
  registration_number text not null,
  customs_office text not null check (customs_office ~ '^[0-9]{5}$'),
  signed_bytes bytea not null,
  signature_cms bytea not null,
  document_sha256 bytea not null check (octet_length(document_sha256) = 32),
  signer_iin text,
  signer_bin text,
  certificate_serial text,
  submitted_by uuid not null references accounts (id),
  submitted_at timestamptz not null,
  -- the delivery receipt (WD-13), a CMS signed with the system's own key
  receipt_cms bytea not null,
  unique (declaration_id, seq)
);
create index declaration_submissions_number on declaration_submissions (registration_number);

-- A repeated POST with the same Idempotency-Key answers what the first one answered.
create table idempotency_keys (
  account_id uuid not null references accounts (id),
  key text not null check (length(key) between 1 and 200),
  -- SHA-256 of the route and body: the same key with another request is refused
  request_sha256 bytea not null,
  response jsonb not null,
  status_code int not null,
  created_at timestamptz not null,
  primary key (account_id, key)
);

-- The timeline: every status change, decision and notable event, oldest first.
create table declaration_events (
  id bigint generated always as identity primary key,
  declaration_id uuid not null references declarations (id),
  at timestamptz not null,
  -- 'status' for a transition, else what happened ('submitted', 'decision', 'risk_routed', 'corrected_by', ...)
  event text not null,
  from_status text,
  to_status text,
  actor_account_id uuid references accounts (id),
  -- 'declarant', 'officer', 'system'
  actor_role text not null check (actor_role in ('declarant', 'officer', 'system')),
  office_code text,
  details jsonb
);
create index declaration_events_declaration on declaration_events (declaration_id, id);

-- Officers' decisions, each signed (ACC-21): the signed bytes and the CMS as they came.
create table declaration_decisions (
  id uuid primary key,
  declaration_id uuid not null references declarations (id),
  decision text not null,
  reasons jsonb,
  officer_account_id uuid references accounts (id),
  office_code text not null,
  signed_bytes bytea,
  signature_cms bytea,
  decided_at timestamptz not null,
  -- read in the declarant's cabinet
  read_at timestamptz
);
create index declaration_decisions_declaration on declaration_decisions (declaration_id, decided_at);

-- Files attached to a draft (PDF or images), bounded in size and number by the application.
create table declaration_attachments (
  id uuid primary key,
  declaration_id uuid not null references declarations (id),
  name text not null check (length(name) between 1 and 200),
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes int not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_by uuid not null references accounts (id),
  uploaded_at timestamptz not null,
  check (octet_length(content) = size_bytes)
);
create index declaration_attachments_declaration on declaration_attachments (declaration_id);

-- Customs representatives (brokers) and the declarants they act for: a representative signs and
-- files for the declarant while the contract is in force.
create table customs_representations (
  representative_bin text not null check (representative_bin ~ '^[0-9]{12}$'),
  declarant_iin_bin text not null check (declarant_iin_bin ~ '^[0-9]{12}$'),
  contract_number text not null check (length(contract_number) between 1 and 100),
  contract_date date not null,
  valid_from date not null,
  valid_to date,
  created_by uuid references accounts (id),
  created_at timestamptz not null,
  primary key (representative_bin, declarant_iin_bin, contract_number),
  check (valid_to is null or valid_to >= valid_from)
);
create index customs_representations_declarant on customs_representations (declarant_iin_bin);

-- Risk profiles (ACC-17): conditions over the declaration and its declarant's history, and the
-- channel they send it to. The highest-priority active profile that matches wins; none → green.
create table risk_profiles (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  -- e.g. {"hsPrefixes":["8703"],"originCountries":["CN"],"minCustomsValue":1000000,"maxPriorDeclarations":0}
  conditions jsonb not null,
  channel text not null check (channel in ('yellow', 'red')),
  priority int not null default 100,
  active boolean not null default true,
  valid_from date not null,
  valid_to date,
  created_by uuid references accounts (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
