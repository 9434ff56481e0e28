#!/usr/bin/env bash
# Careway's one test command. Runs every test: Rust unit and integration
# tests on SQLite and on PostgreSQL, and the browser sweep in Debian's
# Chromium on both. Installs what it needs (Chromium, the sweep's npm
# packages) and starts PostgreSQL if it is not running.
#
#   ./test.sh
#
# TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names a
# PostgreSQL database the tests may connect to; each test creates and uses
# its own database beside it.
set -euo pipefail
cd "$(dirname "$0")"

PG_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
PG_HOST=127.0.0.1
PG_PORT=5432
step() { printf '\n==> %s\n' "$*"; }

step "PostgreSQL"
if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
fi
pg_isready -h "$PG_HOST" -p "$PG_PORT"

drop_test_databases() {
  psql "$PG_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'careway_t_%' OR datname LIKE 'careway_e2e_%'" \
    | while read -r db; do [ -n "$db" ] && psql "$PG_URL" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"; done
}
drop_test_databases

step "Chromium"
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium
fi
/usr/bin/chromium --version

step "Browser test packages"
(cd end2end && npm ci --no-audit --no-fund --loglevel=error)

step "Build"
cargo build -j2 --workspace --all-targets

step "Rust tests on SQLite"
cargo test -j2 --workspace

step "Rust tests on PostgreSQL"
TEST_DATABASE_URL="$PG_URL" cargo test -j2 --workspace

step "Browser sweep on PostgreSQL"
E2E_DB="careway_e2e_$$"
psql "$PG_URL" -qc "CREATE DATABASE $E2E_DB"
(cd end2end && SWEEP_DISPLAYS=default E2E_DATABASE_URL="${PG_URL%/*}/$E2E_DB" node --test --test-concurrency=1 tests/sweep.test.js)
drop_test_databases

step "Browser sweep on SQLite, and the proof that the harness can fail"
(cd end2end && node --test --test-concurrency=1 tests/)
