#!/usr/bin/env bash
# The surge benchmark (issue "Performance"): first the main case, `handover
# serve` with its mail worker in the same process, against a group-commit
# baseline; then a paced rally, the whole cycle (sign, mail, confirm), an
# expiry storm, and sign, read, mail, confirm, on SQLite and PostgreSQL,
# each against baselines measured in the same run (a minimal actix-web
# handler inserting one row per transaction, and the same handler committing
# queued rows in groups). See examples/surge.rs for each phase.
#
#   bash bench/surge.sh                   # 20 s per phase, 64 connections
#   DURATION=5 bash bench/surge.sh        # a quick run
#   PG_URL= bash bench/surge.sh           # SQLite only
#   SQLITE=off bash bench/surge.sh        # PostgreSQL only
#   MAIN_ONLY=1 bash bench/surge.sh       # baselines and the main case only
#   PHASES=rally,storm bash bench/surge.sh # the main case, then the phases named
#   RALLY_RATE=, RALLY_SECS=, CYCLE_RATES="2000 4000", CYCLE_SECS=,
#   STORM_ROWS=, STORM_EXPIRING= change those phases (see examples/surge.rs)
#   PG_URL=postgres://postgres@127.0.0.1:5432 (default) picks the server.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q --bin handover --example surge --example surge_baseline
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
echo "DURATION=${DURATION:-20} CONNS=${CONNS:-64}"
HANDOVER_BIN=target/release/handover \
BASELINE_BIN=target/release/examples/surge_baseline \
  target/release/examples/surge
