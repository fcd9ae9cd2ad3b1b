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
start_service bpu_bench target/bench-service.log

machine
java bench/EnrolmentBench.java http://localhost:8080 "$rows" target/bench-issuer/private.pem
