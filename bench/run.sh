#!/usr/bin/env bash
# Issue #4's benchmark: the packaged service (production build, no embedded database) on Debian's PostgreSQL 15,
# 100,000 enrolment rows, then the invoice of 100,000 sponsored participants. Prints rows/s and invoice times.
# Usage: bench/run.sh [rows]   (installs PostgreSQL 15 if missing; starts and stops it if it was not running)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
command -v pg_ctlcluster >/dev/null || { apt-get update && apt-get install -y postgresql-15; }
started=""
if ! pg_lsclusters -h | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start
  started=1
fi
runuser -u postgres -- psql -q -c "drop database if exists bpu_bench" \
  -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bpu_bench') then
        create role bpu_bench login password 'bpu_bench'; end if; end \$\$;" \
  -c "create database bpu_bench owner bpu_bench"

./mvnw -q -B package -DskipTests -Dexternal-db
# A throwaway issuer for this run: production refuses the dev key, and the bench signs its own tokens
mkdir -p target/bench-issuer
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/bench-issuer/private.pem 2>/dev/null
openssl rsa -in target/bench-issuer/private.pem -pubout -out target/bench-issuer/public.pem 2>/dev/null
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/bpu_bench QUARKUS_DATASOURCE_USERNAME=bpu_bench \
QUARKUS_DATASOURCE_PASSWORD=bpu_bench BPU_NIK_HASH_KEY=bench-only-nik-hash-key-0123456789abcdef QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
BPU_JWT_ISSUER=https://bench.invalid BPU_JWT_AUDIENCE=bpu-service BPU_JWT_PUBLIC_KEY_LOCATION="$PWD/target/bench-issuer/public.pem" \
BPU_RATE_LIMIT_PER_MINUTE=100000000 BPU_RATE_LIMIT_BURST=100000000 \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-service.log 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  [ -z "$started" ] || pg_ctlcluster --skip-systemctl-redirect 15 main stop
}
trap cleanup EXIT
until curl -sf -o /dev/null localhost:9000/q/health/ready; do sleep 0.2; done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
java bench/EnrolmentBench.java http://localhost:8080 "$rows" target/bench-issuer/private.pem
