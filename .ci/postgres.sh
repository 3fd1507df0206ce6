#!/usr/bin/env bash
# Installs (Debian package) and starts a throw-away PostgreSQL cluster on 127.0.0.1:25432 for the
# postgres-profile integration tests, and exports TEAMGATE_TEST_POSTGRES_URL for them.
# Stopped and removed when the calling script exits.

# Below Linux's ephemeral range (32768-60999): a port in it can be held by some client's connection
# in TIME_WAIT (a test run just before), and PostgreSQL then cannot listen on it.
PG_PORT=25432
PG_DATA=/tmp/teamgate-ci-postgres

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if [ -z "$(pg_bin)" ]; then
    echo "Installing PostgreSQL (Debian package)…"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin=$(pg_bin)
  rm -rf "$PG_DATA"; mkdir -p "$PG_DATA"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DATA"; fi
  as_pg "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust >/dev/null
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PG_DATA/server.log" -w start >/dev/null
  trap stop_postgres EXIT
  "$bin/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres \
    -c "create user teamgate password 'teamgate' createdb" \
    -c "create database teamgate_it owner teamgate" \
    -c "create database teamgate_it_side owner teamgate"
  export TEAMGATE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/teamgate_it"
  # A database of its own for CI's side track (.ci/side-track.sh), whose process tests run while verify's do.
  export TEAMGATE_TEST_POSTGRES_SIDE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/teamgate_it_side"
  export TEAMGATE_TEST_POSTGRES_USER=teamgate
  export TEAMGATE_TEST_POSTGRES_PASSWORD=teamgate
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$PG_PORT for the postgres-profile tests"
}

stop_postgres() {
  local bin; bin=$(pg_bin)
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DATA"
}
