#!/usr/bin/env bash
# Issue #4's benchmark: the packaged service (production build, no embedded database) on Debian's PostgreSQL 15,
# 100,000 enrolment rows, then the invoice of 100,000 sponsored participants. Prints rows/s and invoice times.
# Usage: bench/run.sh [rows]   (installs PostgreSQL 15 if missing; leaves it as it found it)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
rows="${1:-100000}"
start_postgres
fresh_database bpu_bench
build_with_issuer
env $(service_env bpu_bench) java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > target/bench-service.log 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  restore_postgres
}
trap cleanup EXIT
until curl -sf -o /dev/null localhost:9000/q/health/ready; do sleep 0.2; done

machine
java bench/EnrolmentBench.java http://localhost:8080 "$rows" target/bench-issuer/private.pem
