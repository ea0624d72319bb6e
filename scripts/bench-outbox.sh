#!/usr/bin/env bash
# Benchmark (not a test), issue 18 / ADR 0076: a fresh in-process site (SQLite, then a fresh
# database on the local PostgreSQL), PRODUCTS new products imported through POST
# /api/catalogue/import, then every outbox drained; the old path (one message, one scope and one
# transaction per consumer at a time) and the batch path in the same run, on the same site, with an
# import of the same size each. Then Search's ProductPublished consumer alone, one event at a time
# against batches (A B B A). The machine may be shared: read the ratios. Everything printed is also
# written to tests/CraftMarket.Benchmarks/outbox-last-run.txt.
#   bash scripts/bench-outbox.sh                 PRODUCTS=10000 SEARCH_EVENTS=2000 BATCH=500
#   ONLY=--sqlite-only bash scripts/bench-outbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS="${PRODUCTS:-10000}"
SEARCH_EVENTS="${SEARCH_EVENTS:-2000}"
BATCH="${BATCH:-500}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/CraftMarket.Benchmarks -c Release -m:1 -nologo -v:q -clp:ErrorsOnly
OUT_FILE=tests/CraftMarket.Benchmarks/outbox-last-run.txt
exec > >(tee "$OUT_FILE") 2>&1
echo "Outbox benchmark: bash scripts/bench-outbox.sh (PRODUCTS=$PRODUCTS SEARCH_EVENTS=$SEARCH_EVENTS BATCH=$BATCH ${ONLY:-}); load at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet tests/CraftMarket.Benchmarks/bin/Release/net10.0/CraftMarket.Benchmarks.dll outbox \
    --products "$PRODUCTS" --search-events "$SEARCH_EVENTS" --batch "$BATCH" ${ONLY:-}
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
