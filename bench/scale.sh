#!/usr/bin/env bash
# Issue #16: the list, statistics, invoice and statement endpoints at 100,000 and at 1,000,000 participants (with
# payments and sponsorships in the regency's proportions, see scale.sql), on Debian's PostgreSQL 15 and the packaged
# service. Prints the median of 3 calls of each, per size. Run from the project folder: bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
start_postgres
fresh_database bpu_scale
build_with_issuer
BENCH_HEAP=${BENCH_HEAP:-8g} start_service bpu_scale target/bench-scale.log
export PGPASSWORD=bpu_scale
psql() { command psql -q -h 127.0.0.1 -U bpu_scale -d bpu_scale "$@"; }
payer=01000000-0000-7000-8000-00000000b216
october=01000000-0000-7000-8000-0000000a1026
november=01000000-0000-7000-8000-0000000a1126
psql -c "insert into payer (id, type, funding_source, name, region_code, created_at, domicile_required)
  values ('$payer', 'REGENCY', 'APBD', 'Pemerintah Kabupaten Bekasi (bench)', '32.16', now(), true);
  insert into payer_payment (id, payer_id, transfer_reference, months, amount, settled_amount, credit, unsettled,
                             paid_at)
  values ('$october', '$payer', 'SP2D-2026-10', '{2026-10-01}', 1, 1, 0, '[]', '2026-10-05 11:00+07'),
         ('$november', '$payer', 'SP2D-2026-11', '{2026-11-01}', 1, 1, 0, '[]', '2026-11-05 11:00+07');"
token=$(java bench/EnrolmentBench.java token target/bench-issuer/private.pem)
measure() {
  local name=$1 url=$2
  for _ in 1 2 3; do
    curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -H "Authorization: Bearer $token" \
      -H 'Accept: application/json' "$url"
  done | sort -n | awk -v n="$name" '{t[NR] = $1; if ($2 != 200) bad = bad " " $2}
    END {printf "  %-44s %8.0f ms%s\n", n, t[int((NR + 1) / 2)] * 1000, bad ? "  (answers:" bad ")" : ""}'
}
loaded=0
for size in 100000 1000000; do
  started=$(date +%s)
  psql -v from=$loaded -v n=$((size - loaded)) -v payer=$payer -v october=$october -v november=$november \
    -f bench/scale.sql 2>&1 | grep -v 'only superuser can analyze' || true
  echo "loaded $size participants in $(( $(date +%s) - started )) s (database $(psql -Atc "select pg_size_pretty(pg_database_size('bpu_scale'))"))"
  loaded=$size
  one=$(psql -Atc "select id from participant where status = 'ACTIVE' order by id desc limit 1")
  measure "list, first page of 200" "localhost:8080/v1/participants?limit=200"
  measure "list, one village's ACTIVE, 200" "localhost:8080/v1/participants?regionCode=32.16.20.2001&status=ACTIVE&limit=200"
  measure "statement of one participant" "localhost:8080/v1/participants/$one/contributions"
  measure "regency invoice 2026-12 (30 % sponsored)" "localhost:8080/v1/payers/$payer/invoices/2026-12"
  measure "statistics 2026-12, 23 districts" "localhost:8080/v1/stats/coverage?month=2026-12&regionCode=32.16"
  measure "statistics 2026-12, the regency's" "localhost:8080/v1/stats/coverage?month=2026-12&payerId=$payer"
done
machine
