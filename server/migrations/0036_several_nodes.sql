-- Several application nodes on one database (issue 20 point 1): what one process used to keep in
-- its own memory, and so counted or ran once per process, is kept here for all of them.

-- Requests per client and limiter in a fixed window from the client's first request
-- (platform/http/rate-limit.ts): one upsert per limited request, so every node counts against the
-- same allowance. Unlogged: no WAL to write or replicate for a counter that may be lost in a crash
-- without harm. One row per client and limiter; rows whose window has ended are deleted
-- (`ends_at`), so the table holds at most the clients of the windows under way.
create unlogged table rate_limit_windows (
  limiter text not null,
  client text not null,
  started_at timestamptz not null,
  ends_at timestamptz not null,
  hits integer not null,
  primary key (limiter, client)
);
create index rate_limit_windows_ends_at on rate_limit_windows (ends_at);

-- One row per run of a scheduled job and due time (platform/jobs/job-runs.ts): the node whose
-- insert or takeover succeeds runs it; the others see it taken or finished and do nothing. A node
-- dying mid-run leaves its lease to run out, after which another node may take the run again.
create table job_runs (
  job text not null,
  due_at timestamptz not null,
  node text not null,
  attempts integer not null,
  taken_at timestamptz not null,
  lease_until timestamptz not null,
  finished_at timestamptz,
  last_error text,
  primary key (job, due_at)
);
create index job_runs_finished_at on job_runs (finished_at);

-- Every node keeps copies of reference data in memory (the TN VED search index, the rates, the
-- control's reference view). A statement that changes rows of these tables tells every node at its
-- commit: a notification carrying `schema.table` on the channel each node listens on
-- (platform/db/change-feed.ts). Sent by the database itself, so an import from the command line,
-- the demo data or an operator's own statement are heard as well as the server's writes. A
-- statement that changes nothing (the demo data loaded again at every start) tells nothing: each
-- event has its own trigger, which sees the rows the statement changed.
create function notify_reference_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' then
    perform pg_notify('shekara_changes', tg_table_schema || '.' || tg_table_name);
  elsif exists (select from changed_rows) then
    perform pg_notify('shekara_changes', tg_table_schema || '.' || tg_table_name);
  end if;
  return null;
end
$$;

do $$
declare
  name text;
begin
  foreach name in array array['tnved_nodes', 'tnved_search_terms', 'tariff_rates', 'vat_rates', 'exchange_rates',
                               'classifier_items', 'customs_bodies', 'customs_body_document_kinds'] loop
    execute format('create trigger %I after insert on %I referencing new table as changed_rows
                    for each statement execute function notify_reference_change()', name || '_inserted', name);
    execute format('create trigger %I after update on %I referencing new table as changed_rows
                    for each statement execute function notify_reference_change()', name || '_updated', name);
    execute format('create trigger %I after delete on %I referencing old table as changed_rows
                    for each statement execute function notify_reference_change()', name || '_deleted', name);
    execute format('create trigger %I after truncate on %I
                    for each statement execute function notify_reference_change()', name || '_truncated', name);
  end loop;
end
$$;
