#!/usr/bin/env bash
# Issue #18: bpu-service and its ceilings side by side, in one run, on Debian's PostgreSQL 15 (installed if missing).
#  - the framework and one-row ceilings: bench/ceiling, a Quarkus app with the same platform, extensions and JWT check
#    that answers a fixed quote and reads one row of a 15-column table with Panache;
#  - the database ceiling: pgbench replaying a payment's own SQL (bench/payment.pgbench, captured from the service);
#  - the bulk ceiling: PostgreSQL COPY of the same participant rows; the invoice's: COPY of the same lines out.
# Every HTTP figure is wrk (2 threads x 32 connections) for BENCH_SECONDS (20) after BENCH_WARMUP_SECONDS (20) of
# warm-up, three times; the
# table shows the median and the range. CPU per request is the service's (or PostgreSQL's) CPU time over the run
# divided by the requests. Usage: bench/run.sh   (BENCH_SECONDS=5 for a quick look)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP_SECONDS:-20}
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
start_postgres
fresh_database bpu_bench
fresh_database bpu_ceiling
export PGPASSWORD=bpu_bench
psql() { command psql -q -h 127.0.0.1 -U bpu_bench -d bpu_bench "$@"; }
tick_ms=$((1000 / $(getconf CLK_TCK)))
platform=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)

build_with_issuer
./mvnw -q -B -f bench/ceiling/pom.xml package -Dquarkus.platform.version="$platform"
token=$(java bench/EnrolmentBench.java token target/bench-issuer/private.pem)

cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pg_cpu() { local sum=0; for p in $(pgrep -u postgres postgres); do sum=$((sum + $(cpu_of "$p" 2>/dev/null || echo 0))); done
  echo $sum; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# measure NAME PID URL [SCRIPT ARGS...]: a warm-up, then three runs of wrk (with the Lua SCRIPT and its ARGS), each
# appending "NAME req/s p50 p99 service-CPU-ms/request PostgreSQL-CPU-ms/request non-2xx" to $results
results=target/bench-results.txt
: > "$results"
measure() {
  local name=$1 pid=$2 url=$3
  shift 3
  local script=()
  if [ $# -gt 0 ]; then script=(-s "$1" "$url" -- "${@:2}"); else script=("$url"); fi
  wrk -t2 -c32 -d"${warmup}"s -H "Authorization: Bearer $token" "${script[@]}" > /dev/null
  for _ in 1 2 3; do
    local c0 p0 c1 p1 out
    c0=$(cpu_of "$pid"); p0=$(pg_cpu)
    out=$(wrk -t2 -c32 -d"${seconds}"s --latency -H "Authorization: Bearer $token" "${script[@]}")
    c1=$(cpu_of "$pid"); p1=$(pg_cpu)
    echo "$out" | awk -v n="$name" -v cpu=$(((c1 - c0) * tick_ms)) -v pg=$(((p1 - p0) * tick_ms)) '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      / 50%/ {p50 = ms($2)} / 99%/ {p99 = ms($2)} /requests in/ {req = $1} /Requests\/sec/ {rps = $2}
      /Non-2xx/ {bad = $NF}
      END {printf "%s %.0f %.2f %.2f %.3f %.3f %d\n", n, rps, p50, p99, cpu / req, pg / req, bad}' >> "$results"
  done
}

# restart_ms PORT COMMAND...: launch to ready of a restart (the schema migrated already), in ms
restart_ms() {
  local port=$1 t0 p
  shift
  t0=$(date +%s%N)
  "$@" > /dev/null 2>&1 &
  p=$!
  until curl -sf -o /dev/null "localhost:$port/q/health/ready"; do sleep 0.05; done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$p"; wait "$p" 2>/dev/null || true
}
ceiling_env=(env QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bpu_ceiling QUARKUS_DATASOURCE_USERNAME=bpu_ceiling
  QUARKUS_DATASOURCE_PASSWORD=bpu_ceiling BPU_JWT_ISSUER=https://bench.invalid BPU_JWT_AUDIENCE=bpu-service
  BPU_JWT_PUBLIC_KEY_LOCATION=$PWD/target/bench-issuer/public.pem)

# the ceiling app (its first start migrates its table)
"${ceiling_env[@]}" java -Xmx${BENCH_HEAP:-1g} -jar bench/ceiling/target/quarkus-app/quarkus-run.jar \
  > target/bench-ceiling.log 2>&1 &
ceiling=$!
trap 'kill "$ceiling" 2>/dev/null || true; restore_postgres' EXIT
until curl -sf -o /dev/null localhost:9090/q/health/ready; do sleep 0.05; done
measure ceiling-quote "$ceiling" "http://localhost:8090/ceiling/quote?declaredIncome=1000000"
measure ceiling-row "$ceiling" "http://localhost:8090" bench/wrk/read.lua "/ceiling/rows/%s" 100000
ceiling_rss=$(rss_mb "$ceiling")
kill "$ceiling"; wait "$ceiling" 2>/dev/null || true
ceiling_ready=$(restart_ms 9090 "${ceiling_env[@]}" java -Xmx${BENCH_HEAP:-1g} -jar bench/ceiling/target/quarkus-app/quarkus-run.jar)

# the product on the regency's data (bench/scale.sql: 100,000 participants); its first start migrates the schema
start_service bpu_bench target/bench-service.log
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; restore_postgres' EXIT
payer=01000000-0000-7000-8000-00000000b216
psql -c "insert into payer (id, type, funding_source, name, region_code, created_at, domicile_required)
  values ('$payer', 'REGENCY', 'APBD', 'Pemerintah Kabupaten Bekasi (bench)', '32.16', now(), true);
  insert into payer_payment (id, payer_id, transfer_reference, months, amount, settled_amount, credit, unsettled,
                             paid_at)
  values ('01000000-0000-7000-8000-0000000a1026', '$payer', 'SP2D-2026-10', '{2026-10-01}', 1, 1, 0, '[]', now()),
         ('01000000-0000-7000-8000-0000000a1126', '$payer', 'SP2D-2026-11', '{2026-11-01}', 1, 1, 0, '[]', now());"
# this month's invoice notice of the scale payer was told already, as in any steady month (else the hourly notice
# job would build its 30,000-line invoice in the middle of a measurement)
psql -c "insert into invoice_notice (payer_id, month) values ('$payer', date_trunc('month', now() at time zone 'Asia/Jakarta'))"
psql -v from=0 -v n=100000 -v payer=$payer -v october=01000000-0000-7000-8000-0000000a1026 \
  -v november=01000000-0000-7000-8000-0000000a1126 -f bench/scale.sql 2>&1 | grep -v 'only superuser can analyze' || true
# what the next month costs a participant who paid through this one: the refusal of Rp1 says
amount=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" localhost:8080/v1/contributions/payments \
  -d '{"participantId":"00000003-0000-7000-8000-000000000003","months":1,"amount":1,"channel":"COUNTER"}' \
  | sed -n 's/.*expected \([0-9]*\).*/\1/p')

# statements per operation, from the server's own log of one call each: the statements of the transactions whose
# parameters name NEEDLE (the participant), so the scheduler's own work in the meantime is not counted
pglog=$(ls -t /var/log/postgresql/postgresql-15-main.log | head -1)
statements() {
  local needle=$1 mark
  shift
  runuser -u postgres -- psql -qc "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
  sleep 0.5
  mark=$(wc -l < "$pglog")
  "$@" > /dev/null
  sleep 0.5
  runuser -u postgres -- psql -qc "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
  tail -n +"$((mark + 1))" "$pglog" | awk -v needle="$needle" '
    match($0, /\[[0-9]+\] bpu_bench@/) {
      pid = substr($0, RSTART + 1, RLENGTH - 12)
      if ($0 ~ /(statement|execute [^:]*): BEGIN/) { n[pid] = 0; hit[pid] = 0; next }
      if ($0 ~ /(statement|execute [^:]*): COMMIT/) { if (hit[pid]) total += n[pid]; n[pid] = 0; hit[pid] = 0; next }
      if ($0 ~ /LOG:  execute/) n[pid]++
      if (index($0, needle)) hit[pid] = 1
    }
    END { print total + 0 }'
}
call() { curl -s -H "Authorization: Bearer $token" "$@"; }
one=00000017-0000-7000-8000-000000000017  # i = 23: paid October to December

measure quote "$service" "http://localhost:8080/v1/contribution-quotes?declaredIncome=1000000"
measure read "$service" "http://localhost:8080" bench/wrk/read.lua "/v1/participants/%s" 100000
measure statement "$service" "http://localhost:8080" bench/wrk/read.lua "/v1/participants/%s/contributions" 100000
# 20,000 participants paid up to this month, each thread its own half; round and round, each pays its next month
measure payment "$service" http://localhost:8080/v1/contributions/payments bench/wrk/pay.lua "$amount" 20000
# counted on warm connections (a fresh one first asks the catalogue about the columns it reads)
st_read=$(statements "$one" call "localhost:8080/v1/participants/$one")
st_statement=$(statements "$one" call "localhost:8080/v1/participants/$one/contributions")
st_payment=$(statements "$one" call -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  localhost:8080/v1/contributions/payments \
  -d "{\"participantId\":\"$one\",\"months\":1,\"amount\":$amount,\"channel\":\"COUNTER\"}")
product_rss=$(rss_mb "$service")

# pgbench: the payment's SQL with nothing around it, on the same database (after the product's payments: its lines
# fall in the year 3000, out of every later reader's way)
pgbench_tps=()
pgbench_pg=()
for run in 1 2 3; do
  p0=$(pg_cpu)
  out=$(PGPASSWORD=bpu_bench command pgbench -h 127.0.0.1 -U bpu_bench -n -M extended -c 32 -j 2 -T "$seconds" \
    -f bench/payment.pgbench bpu_bench 2>/dev/null)
  p1=$(pg_cpu)
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  n=$(echo "$out" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
  echo "pgbench-payment ${tps%.*} 0 0 0 $(awk -v c=$(((p1 - p0) * tick_ms)) -v n="$n" 'BEGIN {printf "%.3f", c / n}') 0" \
    >> "$results"
done

# bulk enrolment of 100,000 CSV rows and the invoice of those 100,000 lines (bench/EnrolmentBench.java)
java bench/EnrolmentBench.java http://localhost:8080 100000 target/bench-issuer/private.pem | tee target/bench-enrolment.txt
enrol_rps=$(sed -n 's/.* = \([0-9,]*\) rows\/s/\1/p' target/bench-enrolment.txt | tr -d ,)
invoice_ms=$(sed -n 's/.*ms first, \([0-9,]*\) ms median.*/\1/p' target/bench-enrolment.txt | tr -d ,)
bench_payer=$(sed -n 's/^payer: //p' target/bench-enrolment.txt)
product_rss_after=$(rss_mb "$service")
kill "$service"; wait "$service" 2>/dev/null || true
product_ready=$(restart_ms 9000 env $(service_env bpu_bench) java -Xmx${BENCH_HEAP:-1g} -jar target/quarkus-app/quarkus-run.jar)

# the COPY ceilings: the same participant rows into a copy of the table (its indexes too), and the invoice's lines out
psql -c "\\copy (select p.* from participant p join sponsorship s on s.participant_id = p.id
                   where s.payer_id = '$bench_payer') to 'target/bench-participants.copy'"
psql -c "create table copy_ceiling (like participant including all)"
copy_start=$(date +%s%N)
psql -c "\\copy copy_ceiling from 'target/bench-participants.copy'"
copy_ms=$(( ($(date +%s%N) - copy_start) / 1000000 ))
copy_rows=$(psql -Atc "select count(*) from copy_ceiling")
month=$(TZ=Asia/Jakarta date +%Y-%m-01)
copy_out_start=$(date +%s%N)
psql -c "\\copy (select p.id, p.membership_number, p.region_code, s.programmes, cl.programme, cl.income_basis, cl.gross,
                     cl.discount, cl.net, pay.receipt_number
                from sponsorship s join participant p on p.id = s.participant_id
                left join contribution_line cl on cl.participant_id = p.id and cl.period = '$month'
                left join payment pay on pay.id = cl.payment_id
               where s.payer_id = '$bench_payer' order by p.membership_number) to '/dev/null'"
copy_out_ms=$(( ($(date +%s%N) - copy_out_start) / 1000000 ))

# the table: the median of three runs and their range, and the ratio of the medians to the ceiling's
median() { grep "^$1 " "$results" | awk -v f="$2" '{print $f}' | sort -n | sed -n 2p; }
range() { grep "^$1 " "$results" | awk -v f="$2" '{print $f}' | sort -n | sed -n '1p;3p' | paste -sd- ; }
row() { # operation name ceiling goal
  local r c
  r=$(median "$2" 2); c=$(median "$3" 2)
  printf "| %s | %s req/s (%s) | %s / %s ms | %s + %s ms | %s (%s) | %s %% | ≥ %s %% |\n" "$1" "$r" "$(range "$2" 2)" \
    "$(median "$2" 3)" "$(median "$2" 4)" "$(median "$2" 5)" "$(median "$2" 6)" "$c" "$(range "$3" 2)" \
    "$(awk -v a="$r" -v b="$c" 'BEGIN {printf "%.0f", 100 * a / b}')" "$4"
}
echo
echo "| operation | product | p50 / p99 | CPU per request: service + PostgreSQL | ceiling | ratio | goal |"
echo "|---|---|---|---|---|---|---|"
row "quote (JWT, no database)" quote ceiling-quote 90
row "read one participant (officer)" read ceiling-row 50
row "statement" statement ceiling-row 50
row "payment, 1 month" payment pgbench-payment 60
awk -v r="$enrol_rps" -v c="$copy_rows" -v ms="$copy_ms" 'BEGIN {printf "| bulk enrolment, 100k CSV rows | %s rows/s | | | COPY: %.0f rows/s (%d ms) | %.0f %% | ≥ 33 %% |\n", r, c / ms * 1000, ms, 100 * r / (c / ms * 1000)}'
awk -v i="$invoice_ms" -v c="$copy_out_ms" 'BEGIN {printf "| invoice of 100k lines (JSON) | %s ms (median of 5) | | | COPY out: %d ms | %.1f× | ≤ 3× |\n", i, c, i / c}'
awk -v p="$product_ready" -v c="$ceiling_ready" 'BEGIN {printf "| start to ready (a restart) | %d ms | | | %d ms | %.0f %% | ≤ 110 %% |\n", p, c, 100 * p / c}'
awk -v p="$product_rss_after" -v q="$product_rss" -v c="$ceiling_rss" 'BEGIN {printf "| RSS after the load runs | %d MB (%d MB before the enrolment) | | | %d MB | %.0f %% | ≤ 120 %% |\n", p, q, c, 100 * p / c}'
echo
echo "statements per operation (server log, one call each, BEGIN/COMMIT not counted): read $st_read," \
  "statement $st_statement, payment $st_payment; pgbench-payment $(grep -c ';$\|\\gset$' bench/payment.pgbench)" \
  "(BEGIN and COMMIT included)"
echo "wrk 2 threads x 32 connections, ${seconds} s after ${warmup} s of warm-up, 3 runs; JVM heap ${BENCH_HEAP:-1g}"
machine
