#!/bin/sh
# The streaming replica: on first start, a copy of the primary by pg_basebackup (-R writes the
# standby's connection and standby.signal; -C -S its replication slot, so the primary keeps the
# WAL the replica has yet to read); then PostgreSQL as a hot standby.
set -eu

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host="$PRIMARY_HOST" --username=replicator --dbname=postgres --quiet; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup --host="$PRIMARY_HOST" --username=replicator \
    --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf \
    --create-slot --slot="$REPLICATION_SLOT" --checkpoint=fast --progress
  chmod 0700 "$PGDATA"
fi

exec postgres -c hot_standby=on -c hot_standby_feedback=on "$@"
