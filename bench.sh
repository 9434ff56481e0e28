#!/usr/bin/env bash
# Careway's benchmark (README, "Performance and scale"). Builds the release
# binary, then on loopback measures the ceiling (a bare static page), the
# limit for the work (a bare handler doing the plan page's reads and audit
# write) and Careway's own pages with wrk, on SQLite and on PostgreSQL.
#
#   ./bench.sh            # the demo dataset (about 2 minutes after the build)
#   ./bench.sh --scale    # then the large synthetic dataset too, each page
#                         # checked against its demo latency (at most 2x)
#
# BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test) names a
# PostgreSQL database beside which the benchmark creates its own.
# BENCH_DURATION (default 10) is the seconds per measurement.
set -uo pipefail
cd "$(dirname "$0")"
PG_URL="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
DURATION="${BENCH_DURATION:-10}"

if ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
cargo build --release -j2 -p server --bin careway-bench || exit 1
BIN=target/release/careway-bench
status=0

figures="$(mktemp -d)"
echo "== Demo dataset, SQLite"
"$BIN" --engine sqlite --duration "$DURATION" --save "$figures/sqlite.tsv" || status=1
echo "== Demo dataset, PostgreSQL"
BENCH_PG_URL="$PG_URL" "$BIN" --engine postgres --duration "$DURATION" --save "$figures/postgres.tsv" || status=1

if [ "${1:-}" = "--scale" ]; then
  dir="$(mktemp -d)"
  echo "== Large dataset, SQLite"
  "$BIN" seed-scale --database-url "sqlite://$dir/scale.db" || exit 1
  "$BIN" --database-url "sqlite://$dir/scale.db" --duration "$DURATION" --baseline "$figures/sqlite.tsv" || status=1
  rm -rf "$dir"
  echo "== Large dataset, PostgreSQL"
  db=careway_bench_scale
  psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" && psql "$PG_URL" -qc "CREATE DATABASE $db"
  scale_url="${PG_URL%/*}/$db"
  "$BIN" seed-scale --database-url "$scale_url" || exit 1
  "$BIN" --database-url "$scale_url" --duration "$DURATION" --baseline "$figures/postgres.tsv" || status=1
  psql "$PG_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
fi
rm -rf "$figures"
exit $status
