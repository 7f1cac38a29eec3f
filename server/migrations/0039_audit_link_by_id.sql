-- The link trigger finds its row by id alone, and the chain's index holds only linked rows.
--
-- Every audit row is inserted unlinked (chain_seq null) and linked at its commit by an update
-- that changes chain_seq, so each row leaves behind a version whose entry in the chain_seq index
-- is null until vacuum removes it. The link's update asked for `id = $1 and chain_seq is null`;
-- once statistics say nearly every row is linked, PostgreSQL plans that through the chain_seq
-- index (or a bitmap AND of both indexes), reading every null entry left since the last vacuum:
-- measured at 0.43 ms per link after 3,000 rows against 0.02 ms by the primary key, growing with
-- the table, at every commit while the chain's head is locked. Now:
--  - a row that came with a link of its own is refused from the trigger's copy of the inserted
--    row (nothing can have changed it since: the append-only guard refuses every other update),
--    and the update names the row by its primary key only;
--  - the unique index on chain_seq leaves out unlinked rows, which never needed it (nulls are
--    never equal), so an insert no longer adds an entry to it and nothing can scan null entries.
create or replace function audit_chain_link() returns trigger
  language plpgsql
  as $$
declare
  head audit_chain_head;
  link bytea;
begin
  if new.chain_seq is not null or new.prev_hash is not null or new.hash is not null then
    raise exception 'audit_log row % came with a chain link of its own: only the database links rows', new.id
      using errcode = 'insufficient_privilege';
  end if;
  -- Held to the commit: the next transaction to link waits here, then reads the head this one leaves.
  select * into strict head from audit_chain_head for update;
  link := audit_chain_hash(head.hash, head.seq + 1, new);
  update audit_log set chain_seq = head.seq + 1, prev_hash = head.hash, hash = link where id = new.id;
  if not found then
    raise exception 'audit_log row % is gone before its link', new.id
      using errcode = 'insufficient_privilege';
  end if;
  update audit_chain_head set seq = head.seq + 1, hash = link;
  return null;
end $$;

drop index audit_log_chain_seq;
create unique index audit_log_chain_seq on audit_log (chain_seq) where chain_seq is not null;
