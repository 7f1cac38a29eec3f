-- Customs transit under way (issue 17 point 4): one row per transit declaration released for
-- transit, written in the transaction of the officer's decision. The offices and the term are
-- the signed copy's (boxes C, 53, D) as they stood at release; the security is the payments
-- engine's amount on the day of release (procedure 80) beside box 52's method and certificate.
-- The office of destination finds the declaration through this row, and the carrier the
-- document names reads it through this row.
create table transit_movements (
  declaration_id uuid primary key references declarations (id),
  departure_office text not null,
  destination_office text not null,
  delivery_term date not null,
  carrier_iin_bin text check (carrier_iin_bin ~ '^[0-9]{12}$'),
  -- box 52 as declared
  security_method_code text,
  security_certificate text,
  declared_security_tiyn bigint check (declared_security_tiyn >= 0),
  -- the engine's amount, tiyn; null with the refusal's code when it could not calculate it
  security_tiyn bigint check (security_tiyn >= 0),
  security_failure_code text,
  security_failure_params jsonb,
  released_at timestamptz not null,
  released_by_office text not null,
  arrived_at timestamptz,
  arrival_office text,
  completed_at timestamptz,
  completion_office text,
  -- set once, by the overdue job, when the term passed with no arrival recorded
  overdue_flagged_at timestamptz,
  constraint transit_security_outcome check ((security_tiyn is null) <> (security_failure_code is null)),
  constraint transit_arrival check ((arrived_at is null) = (arrival_office is null)),
  constraint transit_completion check (completed_at is null or arrived_at is not null)
);
create index transit_movements_destination on transit_movements (destination_office);
create index transit_movements_carrier on transit_movements (carrier_iin_bin) where carrier_iin_bin is not null;
-- what the overdue job looks at: movements still awaited and not yet flagged
create index transit_movements_awaited on transit_movements (delivery_term)
  where arrived_at is null and overdue_flagged_at is null;
