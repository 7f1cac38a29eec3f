#!/bin/sh
# The primary: the WAL archive's directory made the server's own (a new volume is root's), then
# the postgres image's own entrypoint, which makes the database on first start (primary-init.sh).
set -eu
mkdir -p /var/lib/postgresql/wal-archive
chown postgres:postgres /var/lib/postgresql/wal-archive
chmod 0700 /var/lib/postgresql/wal-archive
exec docker-entrypoint.sh "$@"
