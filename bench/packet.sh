#!/usr/bin/env bash
# Delivery packet benchmark: `handover export` of one delivery point holding N
# verified signatures, on SQLite and PostgreSQL, in seconds and peak RSS.
#
# Baseline, measured in the same run on the same rows: the database's own
# client writing those rows as CSV (sqlite3 -csv, psql \copy). The ratio
# says what building the packet (names as chosen, CSV + print HTML + cover
# letter + manifest, hashing, deflate) costs over merely reading the rows.
#
#   bash bench/packet.sh                    # N = 100000 and 1000000
#   SIZES="10000" bash bench/packet.sh      # a quick run
#   PG_URL=postgres://postgres@127.0.0.1:5432 (default) picks the PostgreSQL server; PG_URL= skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"100000 1000000"}
pg_url=${PG_URL-postgres://postgres@127.0.0.1:5432}
cargo build --release -q
bin=$PWD/target/release/handover
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "seconds peak_rss_mb" for a command (its output discarded).
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

rows_sql() { # $1: SQL for "the i-th row's verified_at"
  cat <<SQL
INSERT INTO signatures (petition_id, delivery_point_id, name, email, country, city, name_in_packet, comment, state, created_at, verified_at, last_mailed_at)
SELECT p.id, d.id, '김민수 ' || i, 'signer' || i || '@example.org', 'KR', '서울',
       CASE i % 3 WHEN 0 THEN 'full' WHEN 1 THEN 'initials' ELSE 'anonymous' END,
       CASE WHEN i % 10 = 0 THEN '=comment ' || i ELSE '' END,
       'verified', $1, $1, $1
SQL
}
select_sql="SELECT s.id, s.name, s.city, s.country, s.verified_at, s.comment FROM signatures s JOIN delivery_points d ON d.id = s.delivery_point_id WHERE d.slug = 'seoul-embassy' AND s.state = 'verified' ORDER BY s.verified_at, s.id"

printf '| backend | signatures | handover export s | peak RSS MB | baseline (client CSV dump) s | baseline RSS MB | time ratio | ZIP MB |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for n in $sizes; do
  db="$work/packet-$n.db"
  DATABASE_URL="sqlite://$db" "$bin" demo >/dev/null 2>&1
  sqlite3 "$db" "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $n)
    $(rows_sql "datetime('2026-12-01 00:00:00', '+' || (i / 50) || ' seconds')")
    FROM seq, petitions p JOIN delivery_points d ON d.petition_id = p.id AND d.slug = 'seoul-embassy';"
  read -r t m < <(measure env DATABASE_URL="sqlite://$db" "$bin" export --petition north-korean-refugees --delivery-point seoul-embassy --out "$work/p.zip")
  size=$(du -m "$work/p.zip" | cut -f1)
  read -r bt bm < <(measure sqlite3 -csv "$db" "$select_sql")
  printf '| SQLite | %s | %s | %s | %s | %s | %.1f | %s |\n' "$n" "$t" "$m" "$bt" "$bm" "$(echo "$t / $bt" | bc -l)" "$size"
  rm -f "$db" "$work/p.zip"

  if [ -n "$pg_url" ] && psql "$pg_url/postgres" -qtAc 'SELECT 1' >/dev/null 2>&1; then
    name="handover_bench_packet_$n"
    psql "$pg_url/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -qc "CREATE DATABASE $name" >/dev/null
    DATABASE_URL="$pg_url/$name" "$bin" demo >/dev/null 2>&1
    psql "$pg_url/$name" -qc "$(rows_sql "TIMESTAMP '2026-12-01' + (i / 50) * INTERVAL '1 second'")
      FROM generate_series(1, $n) AS i, petitions p JOIN delivery_points d ON d.petition_id = p.id AND d.slug = 'seoul-embassy'" >/dev/null
    psql "$pg_url/$name" -qc "ANALYZE" >/dev/null
    read -r t m < <(measure env DATABASE_URL="$pg_url/$name" "$bin" export --petition north-korean-refugees --delivery-point seoul-embassy --out "$work/p.zip")
    size=$(du -m "$work/p.zip" | cut -f1)
    read -r bt bm < <(measure psql "$pg_url/$name" -qc "\\copy ($select_sql) TO '/dev/null' CSV")
    printf '| PostgreSQL | %s | %s | %s | %s | %s | %.1f | %s |\n' "$n" "$t" "$m" "$bt" "$bm" "$(echo "$t / $bt" | bc -l)" "$size"
    psql "$pg_url/postgres" -qc "DROP DATABASE $name WITH (FORCE)" >/dev/null
    rm -f "$work/p.zip"
  fi
done
