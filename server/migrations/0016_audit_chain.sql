-- The audit log made tamper-evident (ACC-9, WD-28): every row is chained to the row before it by
-- SHA-256, and nothing may change or remove a row. `shekara audit verify` walks the chain.
--
-- A row's link is made when its transaction commits, not when it is inserted: a deferred
-- constraint trigger takes the chain's head row (locked until the commit), numbers the row next
-- and hashes it. Linking at insert would hold that lock from a transaction's first audit record to
-- its commit, so a transaction that locks rows after writing an audit record could deadlock with
-- one that writes its record after locking them, and every audit writer (every log-in) would wait
-- behind a long import. At commit a transaction takes no lock after the head's, so none can
-- deadlock on it, and the head is held only while the commit itself runs. The chain is therefore
-- in the order of the commits (`chain_seq`), which is not the order of `id` (ids are handed out at
-- insert).
--
-- A link: hash = SHA-256(prev_hash || field(chain_seq) || field(id) || field(at) || field(action)
--   || field(outcome) || field(code) || field(actor_account_id) || field(actor_iin)
--   || field(subject_type) || field(subject_id) || field(body_code) || field(ip)
--   || field(request_id) || field(details)),
-- where field(null) = the four bytes FF FF FF FF, and field(v) = the length of v's UTF-8 bytes as
-- four bytes big-endian, then those bytes, v being PostgreSQL's text form of the value (`at` as
-- UTC `YYYY-MM-DDTHH:MI:SS.ffffffZ`, `details` as jsonb's text). The first row's prev_hash is 32
-- zero bytes. The verifier computes the same in its own code (platform/audit/chain.ts), never by
-- these functions, which an intruder could replace. A column added to audit_log later is outside
-- the hash until the encoding gains it (with a version the verifier can tell apart).

alter table audit_log
  add column chain_seq bigint,
  add column prev_hash bytea,
  add column hash bytea,
  -- null together: a row its transaction has not yet committed
  add constraint audit_log_link check (
    (chain_seq is null and prev_hash is null and hash is null)
    or (chain_seq > 0 and octet_length(prev_hash) = 32 and octet_length(hash) = 32)
  );
create unique index audit_log_chain_seq on audit_log (chain_seq);

-- One row: the last link made. Its lock orders the commits of audit-writing transactions.
create table audit_chain_head (
  singleton boolean primary key default true check (singleton),
  seq bigint not null check (seq >= 0),
  hash bytea not null check (octet_length(hash) = 32)
);

-- Stable, as convert_to is: declared so, PostgreSQL inlines it into the hash (measured 2.5 times faster).
create function audit_chain_field(value text) returns bytea
  language sql stable parallel safe
  as $$ select coalesce(int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8'), '\xffffffff'::bytea) $$;

create function audit_chain_hash(prev_hash bytea, seq bigint, entry audit_log) returns bytea
  language sql stable parallel safe
  as $$ select sha256(prev_hash
    || audit_chain_field(seq::text)
    || audit_chain_field(entry.id::text)
    || audit_chain_field(to_char(entry.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || audit_chain_field(entry.action)
    || audit_chain_field(entry.outcome)
    || audit_chain_field(entry.code)
    || audit_chain_field(entry.actor_account_id::text)
    || audit_chain_field(entry.actor_iin)
    || audit_chain_field(entry.subject_type)
    || audit_chain_field(entry.subject_id)
    || audit_chain_field(entry.body_code)
    || audit_chain_field(entry.ip)
    || audit_chain_field(entry.request_id)
    || audit_chain_field(entry.details::text)) $$;

-- The rows already written are chained in the order of their ids, the best order they have.
do $$
declare
  entry audit_log;
  n bigint := 0;
  previous bytea;
  link bytea := decode(repeat('00', 32), 'hex');
begin
  for entry in select * from audit_log order by id loop
    n := n + 1;
    previous := link;
    link := audit_chain_hash(previous, n, entry);
    update audit_log set chain_seq = n, prev_hash = previous, hash = link where id = entry.id;
  end loop;
  insert into audit_chain_head (seq, hash) values (n, link);
end $$;

-- Links the committing transaction's row: called once per row, at the commit, in insert order.
create function audit_chain_link() returns trigger
  language plpgsql
  as $$
declare
  head audit_chain_head;
  link bytea;
begin
  -- Held to the commit: the next transaction to link waits here, then reads the head this one leaves.
  select * into strict head from audit_chain_head for update;
  link := audit_chain_hash(head.hash, head.seq + 1, new);
  update audit_log set chain_seq = head.seq + 1, prev_hash = head.hash, hash = link
   where id = new.id and chain_seq is null;
  if not found then
    raise exception 'audit_log row % came with a chain link of its own: only the database links rows', new.id
      using errcode = 'insufficient_privilege';
  end if;
  update audit_chain_head set seq = head.seq + 1, hash = link;
  return null;
end $$;

create constraint trigger audit_log_chain after insert on audit_log
  deferrable initially deferred
  for each row execute function audit_chain_link();

-- Append-only: UPDATE, DELETE and TRUNCATE are refused for every role (PGlite has only one), the
-- link being made the one exception: the link trigger's own updates, which run a trigger deep
-- (a statement of the application's fires the guard at depth 1, the link trigger's at depth 2).
-- On a PostgreSQL server the application's role is also given no right to them
-- (docs/OPERATIONS.md).
create function audit_log_refuse_change() returns trigger
  language plpgsql
  as $$
begin
  if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
    -- (nested: each table's row has only its own fields)
    if tg_table_name = 'audit_log' then
      if old.chain_seq is null then
        return new;
      end if;
    elsif new.seq = old.seq + 1 then
      return new;
    end if;
  end if;
  raise exception '% is append-only: % refused', tg_table_name, tg_op
    using errcode = 'insufficient_privilege',
      hint = 'audit records are never changed or removed; a correction is a new record';
end $$;

create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_refuse_change();
create trigger audit_chain_head_guard before update or delete on audit_chain_head
  for each row execute function audit_log_refuse_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
  for each statement execute function audit_log_refuse_change();
