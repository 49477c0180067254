# shellcheck shell=bash disable=SC2034
# PostgreSQL: a throwaway cluster run by the `postgres` system user. Sourced.

PG_PORT=${SERVICES_PG_PORT:-55432}
PG_USER=invoices
PG_PASSWORD=invoices
PG_URL="postgresql+psycopg://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/invoices"
PG_OS_USER=postgres

pg_paths() {
  PG_HOME="$(services_dir)/postgres"
  PG_DATA="$PG_HOME/data"
  PG_RUN="$PG_HOME/run"
  PG_LOG="$PG_HOME/postgres.log"
}

# Newest /usr/lib/postgresql/*/bin that has initdb and pg_ctl.
pg_bin() {
  local dir
  dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  [[ -n $dir && -x $dir/initdb && -x $dir/pg_ctl ]] && printf '%s\n' "$dir"
}

postgres_running() {
  pg_paths
  local bin
  bin="$(pg_bin)" || return 1
  pid_alive "$PG_DATA/postmaster.pid" "$bin/postgres" &&
    as_user "$PG_OS_USER" "$bin/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

postgres_psql() {
  as_user "$PG_OS_USER" "$(pg_bin)/psql" -h "$PG_RUN" -p "$PG_PORT" -U postgres \
    -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

postgres_up() {
  pg_bin >/dev/null || apt_install postgresql
  local bin
  bin="$(pg_bin)" || die "postgres: initdb/pg_ctl not found under /usr/lib/postgresql/*/bin"
  ensure_user "$PG_OS_USER"
  pg_paths
  if ! postgres_running; then
    port_open "$PG_PORT" && fail_with_log postgres "$PG_LOG" "port $PG_PORT is taken by another process"
    mkdir -p "$PG_RUN" && touch "$PG_LOG"
    own "$PG_OS_USER" "$PG_HOME"
    if [[ ! -s $PG_DATA/PG_VERSION ]]; then
      log "postgres: initdb $PG_DATA"
      as_user "$PG_OS_USER" "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >>"$PG_LOG" 2>&1 ||
        fail_with_log postgres "$PG_LOG" "initdb failed"
    fi
    log "postgres: starting on 127.0.0.1:$PG_PORT"
    # fsync off: a disposable test cluster, speed matters more than durability.
    as_user "$PG_OS_USER" setsid "$bin/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_RUN -c fsync=off" \
      </dev/null >&2 || fail_with_log postgres "$PG_LOG" "pg_ctl start failed"
  fi
  local i
  for ((i = 0; i < 60; i++)); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
  done
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || fail_with_log postgres "$PG_LOG" "not ready"
  postgres_bootstrap || fail_with_log postgres "$PG_LOG" "could not create role/databases"
  printf 'postgres %s\n' "$PG_URL"
}

# Role and databases, created only when missing.
postgres_bootstrap() {
  if [[ -z "$(postgres_psql -c "select 1 from pg_roles where rolname = '$PG_USER'")" ]]; then
    postgres_psql -c "create role $PG_USER login password '$PG_PASSWORD'"
  fi
  # CREATEDB: the PostgreSQL tests create a fresh database per test.
  if [[ -z "$(postgres_psql -c "select 1 from pg_roles where rolname = '$PG_USER' and rolcreatedb")" ]]; then
    postgres_psql -c "alter role $PG_USER createdb"
  fi
  local db
  for db in invoices invoices_test; do
    if [[ -z "$(postgres_psql -c "select 1 from pg_database where datname = '$db'")" ]]; then
      log "postgres: creating database $db"
      postgres_psql -c "create database $db owner $PG_USER"
    fi
  done
}

postgres_down() {
  postgres_running || return 0
  log "postgres: stopping"
  as_user "$PG_OS_USER" "$(pg_bin)/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null
}

postgres_env() {
  printf 'export INVOICES_TEST_POSTGRES_URL=%q\n' "$PG_URL"
}
