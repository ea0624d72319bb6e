#!/usr/bin/env bash
# The topology of infra/compose.yaml on this machine, from Debian and npm packages (ADR 0080):
# PostgreSQL (the local server, a fresh database), redis-server, s3rver (tests/tools), two web
# processes and one worker on ONE data directory and ONE database, and nginx's page cache
# (infra/nginx/craftmarket.conf.template) in front of the two web processes.
#   bash scripts/topology.sh            then browse http://bat-trang.localhost:8080/ (Ctrl-C stops all)
# Settings: TOPOLOGY_PORT (8080, nginx), TOPOLOGY_DIR (a new /tmp directory), CRAFTMARKET_TEST_POSTGRES
# (the server, as the tests take it). Search is the worker's embedded Lucene index, read by both web
# processes from the shared data directory (Elasticsearch is not a Debian package).
# tests/CraftMarket.Web.Tests/Topology/TopologyTests.cs starts the same thing and drives it.
set -euo pipefail

cd "$(dirname "$0")/.."
REPO=$(pwd)
PORT="${TOPOLOGY_PORT:-8080}"
WORK="${TOPOLOGY_DIR:-$(mktemp -d /tmp/craftmarket-topology.XXXXXX)}"
SERVER="${CRAFTMARKET_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"
DB="cm_topology_$(date +%s)"
WEB1=5101 WEB2=5102 WORKER=5103 REDIS=6391 S3=4569
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for tool in psql redis-server node "$NGINX"; do
    command -v "$tool" >/dev/null || { echo "topology.sh: $tool is missing (scripts/test.sh installs postgresql, redis-server, nginx and node)" >&2; exit 1; }
done
[ -f tests/tools/node_modules/s3rver/bin/s3rver.js ] || (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    echo "topology.sh: stopped; data in $WORK, database $DB (drop it with: psql -c 'DROP DATABASE \"$DB\"')"
}
trap cleanup EXIT INT TERM

echo "building src/CraftMarket.Web (Release)"
dotnet build src/CraftMarket.Web -c Release -nologo -v:q -clp:ErrorsOnly
BIN="$REPO/src/CraftMarket.Web/bin/Release/net10.0"

field() { printf '%s' "$SERVER" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -n1; }
PGHOST=$(field Host) PGPORT=$(field Port) PGUSER=$(field Username) PGPASSWORD=$(field Password)
export PGHOST PGPORT PGUSER PGPASSWORD
psql -qd postgres -c "CREATE DATABASE \"$DB\""
mkdir -p "$WORK/data" "$WORK/s3" "$WORK/nginx/cache" "$WORK/nginx/temp" "$WORK/logs"
# nginx's workers run as nobody when started by root: they write the cache and temp files.
chmod 777 "$WORK" "$WORK/nginx" "$WORK/nginx/cache" "$WORK/nginx/temp"

redis-server --port "$REDIS" --bind 127.0.0.1 --save "" --appendonly no --dir "$WORK" >"$WORK/logs/redis.log" 2>&1 &
pids+=($!)
node tests/tools/node_modules/s3rver/bin/s3rver.js --directory "$WORK/s3" --address 127.0.0.1 --port "$S3" --silent >"$WORK/logs/s3rver.log" 2>&1 &
pids+=($!)

export ASPNETCORE_ENVIRONMENT=Development \
    CraftMarket__DataDirectory="$WORK/data" \
    CraftMarket__Database__Provider=Postgres \
    CraftMarket__Database__ConnectionString="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$DB" \
    CraftMarket__Redis__Configuration="127.0.0.1:$REDIS,abortConnect=false" \
    CraftMarket__Media__BlobStore=S3 \
    CraftMarket__Media__S3__ServiceUrl="http://127.0.0.1:$S3" \
    CraftMarket__Media__S3__AccessKey=S3RVER CraftMarket__Media__S3__SecretKey=S3RVER \
    CraftMarket__Media__S3__CreateBucket=true \
    CraftMarket__BehindProxy=true \
    CraftMarket__Insight__DemoHistory=false

echo "migrating and seeding the demo villages (once, before the nodes start)"
(cd "$BIN" && CraftMarket__SeedDemo=true dotnet CraftMarket.Web.dll seed) >"$WORK/logs/seed.log" 2>&1 \
    || { tail -n 30 "$WORK/logs/seed.log" >&2; exit 1; }

start_node() {   # name role port
    (cd "$BIN" && CraftMarket__SeedDemo=false CraftMarket__Role="$2" CraftMarket__NodeName="$1" \
        exec dotnet CraftMarket.Web.dll --urls "http://127.0.0.1:$3") >"$WORK/logs/$1.log" 2>&1 &
    pids+=($!)
}
start_node web-1 web "$WEB1"
start_node web-2 web "$WEB2"
start_node worker worker "$WORKER"

WEB_1="127.0.0.1:$WEB1" WEB_2="127.0.0.1:$WEB2" CACHE_DIR="$WORK/nginx/cache" LISTEN="127.0.0.1:$PORT" \
    envsubst '${WEB_1} ${WEB_2} ${CACHE_DIR} ${LISTEN}' <infra/nginx/craftmarket.conf.template >"$WORK/nginx/craftmarket.conf"
T="$WORK/nginx/temp"
cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log $WORK/logs/nginx-access.log;
    client_body_temp_path $T/body; proxy_temp_path $T/proxy; fastcgi_temp_path $T/fastcgi; uwsgi_temp_path $T/uwsgi; scgi_temp_path $T/scgi;
    include $WORK/nginx/craftmarket.conf;
}
CONF
"$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" >"$WORK/logs/nginx.log" 2>&1 &
pids+=($!)

for port in "$WEB1" "$WEB2" "$WORKER" "$PORT"; do
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
        sleep 0.2
    done
done
echo "ready: http://bat-trang.localhost:$PORT/ (nginx; X-Served-By names the node, X-Cache-Status the cache)"
echo "nodes: web-1 :$WEB1, web-2 :$WEB2, worker :$WORKER; logs in $WORK/logs"
wait
