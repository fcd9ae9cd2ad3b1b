#!/usr/bin/env bash
# Issue #16: two replicas of the packaged service over one database. A retry on the other replica replays the first
# answer (idempotency), an ETag from one is checked by the other, a bulk enrolment uploaded to one is processed once
# while both workers poll, and the event feed's positions stay unique. Prints what it checked; exits 1 on a breach.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
start_postgres
fresh_database bpu_replicas
build_with_issuer
replica() { # replica PORT MANAGEMENT_PORT LOG
  env $(service_env bpu_replicas) QUARKUS_HTTP_PORT=$1 BPU_MANAGEMENT_PORT=$2 BPU_ENROLMENT_POLL_EVERY=1s \
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$3" 2>&1 &
}
replica 8081 9001 target/replica-a.log; a=$!
until curl -sf -o /dev/null localhost:9001/q/health/ready; do sleep 0.2; done   # A migrates the schema
replica 8082 9002 target/replica-b.log; b=$!
trap 'kill $a $b 2>/dev/null || true; wait $a $b 2>/dev/null || true; restore_postgres' EXIT
until curl -sf -o /dev/null localhost:9002/q/health/ready; do sleep 0.2; done
token=$(java bench/EnrolmentBench.java token target/bench-issuer/private.pem)
call() { curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
fail() { echo "BREACH: $*"; exit 1; }

id=$(call -X POST localhost:8081/v1/participants -d '{"nik": "3216201708900001", "fullName": "Ahmad Fauzi",
  "birthDate": "1990-08-17", "sex": "MALE", "phone": "081234567890", "address": {"line": "Kp. Pulo",
  "regionCode": "32.16.20.2001"}, "occupation": "PETANI", "declaredIncome": 1000000,
  "programmes": ["JKK", "JKM"]}' | tee target/replicas-registration.json | jq -r .id)
[ "$id" != null ] || fail "registration on A: $(cat target/replicas-registration.json)"
amount=$(call "localhost:8082/v1/contribution-quotes?declaredIncome=1000000&occupation=PETANI" | jq .total)
key=$(cat /proc/sys/kernel/random/uuid)
pay='{"participantId": "'$id'", "months": 1, "amount": '$amount', "channel": "COUNTER"}'
first=$(call -X POST localhost:8081/v1/contributions/payments -H "Idempotency-Key: $key" -d "$pay" | jq -r .receiptNumber)
again=$(call -i -X POST localhost:8082/v1/contributions/payments -H "Idempotency-Key: $key" -d "$pay")
grep -qi "^idempotent-replayed: true" <<< "$again" || fail "the retry on B was not a replay: $first / $again"
[ "$(sed -n '$p' <<< "$again" | jq -r .receiptNumber)" = "$first" ] || fail "B answered another receipt"
echo "idempotency: a retry on replica B replayed A's receipt $first"

etag=$(call -si localhost:8081/v1/participants/$id | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
code=$(call -o /dev/null -w '%{http_code}' -X PATCH localhost:8082/v1/participants/$id -H "If-Match: $etag" \
  -H 'Content-Type: application/merge-patch+json' -d '{"phone": "081234567891"}')
[ "$code" = 200 ] || fail "B refused A's current ETag ($code)"
code=$(call -o /dev/null -w '%{http_code}' -X PATCH localhost:8081/v1/participants/$id -H "If-Match: $etag" \
  -H 'Content-Type: application/merge-patch+json' -d '{"phone": "081234567892"}')
[ "$code" = 412 ] || fail "A took a stale ETag ($code)"
echo "ETags: B accepted A's ETag $etag, then A refused it as stale (412)"

payer=$(call -X POST localhost:8081/v1/payers -d '{"type": "REGENCY", "fundingSource": "APBD",
  "name": "Pemerintah Kabupaten Bekasi", "regionCode": "32.16"}' | jq -r .id)
csv=target/replicas.csv
echo "nik,fullName,birthDate,sex,phone,email,addressLine,regionCode,occupation,declaredIncome" > $csv
for i in $(seq 1 2000); do
  printf '32162017089%05d,Pekerja %s,1990-08-17,MALE,0812%08d,,Dusun %d,32.16.20.2001,PETANI,1000000\n' \
    $((i + 1)) "$(tr 0-9 a-j <<< $i)" $i $((i % 97)) >> $csv
done
job=$(curl -s -X POST localhost:8081/v1/payers/$payer/enrolments -H "Authorization: Bearer $token" \
  -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" -H 'Content-Type: text/csv' --data-binary @$csv | jq -r .id)
until [ "$(call localhost:8082/v1/jobs/$job | jq -r .state)" = COMPLETED ]; do sleep 0.5; done
created=$(call localhost:8082/v1/jobs/$job | jq .created)
export PGPASSWORD=bpu_replicas
sql() { psql -qAt -h 127.0.0.1 -U bpu_replicas -d bpu_replicas -c "$1"; }
[ "$created" = 2000 ] || fail "the job created $created of 2000: $(call localhost:8082/v1/jobs/$job/rows?limit=1)"
[ "$(sql "select count(*) from participant where full_name like 'Pekerja %'")" = 2000 ] || fail "participants twice"
[ "$(sql "select count(*) from sponsorship where payer_id = '$payer'")" = 2000 ] || fail "sponsorships twice"
echo "jobs: 2,000 rows uploaded to A, processed once by the two workers (2,000 participants, 2,000 sponsorships)"
call "localhost:8082/v1/events?limit=1" > /dev/null  # a read sequences the feed
[ "$(sql "select count(*) = count(distinct position) from event where position is not null")" = t ] \
  || fail "two events share a feed position"
echo "events: $(sql "select count(*) from event") events, every feed position unique"
machine
