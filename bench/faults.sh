#!/usr/bin/env bash
# Issue #11's fault run: two replicas of the packaged service (production build) over Debian's PostgreSQL 15, retrying
# clients paying through both while FaultBench injects the faults (SIGTERM and kill -9 of a replica, a database restart,
# the database stopped 20 s). Then checks the database against what the clients were told: lost, doubled, receipt gaps.
# Usage: bench/faults.sh   (as root; installs PostgreSQL 15 if missing; leaves it as it found it)
#        bench/faults.sh replica A|B   (FaultBench's way to start one replica)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = replica ]; then
  case "$2" in
    A) port=8080 management=9000 ;;
    B) port=8082 management=9002 ;;
    *) echo "replica A or B" >&2; exit 2 ;;
  esac
  export QUARKUS_HTTP_PORT=$port BPU_MANAGEMENT_PORT=$management \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bpu_faults QUARKUS_DATASOURCE_USERNAME=bpu_faults \
    QUARKUS_DATASOURCE_PASSWORD=bpu_faults BPU_NIK_HASH_KEY=bench-only-nik-hash-key-0123456789abcdef QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    BPU_JWT_ISSUER=https://bench.invalid BPU_JWT_AUDIENCE=bpu-service \
    BPU_JWT_PUBLIC_KEY_LOCATION="$PWD/target/bench-issuer/public.pem" \
    BPU_RATE_LIMIT_PER_MINUTE=100000000 BPU_RATE_LIMIT_BURST=100000000
  exec java -Xmx512m -jar target/quarkus-app/quarkus-run.jar
fi

command -v pg_ctlcluster >/dev/null || { apt-get update && apt-get install -y postgresql-15; }
was_online=""
pg_lsclusters -h | grep -q online && was_online=1
pg_lsclusters -h | grep -q online || pg_ctlcluster --skip-systemctl-redirect 15 main start
runuser -u postgres -- psql -q -c "drop database if exists bpu_faults" \
  -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bpu_faults') then
        create role bpu_faults login password 'bpu_faults'; end if; end \$\$;" \
  -c "create database bpu_faults owner bpu_faults"
cleanup() {
  pkill -f 'target/quarkus-app/quarkus-run.jar' 2>/dev/null || true
  if [ -z "$was_online" ]; then pg_ctlcluster --skip-systemctl-redirect 15 main stop || true
  else pg_ctlcluster --skip-systemctl-redirect 15 main start 2>/dev/null || true; fi
}
trap cleanup EXIT

./mvnw -q -B package -DskipTests -Dexternal-db
mkdir -p target/bench-issuer target/bench-classes target/faults
rm -f target/faults-*.log
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/bench-issuer/private.pem 2>/dev/null
openssl rsa -in target/bench-issuer/private.pem -pubout -out target/bench-issuer/public.pem 2>/dev/null
javac -d target/bench-classes bench/EnrolmentBench.java bench/FaultBench.java

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
java -cp target/bench-classes FaultBench target/bench-issuer/private.pem target/faults

# What the database holds against what the clients were told
psql_q() { runuser -u postgres -- psql -d bpu_faults -qAt -c "$1"; }
ids=$(paste -sd, target/faults/participants.txt | sed "s/[^,]*/'&'/g")
psql_q "select receipt_number from payment where participant_id in ($ids)" | sort > target/faults/stored.txt
sort target/faults/acknowledged.txt > target/faults/acknowledged.sorted
lost=$(comm -23 target/faults/acknowledged.sorted target/faults/stored.txt | wc -l)
untold=$(comm -13 target/faults/acknowledged.sorted target/faults/stored.txt | wc -l)
doubled=$(psql_q "select count(*) from (select participant_id, period, programme from contribution_line
  where participant_id in ($ids) group by 1, 2, 3 having count(*) > 1) d")
gaps=$(psql_q "select count(*) from (select series, day, last_serial, (select count(*) from payment
  where receipt_number like series || to_char(day, 'YYYYMMDD') || '-%') issued from receipt_counter) c
  where issued <> last_serial")
echo "database: $(wc -l < target/faults/stored.txt) payments stored; acknowledged but missing (lost): $lost;" \
  "stored but never acknowledged: $untold; a month paid twice: $doubled; receipt days with gaps: $gaps"
