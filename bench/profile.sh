#!/usr/bin/env bash
# A CPU profile of one surge phase on SQLite, as BENCHMARKS.md reports them:
# perf samples every thread of the machine for PERF_SECS (6) once the
# server of that phase is up, then prints the share per thread name.
#
#   bash bench/profile.sh sign   # serve --no-worker signing (PHASES=sign)
#   bash bench/profile.sh main   # serve with its worker (the main case)
#   perf report -i target/profile-sign.data --no-children --sort sym --stdio -g none
#
# Needs `perf` (apt-get install linux-perf). Release builds carry no frame
# pointers: read the profile by symbol, not by call graph.
set -euo pipefail
cd "$(dirname "$0")/.."
phase=${1:-sign}
case "$phase" in
  sign) phases=sign; want_no_worker=1 ;;
  main) phases=main; want_no_worker=0 ;;
  *) echo "usage: bash bench/profile.sh sign|main" >&2; exit 2 ;;
esac
cargo build --release -q --bin handover --example surge --example surge_baseline
bin=$PWD/target/release/handover
out=target/profile-$phase
PHASES=$phases DURATION=${DURATION:-10} PG_URL= HANDOVER_BIN="$bin" \
  BASELINE_BIN=target/release/examples/surge_baseline \
  target/release/examples/surge > "$out.txt" 2>/dev/null &
bench=$!
# The phase's server: `handover serve`, with or without HANDOVER_NO_WORKER.
pid=""
while [ -z "$pid" ] && kill -0 "$bench" 2>/dev/null; do
  for p in $(pgrep -f "$bin serve" || true); do
    if tr '\0' '\n' < "/proc/$p/environ" 2>/dev/null | grep -q '^HANDOVER_NO_WORKER='; then
      [ "$want_no_worker" = 1 ] && pid=$p
    else
      [ "$want_no_worker" = 0 ] && pid=$p
    fi
  done
  sleep 0.1
done
[ -n "$pid" ] || { echo "the $phase server never started" >&2; exit 1; }
sleep 2 # the load generator fetches the form and starts
perf record -e cpu-clock -F 999 -a -g -o "$out.data" -- sleep "${PERF_SECS:-6}" > /dev/null 2>&1
wait "$bench"
cat "$out.txt"
perf report -i "$out.data" --no-children --sort comm --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -8
