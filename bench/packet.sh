#!/usr/bin/env bash
# Delivery packet benchmark: `handover export` of one delivery point holding N
# verified signatures, on SQLite and PostgreSQL, in seconds and peak RSS.
#
# Baseline, measured in the same run on the same rows: the database's own
# client writing those rows as CSV (sqlite3 -csv, psql \copy). The ratio
# says what building the packet (names as chosen, CSV + HTML + the two PDFs
# typeset by Typst + cover letter + manifest, hashing, deflate) costs over
# merely reading the rows. "PDF pages" is signatures.pdf's page count (A4).
#
#   bash bench/packet.sh                    # N = 1000, 10000, 100000 and 1000000
#   SIZES="10000" bash bench/packet.sh      # a quick run
#   PG_URL=postgres://postgres@127.0.0.1:5432 (default) picks the PostgreSQL server; PG_URL= skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"1000 10000 100000 1000000"}
pg_url=${PG_URL-postgres://postgres@127.0.0.1:5432}
cargo build --release -q --bin handover --example packet_fill
bin=$PWD/target/release/handover
fill=$PWD/target/release/examples/packet_fill
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# PostgreSQL has no default key file: a throwaway key for the run.
pg_key=$(head -c 32 /dev/urandom | base64)

# Prints "seconds peak_rss_mb" for a command (its output discarded).
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

# The list's page count over all its PDF parts (pdfinfo, from poppler-utils).
pages_of() {
  local total=0 name pages
  for name in $(unzip -Z1 "$1" | grep '^signatures.*\.pdf$'); do
    unzip -p "$1" "$name" > "$work/s.pdf"
    pages=$(pdfinfo "$work/s.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    total=$((total + pages))
  done
  echo "$total"
}

# t / b, or "n/a" when the baseline took no measurable time.
ratio() { if [ "$(echo "$2 > 0" | bc)" = 1 ]; then printf '%.1f' "$(echo "$1 / $2" | bc -l)"; else echo n/a; fi; }

# The rows the packet reads: what it prints is sealed (`printed`), opened by
# the export and dumped as it is stored by the baseline.
select_sql="SELECT s.id, s.printed, s.country, s.verified_at FROM signatures s JOIN delivery_points d ON d.id = s.delivery_point_id WHERE d.slug = 'seoul-embassy' AND s.state = 'verified' ORDER BY s.verified_at, s.id"

printf '| backend | signatures | handover export s | peak RSS MB | baseline (client CSV dump) s | baseline RSS MB | time ratio | ZIP MB | PDF pages | handover freeze s | freeze RSS MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
# The freeze (issue 15) writes the same packet as version 1 with its Merkle
# tree (issue 17) inside one write transaction: on SQLite, how long signing
# for the other points waits.
export HANDOVER_BASE_URL=https://petition.example
for n in $sizes; do
  db="$work/packet-$n.db"
  DATABASE_URL="sqlite://$db" "$bin" demo >/dev/null 2>&1
  DATABASE_URL="sqlite://$db" "$fill" "$n" >/dev/null
  read -r t m < <(measure env DATABASE_URL="sqlite://$db" "$bin" export --petition north-korean-refugees --delivery-point seoul-embassy --out "$work/p.zip")
  size=$(du -m "$work/p.zip" | cut -f1)
  pages=$(pages_of "$work/p.zip")
  read -r bt bm < <(measure sqlite3 -csv "$db" "$select_sql")
  read -r ft fm < <(measure env DATABASE_URL="sqlite://$db" "$bin" freeze --petition north-korean-refugees --delivery-point seoul-embassy)
  printf '| SQLite | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$t" "$m" "$bt" "$bm" "$(ratio "$t" "$bt")" "$size" "$pages" "$ft" "$fm"
  rm -f "$db" "$work/p.zip"

  if [ -n "$pg_url" ] && psql "$pg_url/postgres" -qtAc 'SELECT 1' >/dev/null 2>&1; then
    name="handover_bench_packet_$n"
    psql "$pg_url/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -qc "CREATE DATABASE $name" >/dev/null
    DATABASE_URL="$pg_url/$name" HANDOVER_DATA_KEY="$pg_key" "$bin" demo >/dev/null 2>&1
    DATABASE_URL="$pg_url/$name" HANDOVER_DATA_KEY="$pg_key" "$fill" "$n" >/dev/null
    psql "$pg_url/$name" -qc "ANALYZE" >/dev/null
    read -r t m < <(measure env DATABASE_URL="$pg_url/$name" HANDOVER_DATA_KEY="$pg_key" "$bin" export --petition north-korean-refugees --delivery-point seoul-embassy --out "$work/p.zip")
    size=$(du -m "$work/p.zip" | cut -f1)
  pages=$(pages_of "$work/p.zip")
    read -r bt bm < <(measure psql "$pg_url/$name" -qc "\\copy ($select_sql) TO '/dev/null' CSV")
    read -r ft fm < <(measure env DATABASE_URL="$pg_url/$name" HANDOVER_DATA_KEY="$pg_key" "$bin" freeze --petition north-korean-refugees --delivery-point seoul-embassy)
    printf '| PostgreSQL | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$t" "$m" "$bt" "$bm" "$(ratio "$t" "$bt")" "$size" "$pages" "$ft" "$fm"
    psql "$pg_url/postgres" -qc "DROP DATABASE $name WITH (FORCE)" >/dev/null
    rm -f "$work/p.zip"
  fi
done
