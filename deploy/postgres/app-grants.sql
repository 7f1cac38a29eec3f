-- After every `shekara db migrate`, as the owner (docs/OPERATIONS.md, "Roles on a PostgreSQL server"):
-- the application's role on every table, and the audit log added to and read, never changed or removed.
-- Idempotent.
grant select, insert, update, delete on all tables in schema public to shekara_app;
grant usage on all sequences in schema public to shekara_app;
revoke update, delete, truncate on audit_log, audit_chain_head from shekara_app;
grant update (chain_seq, prev_hash, hash) on audit_log to shekara_app;
grant update on audit_chain_head to shekara_app;
