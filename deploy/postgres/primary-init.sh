#!/bin/sh
# Run once by the postgres image when the primary's data directory is made (docker-entrypoint-initdb.d):
# the roles of docs/OPERATIONS.md, the database, and the replication role the replica connects as.
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$SHEKARA_OWNER_DB_PASSWORD" \
  -v app_password="$SHEKARA_APP_DB_PASSWORD" \
  -v replication_password="$REPLICATION_PASSWORD" <<'SQL'
-- the owner migrates the schema; the application's role reads and writes, and only adds to the audit log
create role shekara_owner login password :'owner_password';
create role shekara_app login password :'app_password';
create role replicator replication login password :'replication_password';
create database shekara owner shekara_owner;
\connect shekara
grant usage on schema public to shekara_app;
-- tables and sequences the owner's migrations make are the application's to use;
-- app-grants.sql takes back what it must not do to the audit log once they exist
alter default privileges for role shekara_owner in schema public
  grant select, insert, update, delete on tables to shekara_app;
alter default privileges for role shekara_owner in schema public grant usage on sequences to shekara_app;
SQL

# The replica streams the WAL over the private network.
echo "host replication replicator samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
