#!/usr/bin/env bash
# Installs (apt-get) and starts a PostgreSQL server on 127.0.0.1 for the
# central-server tests, creates a throw-away test database, and prints its URL.
# Runs as root on a fresh Debian machine; idempotent (a second run reuses it).
#   eval "$(bash .ci/start_postgres.sh --export)"   # sets ONESTOP_TEST_PG_URL
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
PG_USER=onestop
PG_PASSWORD=onestop-test
PG_DB=onestop_test
PG_PORT=${ONESTOP_PG_PORT:-5432}

log() { echo "start_postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main -p "$PG_PORT" >&2
fi
conf_dir=/etc/postgresql/$version/main
# Loopback only, fixed port.
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf_dir/postgresql.conf"
sed -i "s/^#\?port = .*/port = $PG_PORT/" "$conf_dir/postgresql.conf"
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster $version/main on 127.0.0.1:$PG_PORT"
  pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
  su postgres -c "psql -p $PG_PORT -Atqc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done

su postgres -c "psql -p $PG_PORT -v ON_ERROR_STOP=1 -q" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB;
  END IF;
END \$\$;
SQL
if ! su postgres -c "psql -p $PG_PORT -Atqc \"select 1 from pg_database where datname='$PG_DB'\"" | grep -q 1; then
  su postgres -c "createdb -p $PG_PORT -O $PG_USER $PG_DB" >&2
fi

url="postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
if [[ "${1:-}" == "--export" ]]; then
  echo "export ONESTOP_TEST_PG_URL='$url'"
else
  echo "$url"
fi
