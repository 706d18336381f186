#!/usr/bin/env bash
# Start `make run` as a newcomer would (fresh SQLite file), wait until it answers, fetch the home
# page, the admin login, the API docs and the health check, and check that the worker started.
# Used by CI; stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
# A free port unless one is given: a server left running elsewhere must not answer for this one.
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
work=$(mktemp -d)
log="$work/run.log"
export SQLITE_PATH="$work/faro.sqlite3"

setsid make run PORT="$port" >"$log" 2>&1 </dev/null &
runner=$!
stop() {
    kill -INT -- -"$runner" 2>/dev/null || true  # as Ctrl-C would
    wait "$runner" 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT

for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
done
for path in / /accounts/login/ /admin/login/ /api/docs/ /api/schema/ /healthz; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")
    echo "GET $path -> $code"
    [[ $code == 200 ]] || { cat "$log"; exit 1; }
done
grep -q "faro-demo-2026" "$log" || { echo "demo logins were not printed"; cat "$log"; exit 1; }
sleep 2
grep -qi "cluster.*start\|Q Cluster" "$log" || { echo "the django-q2 worker did not start"; cat "$log"; exit 1; }
echo "make run: web server and worker up, pages served"
