#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
#
#   scripts/pg-cluster.sh start DIR [PORT]   initdb into DIR, start, create user+db `faro`;
#                                            prints DATABASE_URL on stdout (logs go to stderr)
#   scripts/pg-cluster.sh stop DIR           stop the cluster (DIR is left for you to remove)
#   scripts/pg-cluster.sh url DIR            print the DATABASE_URL of a running cluster
#
# PORT defaults to the first free port from 15432 on. The user `faro` (password `faro`) owns the
# database `faro` and has CREATEDB, so pytest-django can create `test_faro`.
#
# Durability: by default the cluster is tuned for tests (fsync, synchronous_commit and
# full_page_writes off: a crash loses the cluster, which is thrown away anyway). PG_DURABLE=1 keeps
# fsync, synchronous_commit and full_page_writes on, as a production server would; the benchmark
# uses that so a committed POST costs what it costs in production.
#
# PostgreSQL refuses to run as root: when run by root the cluster belongs to PG_OS_USER (default
# `postgres`, created by Debian's package) and every server command runs through runuser.
set -euo pipefail

PG_OS_USER=${PG_OS_USER:-postgres}
PG_DURABLE=${PG_DURABLE:-0}

die() {
    echo "pg-cluster: $*" >&2
    exit 1
}
log() { echo "pg-cluster: $*" >&2; }

find_bindir() {
    local dir
    if [[ -n ${PG_BINDIR:-} ]]; then
        echo "$PG_BINDIR"
        return
    fi
    # Debian's /usr/bin/pg_config may belong to libpq-dev only; prefer the newest server install.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x $dir/initdb && -x $dir/pg_ctl ]]; then
            echo "$dir"
            return
        fi
    done
    if command -v pg_config >/dev/null; then
        dir=$(pg_config --bindir)
        if [[ -x $dir/initdb ]]; then
            echo "$dir"
            return
        fi
    fi
    die "no PostgreSQL server binaries found (apt-get install postgresql)"
}

# Run a command as the cluster's owner: ourselves, or PG_OS_USER when we are root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

port_free() {
    # Any TCP socket using the port locally (a listener, or a client connection or TIME_WAIT
    # left by a load test) makes bind fail; without ss, at least nobody must listen there.
    if command -v ss >/dev/null; then
        [[ -z $(ss -Htan "( sport = :$1 )" 2>/dev/null) ]]
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

# The first free port from $1 on (below the kernel's ephemeral range, 32768+, by default, so
# client connections do not take it between this check and the server's bind).
pick_port() {
    local port=$1
    while ! port_free "$port"; do
        port=$((port + 1))
        ((port < $1 + 100)) || die "no free port in $1-$((port - 1))"
    done
    echo "$port"
}

url_of() {
    local dir=$1
    [[ -f $dir/port ]] || die "$dir holds no cluster started by this script"
    echo "postgres://faro:faro@127.0.0.1:$(cat "$dir/port")/faro"
}

cmd_start() {
    local dir=${1:-} port=${2:-}
    [[ -n $dir ]] || die "usage: $0 start DIR [PORT]"
    local bindir
    bindir=$(find_bindir)

    local auto_port=0
    if [[ -z $port ]]; then
        auto_port=1
        port=$(pick_port 15432)
    elif ! port_free "$port"; then
        die "port $port on 127.0.0.1 is taken"
    fi

    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ ! -e $dir/data ]] || die "$dir/data exists: stop it and remove $dir first"
    if [[ $(id -u) -eq 0 ]]; then
        id "$PG_OS_USER" >/dev/null 2>&1 ||
            die "user $PG_OS_USER does not exist (apt-get install postgresql creates it)"
        chown "$PG_OS_USER:" "$dir"
        chmod 700 "$dir"
        as_owner test -w "$dir" ||
            die "$PG_OS_USER cannot reach $dir: a parent folder is closed to others (pass a folder under /tmp, e.g. \$(mktemp -d) itself)"
    fi

    log "initdb in $dir/data ($bindir)"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 ||
        {
            cat "$dir/initdb.log" >&2
            die "initdb failed"
        }

    local durable
    if [[ $PG_DURABLE == 1 ]]; then
        durable="fsync = on
synchronous_commit = on
full_page_writes = on"
    else
        durable="fsync = off
synchronous_commit = off
full_page_writes = off"
    fi
    # Only TCP on 127.0.0.1 (password) and a private socket in DIR (trust, for this script).
    as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF

# --- pg-cluster.sh: throwaway cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 512MB
work_mem = 16MB
maintenance_work_mem = 512MB
effective_cache_size = 4GB
max_wal_size = 8GB
checkpoint_timeout = 30min
random_page_cost = 1.1
$durable
log_min_duration_statement = -1
logging_collector = off
CONF
    as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<HBA
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   scram-sha-256
HBA
    # The port goes on the command line (-o -p), so a retry on another port needs no edit.
    local tries=0
    while :; do
        echo "$port" >"$dir/port"
        log "starting on 127.0.0.1:$port (durable=$PG_DURABLE)"
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "-p $port" \
            -w -t 60 start >&2; then
            break
        fi
        tries=$((tries + 1))
        if ((auto_port)) && ((tries < 5)) && grep -q "could not bind" "$dir/postgres.log"; then
            log "port $port was taken meanwhile; trying another"
            port=$(pick_port $((port + 1)))
            continue
        fi
        cat "$dir/postgres.log" >&2 || true
        die "the server did not start"
    done
    echo "port = $port" | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
    as_owner "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        >&2 <<'SQL'
CREATE ROLE faro LOGIN PASSWORD 'faro' CREATEDB;
CREATE DATABASE faro OWNER faro;
SQL
    url_of "$dir"
}

cmd_stop() {
    local dir=${1:-}
    [[ -n $dir ]] || die "usage: $0 stop DIR"
    if [[ ! -f $dir/data/postmaster.pid ]]; then
        log "no running cluster in $dir"
        return 0
    fi
    local bindir
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >&2
}

case ${1:-} in
start) cmd_start "${2:-}" "${3:-}" ;;
stop) cmd_stop "${2:-}" ;;
url) url_of "${2:?usage: $0 url DIR}" ;;
*)
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
