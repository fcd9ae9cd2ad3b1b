# Shared by the bench scripts (sourced, not run): Debian's PostgreSQL 15, a fresh database, the production build
# and a throwaway token issuer (production refuses the dev key; the benches sign their own tokens).
command -v pg_ctlcluster >/dev/null || { apt-get update && apt-get install -y postgresql-15; }
pg_was_online=""
if pg_lsclusters -h | grep -q online; then pg_was_online=1; fi

start_postgres() {
  pg_lsclusters -h | grep -q online || pg_ctlcluster --skip-systemctl-redirect 15 main start
}

# leaves PostgreSQL as the script found it
restore_postgres() {
  if [ -z "$pg_was_online" ]; then pg_ctlcluster --skip-systemctl-redirect 15 main stop || true
  else pg_ctlcluster --skip-systemctl-redirect 15 main start 2>/dev/null || true; fi
}

# fresh_database NAME: an empty database NAME owned by a role NAME (password NAME)
fresh_database() {
  runuser -u postgres -- psql -q -c "drop database if exists $1 with (force)" \
    -c "do \$\$ begin if not exists (select from pg_roles where rolname = '$1') then
          create role $1 login password '$1'; end if; end \$\$;" \
    -c "create database $1 owner $1"
}

build_with_issuer() {
  ./mvnw -q -B package -DskipTests -Dexternal-db
  mkdir -p target/bench-issuer target/bench-classes
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out target/bench-issuer/private.pem 2>/dev/null
  openssl rsa -in target/bench-issuer/private.pem -pubout -out target/bench-issuer/public.pem 2>/dev/null
}

# service_env DATABASE: the production settings of a bench run against that database
service_env() {
  echo QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$1 QUARKUS_DATASOURCE_USERNAME=$1 \
    QUARKUS_DATASOURCE_PASSWORD=$1 BPU_NIK_HASH_KEY=bench-only-nik-hash-key-0123456789abcdef \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false BPU_JWT_ISSUER=https://bench.invalid BPU_JWT_AUDIENCE=bpu-service \
    BPU_JWT_PUBLIC_KEY_LOCATION=$PWD/target/bench-issuer/public.pem \
    BPU_RATE_LIMIT_PER_MINUTE=100000000 BPU_RATE_LIMIT_BURST=100000000
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
}

# start_service DATABASE LOG [VAR=value ...]: the packaged service on that database, stopped (and PostgreSQL left as
# found) when the script exits; returns once it is ready
start_service() {
  local database=$1 log=$2
  shift 2
  env $(service_env "$database") "$@" java -Xmx${BENCH_HEAP:-1g} -jar target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  service=$!
  trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; restore_postgres' EXIT
  until curl -sf -o /dev/null localhost:9000/q/health/ready; do sleep 0.2; done
}
