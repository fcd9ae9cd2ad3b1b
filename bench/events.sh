#!/usr/bin/env bash
# Issue #13's burst benchmark: the packaged service (production build) on Debian's PostgreSQL 15 with a webhook
# receiver subscribed to every event; a bulk enrolment of [rows] (default 100,000) rows makes 2 x rows + 1 events
# while a counter keeps taking payments. Prints the job time, the delivery rate and the payments' latency.
# Usage: bench/events.sh [rows]   (installs PostgreSQL 15 if missing; leaves it as it found it)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
rows="${1:-100000}"
start_postgres
fresh_database bpu_bench
build_with_issuer
javac -d target/bench-classes bench/EnrolmentBench.java bench/EventBench.java
# the receiver listens on 127.0.0.1 over http: allowed for this run only (the settings after the log file)
start_service bpu_bench target/bench-events-service.log BPU_WEBHOOKS_ALLOW_PLAIN_HTTP=true BPU_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true

machine
java -cp target/bench-classes EventBench http://localhost:8080 "$rows" target/bench-issuer/private.pem
