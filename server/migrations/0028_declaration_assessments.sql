-- What a registered declaration owes (issue 16, ACC-17): the payments engine's calculation on the
-- day of registration, one row per signed copy, written in the registering transaction beside the
-- copy. Automatic release and the debit at release read this, never box 47 as the declarant typed
-- it. A copy the engine could not assess (a box missing, a rate missing) keeps the refusal's code
-- instead of an amount, and is left to an officer.
create table declaration_assessments (
  declaration_id uuid not null references declarations (id),
  seq int not null check (seq > 0),
  assessed_on date not null,
  -- tiyn; null when the engine refused
  owed_tiyn bigint check (owed_tiyn >= 0),
  -- by payment type code, tiyn as text (bigint-safe in JSON)
  totals jsonb not null default '{}'::jsonb,
  failure_code text,
  failure_params jsonb,
  created_at timestamptz not null,
  primary key (declaration_id, seq),
  constraint declaration_assessment_outcome check ((owed_tiyn is null) <> (failure_code is null))
);
