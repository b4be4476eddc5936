# A throwaway PostgreSQL cluster for the test suite: its own data directory under /tmp, loopback
# only, a free port, stopped (and deleted) when the calling script exits, also on failure.
# shellcheck shell=bash

PG_BIN=""
PG_DIR=""
PG_PORT=""

# Runs a PostgreSQL program as the `postgres` user when we are root (PostgreSQL refuses root).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
    PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -1)
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "PostgreSQL server programs not found under /usr/lib/postgresql" >&2
        return 1
    fi
    PG_DIR=$(mktemp -d /tmp/twofold-pg.XXXXXX)
    PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    [ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --no-sync >"$PG_DIR/initdb.log" ||
        { cat "$PG_DIR/initdb.log" >&2; return 1; }
    trap postgres_stop EXIT
    postgres_ctl start
    export TWOFOLD_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT"
    # For the outage test: commands that stop and start this cluster.
    local action
    for action in start stop; do
        {
            echo '#!/usr/bin/env bash'
            declare -f as_postgres postgres_ctl
            echo "PG_BIN='$PG_BIN' PG_DIR='$PG_DIR' PG_PORT='$PG_PORT'"
            echo "postgres_ctl $action"
        } >"$PG_DIR/$action"
        chmod +x "$PG_DIR/$action"
    done
    export TWOFOLD_TEST_PG_STOP="$PG_DIR/stop" TWOFOLD_TEST_PG_START="$PG_DIR/start"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

postgres_ctl() {
    case "$1" in
        start)
            as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start -o \
                "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" >/dev/null
            ;;
        stop)
            as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null
            ;;
    esac
}

# A new empty database on the cluster; prints its URL.
postgres_create_database() {
    as_postgres "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
        -c "CREATE DATABASE $1" >/dev/null
    echo "$TWOFOLD_TEST_POSTGRES/$1"
}

postgres_stop() {
    [ -n "$PG_DIR" ] || return 0
    postgres_ctl stop 2>/dev/null || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}
