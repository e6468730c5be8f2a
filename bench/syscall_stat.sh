#!/usr/bin/env bash
# Counts futex, madvise, mmap, munmap calls, TLB flushes and context switches
# of the main case's server (`handover serve` with its worker) for 6 s, 5 s
# into its run (BENCHMARKS.md, session 18). Needs `perf` and a release build.
#   bash bench/syscall_stat.sh [handover binary]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/handover}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
TURNS=1 DURATION=10 PG_URL= PHASES=main HANDOVER_BIN="$BIN" \
  BASELINE_BIN=target/release/examples/surge_baseline \
  target/release/examples/surge > "$out" 2>&1 &
surge=$!
pid=
for _ in $(seq 1 240); do
  pid=$(pgrep -f "^$BIN serve" | head -1 || true)
  [ -n "$pid" ] && break
  sleep 0.5
done
[ -n "$pid" ] || { echo "the main case's server never started" >&2; exit 1; }
sleep 5
perf stat -e 'syscalls:sys_enter_futex,syscalls:sys_enter_madvise,syscalls:sys_enter_mmap,syscalls:sys_enter_munmap,tlb:tlb_flush,context-switches,task-clock' \
  -p "$pid" -- sleep 6
wait "$surge"
grep -E "group commit|main case" "$out"
