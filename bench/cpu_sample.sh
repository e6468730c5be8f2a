#!/usr/bin/env bash
# Samples CPU ticks (for BENCHMARKS.md's CPU per mail and per signature)
# Usage: bash bench/cpu_sample.sh target/release/handover > cpu.log & (run surge, then kill it).
# Samples CPU ticks (utime+stime, 1/100 s) of every process of binary $1 every 0.5 s.
BIN=$1; T0=$(date +%s.%N)
while true; do
  now=$(date +%s.%N)
  for p in $(pgrep -f "^$BIN "); do
    st=$(cat /proc/$p/stat 2>/dev/null) || continue
    args=$(tr '\0' ' ' < /proc/$p/cmdline 2>/dev/null | awk '{print $2}')
    set -- $(echo "$st" | sed 's/.*) //')
    # after "comm) ": field 3 is state; utime is field 14 overall -> index 12 here
    echo "$(echo "$now - $T0" | bc) $p $args ${12} ${13}"
  done
  sleep 0.5
done
