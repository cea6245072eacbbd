#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server on loopback, for the store's Postgres tests.
#
#   scripts/with_postgres.sh [--install] COMMAND [ARG...]
#
# Starts a fresh cluster (initdb into a temporary folder, password auth, 127.0.0.1 only, on a
# free port), exports EVENTWIRE_TEST_POSTGRES=postgresql://eventwire:PASSWORD@127.0.0.1:PORT/eventwire
# for COMMAND, and stops the server and removes the folder when COMMAND ends, however it ends.
# The exit status is COMMAND's. When EVENTWIRE_TEST_POSTGRES is already set, COMMAND just runs
# with it, so wrapping twice (CI around `make test`) starts one server.
#
# PostgreSQL comes from Debian's `postgresql` package. With --install the script installs it
# when it is missing (apt-get, as root); without it, or when that fails, COMMAND runs without
# the server and the Postgres tests skip themselves.
set -euo pipefail

install=false
if [[ "${1:-}" == "--install" ]]; then
    install=true
    shift
fi
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [--install] COMMAND [ARG...]" >&2
    exit 2
fi

if [[ -n "${EVENTWIRE_TEST_POSTGRES:-}" ]]; then
    exec "$@"  # a server is already given (an outer with_postgres.sh, or the developer's own)
fi

find_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
        echo "$dir"
    elif command -v pg_config >/dev/null && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        pg_config --bindir
    elif command -v initdb >/dev/null; then
        dirname "$(command -v initdb)"
    fi
}

bindir=$(find_bindir)
if [[ -z "$bindir" ]] && $install && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "with_postgres: installing PostgreSQL (apt-get install postgresql)" >&2
    # The package's own cluster may fail to start where there is no init system; ours does not need it.
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
        || echo "with_postgres: apt-get install postgresql failed" >&2
    bindir=$(find_bindir)
fi
if [[ -z "$bindir" ]]; then
    echo "with_postgres: PostgreSQL is not installed: running without it (the Postgres tests will skip)" >&2
    exec "$@"
fi

# initdb and postgres refuse to run as root: run the server as the `postgres` system user then.
as_server_user() { "$@"; }
owner=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "with_postgres: running as root and there is no 'postgres' user to run the server as" >&2
        exit 1
    fi
    owner=postgres
    as_server_user() { runuser -u postgres -- "$@"; }
fi

# In /tmp, not $TMPDIR: the server user must be able to reach the folder.
base=$(mktemp -d /tmp/eventwire-pg.XXXXXX)
chmod 700 "$base"
chown "$owner" "$base"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
user=eventwire

stop_server() {
    local status=$?
    as_server_user "$bindir/pg_ctl" -D "$base/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$base"
    exit "$status"
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

printf '%s\n' "$password" > "$base/password"
chown "$owner" "$base/password"
as_server_user "$bindir/initdb" -D "$base/data" -U "$user" --pwfile="$base/password" \
    --auth=scram-sha-256 -E UTF8 --no-locale --no-sync >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; exit 1; }
# A throwaway cluster: durability settings off for speed; loopback only; the socket in our folder.
if ! as_server_user "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
    -o "-k $base -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null; then
    cat "$base/server.log" >&2
    exit 1
fi
PGPASSWORD="$password" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" eventwire

export EVENTWIRE_TEST_POSTGRES="postgresql://$user:$password@127.0.0.1:$port/eventwire"
echo "with_postgres: PostgreSQL $("$bindir/postgres" --version | awk "{print \$3}") on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit "$status"
