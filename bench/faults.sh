#!/usr/bin/env bash
# Issue #11's fault run: two replicas of the packaged service (production build) over Debian's PostgreSQL 15, retrying
# clients paying through both while FaultBench injects the faults (SIGTERM and kill -9 of a replica, a database restart,
# the database stopped 20 s). Then checks the database against what the clients were told: lost, doubled, receipt gaps.
# Usage: bench/faults.sh   (as root; installs PostgreSQL 15 if missing; leaves it as it found it)
#        bench/faults.sh replica A|B   (FaultBench's way to start one replica)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = replica ]; then
  source bench/common.sh
  case "$2" in
    A) port=8080 management=9000 ;;
    B) port=8082 management=9002 ;;
    *) echo "replica A or B" >&2; exit 2 ;;
  esac
  exec env $(service_env bpu_faults) QUARKUS_HTTP_PORT=$port BPU_MANAGEMENT_PORT=$management \
    java -Xmx512m -jar target/quarkus-app/quarkus-run.jar
fi

source bench/common.sh
start_postgres
fresh_database bpu_faults
cleanup() {
  pkill -f 'target/quarkus-app/quarkus-run.jar' 2>/dev/null || true
  restore_postgres
}
trap cleanup EXIT

build_with_issuer
mkdir -p target/faults
rm -f target/faults-*.log
javac -d target/bench-classes bench/EnrolmentBench.java bench/FaultBench.java

machine
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
