#!/usr/bin/env bash
# Resident memory of the published site under a 60 s mixed load (issue 18, ADR 0081):
#   bash scripts/bench-memory.sh
# The load, the same for every configuration:
#   - pages rendered per request (page cache off: CraftMarket:Storefront:CacheSeconds=0) on three villages
#     (Bat Trang, Van Phuc, Dong Ky): home, product listing, three product pages, about and the search page,
#     in English, Vietnamese, French and Japanese, by several Lua-free wrk runs side by side (one URL each);
#   - the search API of the three villages (wrk, several queries);
#   - a producer (0904 118 273, Bat Trang, signed in through POST /api/auth/login) uploading distinct
#     12-megapixel JPEGs (drawn with the vips command line: grain over a gradient) through POST /api/products/{id}/photos (curl), one every UPLOAD_EVERY seconds.
# VmRSS (/proc/PID/status) is sampled every second: idle (after IDLE_SECONDS), peak during the load, at
# the end of the load, and AFTER_SECONDS later. Each configuration starts from a copy of the same seeded
# data directory (demo data, search index built, no photo).
# Configurations, in the same run, alternating (ROUNDS rounds):
#   before  the settings as they were before ADR 0081 (restored through environment variables, below)
#   after   the settings the site now ships with (`dotnet CraftMarket.Web.dll`, nothing set from outside)
# and two topologies: "embedded" (one process, both roles, the default) and "web" (CraftMarket:Role=web,
# with a worker process, CraftMarket:Role=worker, on the same data directory: its RSS is reported too).
# The output is also written to tests/CraftMarket.Benchmarks/memory-last-run.txt.
# Settings: LOAD_SECONDS (60), AFTER_SECONDS (30), IDLE_SECONDS (10), ROUNDS (1), MODES ("embedded web"),
# CONFIGS ("before after"), UPLOAD_EVERY (3), PAGE_CONNECTIONS (2 per page URL), BENCH_PUBLISHED (reuse a publish).
set -euo pipefail

cd "$(dirname "$0")/.."
LOAD_SECONDS="${LOAD_SECONDS:-60}"
AFTER_SECONDS="${AFTER_SECONDS:-30}"
IDLE_SECONDS="${IDLE_SECONDS:-10}"
ROUNDS="${ROUNDS:-1}"
MODES="${MODES:-embedded web}"
CONFIGS="${CONFIGS:-before after}"
UPLOAD_EVERY="${UPLOAD_EVERY:-3}"
PAGE_CONNECTIONS="${PAGE_CONNECTIONS:-2}"
PORT="${BENCH_PORT:-5795}"
WORKER_PORT=$((PORT + 1))
SITE="http://127.0.0.1:$PORT"
VILLAGES=(bat-trang van-phuc dong-ky)
OUT_FILE=tests/CraftMarket.Benchmarks/memory-last-run.txt
WORK=$(mktemp -d /tmp/craftmarket-memory.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# "before": the process-level settings the site had before ADR 0081, put back from outside. The
# runtimeconfig's GC settings are overridden by DOTNET_* variables; the site's own memory settings
# (glibc arenas and trimming, libvips' cache, rendering on the web role) by CraftMarket:Memory.
BEFORE_ENV=(
    DOTNET_gcServer=1 DOTNET_gcConcurrent=1 DOTNET_GCConserveMemory=0
    CraftMarket__Memory__MallocArenas=0 CraftMarket__Memory__ReleaseWhenIdle=false
    CraftMarket__Media__VipsCacheOperations=20 CraftMarket__Media__VipsCacheMegabytes=32 CraftMarket__Media__VipsCacheFiles=10
    CraftMarket__Media__TrimAfterRender=false
)
AFTER_ENV=()

command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }

pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${BENCH_PUBLISHED:-}" ]; then
    cp -r "$BENCH_PUBLISHED" "$WORK/site"   # an existing `dotnet publish` output of the same commit
else
    echo "publishing (Release, ReadyToRun, as infra/Dockerfile does) ..." >&2
    dotnet publish src/CraftMarket.Web/CraftMarket.Web.csproj -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -o "$WORK/site" -nologo -v:q -clp:ErrorsOnly >&2
fi
command -v vips >/dev/null || apt-get install -y -q --no-install-recommends libvips-tools >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends libvips-tools >/dev/null; }

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
mib() { echo $(( $1 / 1024 )); }

wait_for() {   # url log
    local i
    for i in $(seq 1 900); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
        sleep 0.1
    done
    echo "no answer from $1; log:" >&2; tail -n 40 "$2" >&2; exit 1
}

# start_process role port data extra-env... -> sets started (pid). Role "" is both (embedded).
start_process() {
    local role=$1 port=$2 data=$3; shift 3
    local log="$WORK/site-${role:-embedded}.log"
    ( cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
        CraftMarket__DataDirectory="$data" CraftMarket__SeedDemo=true Logging__LogLevel__Default=Warning \
        CraftMarket__Role="$role" CraftMarket__Storefront__CacheSeconds=0 \
        CraftMarket__Media__UploadsPerMinute=1000 CraftMarket__Identity__SignInPerMinute=1000 \
        CraftMarket__DataProtection__AllowUnprotectedKeys=true \
        CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=bench@craftmarket.test CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
        "$@" dotnet CraftMarket.Web.dll >>"$log" 2>&1 ) &
    started=$!
    pids+=("$started")
    wait_for "http://127.0.0.1:$port/health/ready" "$log"
}
stop_process() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

outbox_pending() {   # data dir -> messages not yet delivered, every module's outbox
    python3 - "$1/craftmarket.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=30)
tables = [r[0] for r in db.execute("select name from sqlite_master where type='table' and name like '%outbox_messages'")]
print(sum(db.execute(f'select count(*) from "{t}" where "ProcessedAt" is null').fetchone()[0] for t in tables))
PY
}

# The seeded data directory every configuration starts from: demo data, every event delivered (search index built).
echo "seeding the demo data ..." >&2
start_process "" "$PORT" "$WORK/seed"
seed_pid=$started
for _ in $(seq 1 450); do [ "$(outbox_pending "$WORK/seed")" = 0 ] && break; sleep 2; done

# The page URLs: each village's home, listing, about, search page and its first three products, in four languages.
: > "$WORK/pages.txt"
for v in "${VILLAGES[@]}"; do
    ids=$(curl -sf "$SITE/v/$v/api/catalogue/public/products?pageSize=3" | python3 -c 'import json,sys; print(" ".join(p["id"] for p in json.load(sys.stdin)["items"]))')
    for lang in en vi fr ja; do
        for path in "" products about "search?q=vase"; do echo "/v/$v/$lang/$path" >> "$WORK/pages.txt"; done
        for id in $ids; do   # the canonical address (with the product's slug): the bare one redirects
            curl -s -o /dev/null -L -w '%{url_effective}\n' "$SITE/v/$v/$lang/products/$id" | sed "s#^$SITE##" >> "$WORK/pages.txt"
        done
    done
done
: > "$WORK/search.txt"
for v in "${VILLAGES[@]}"; do
    for q in vase "g%E1%BB%91m" silk bowl; do echo "/v/$v/api/search?q=$q" >> "$WORK/search.txt"; done
done
# A village offers only its own languages: keep the addresses that answer.
for list in pages search; do
    while read -r url; do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE$url")" = 200 ] && echo "$url"
    done < "$WORK/$list.txt" > "$WORK/$list.ok"
    mv "$WORK/$list.ok" "$WORK/$list.txt"
done
[ -s "$WORK/pages.txt" ] && [ -s "$WORK/search.txt" ] || { echo "no page or search address answers" >&2; exit 1; }
# The producer's products, for the uploads.
login() {
    curl -sf "$SITE/v/bat-trang/api/auth/login" -H 'Content-Type: application/json' -d '{"phone":"0904118273","password":"CraftMarket!2026"}' \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
TOKEN=$(login)
curl -sf "$SITE/v/bat-trang/api/catalogue/products/mine?pageSize=100" -H "Authorization: Bearer $TOKEN" \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print("\n".join(p["id"] for p in (d["items"] if isinstance(d, dict) else d)))' > "$WORK/products.txt"
[ -s "$WORK/products.txt" ] || { echo "the producer has no product" >&2; exit 1; }
stop_process "$seed_pid"

# Distinct 12-megapixel JPEGs (a different seed each), so no upload is a duplicate.
PHOTOS=$(( LOAD_SECONDS / UPLOAD_EVERY + 1 ))
echo "drawing $PHOTOS photos ..." >&2
mkdir -p "$WORK/photos"
for i in $(seq 1 "$PHOTOS"); do   # grain (random each time) over a gradient, 4000 x 3000, as a phone's JPEG
    vips gaussnoise "$WORK/photos/n.v" 4000 3000 --sigma 24 --mean 0
    vips xyz "$WORK/photos/xy.v" 4000 3000
    vips linear "$WORK/photos/xy.v" "$WORK/photos/g.v" "0.03 0.04" "40 20"
    vips bandjoin "$WORK/photos/g.v $WORK/photos/g.v" "$WORK/photos/gg.v"
    vips extract_band "$WORK/photos/gg.v" "$WORK/photos/rgb.v" 0 --n 3
    vips add "$WORK/photos/rgb.v" "$WORK/photos/n.v" "$WORK/photos/sum.v"
    vips cast "$WORK/photos/sum.v" "$WORK/photos/$i.jpg[Q=88]" uchar
done
rm -f "$WORK"/photos/*.v

# sample pid... -> one line per second into $WORK/rss: seconds since start, then each pid's VmRSS (KiB).
sample() {
    local t0 s=0; t0=$(date +%s)
    while :; do
        local line="$s"
        for p in "$@"; do line="$line $(rss_kib "$p")"; done
        echo "$line"
        sleep 1; s=$(( $(date +%s) - t0 ))
    done
}

uploads() {   # seconds -> uploads a photo every UPLOAD_EVERY seconds for that long; prints how many were accepted
    local until=$(( $(date +%s) + $1 )) i=0 ok=0 token products
    token=$(login); mapfile -t products < "$WORK/products.txt"
    while [ "$(date +%s)" -lt "$until" ] && [ "$i" -lt "$PHOTOS" ]; do
        i=$((i + 1))
        local product=${products[$(( (i - 1) % ${#products[@]} ))]}
        code=$(curl -s -o /dev/null -w '%{http_code}' "$SITE/v/bat-trang/api/products/$product/photos" \
            -H "Authorization: Bearer $token" -F "file=@$WORK/photos/$i.jpg;type=image/jpeg")
        [ "$code" = 202 ] && ok=$((ok + 1))
        sleep "$UPLOAD_EVERY"
    done
    echo "$ok"
}

results=()
run_one() {   # config mode
    local config=$1 mode=$2 env_vars web_pid worker_pid="" data="$WORK/data-$1-$2"
    if [ "$config" = before ]; then env_vars=("${BEFORE_ENV[@]}"); else env_vars=("${AFTER_ENV[@]}"); fi
    rm -rf "$data"; cp -r "$WORK/seed" "$data"
    if [ "$mode" = web ]; then
        start_process worker "$WORKER_PORT" "$data" "${env_vars[@]}"; worker_pid=$started
        start_process web "$PORT" "$data" "${env_vars[@]}"; web_pid=$started
    else
        start_process "" "$PORT" "$data" "${env_vars[@]}"; web_pid=$started
    fi
    sample "$web_pid" ${worker_pid:+"$worker_pid"} > "$WORK/rss-$config-$mode" &
    local sampler=$!
    sleep "$IDLE_SECONDS"
    local idle; idle=$(rss_kib "$web_pid")
    local idle_worker=0; [ -n "$worker_pid" ] && idle_worker=$(rss_kib "$worker_pid")
    local load_start; load_start=$(awk 'END {print $1}' "$WORK/rss-$config-$mode")

    local wrks=()
    while read -r url; do wrk -t1 -c"$PAGE_CONNECTIONS" -d"${LOAD_SECONDS}s" "$SITE$url" > "$WORK/wrk-page-$(echo "$url" | md5sum | cut -c1-8)" 2>&1 & wrks+=($!); done < "$WORK/pages.txt"
    while read -r url; do wrk -t1 -c1 -d"${LOAD_SECONDS}s" "$SITE$url" > "$WORK/wrk-search-$(echo "$url" | md5sum | cut -c1-8)" 2>&1 & wrks+=($!); done < "$WORK/search.txt"
    uploads "$LOAD_SECONDS" > "$WORK/uploads" &
    local uploader=$!
    for w in "${wrks[@]}"; do wait "$w" || true; done
    local end; end=$(rss_kib "$web_pid")
    local end_worker=0; [ -n "$worker_pid" ] && end_worker=$(rss_kib "$worker_pid")
    local load_end; load_end=$(awk 'END {print $1}' "$WORK/rss-$config-$mode")
    wait "$uploader" || true
    sleep "$AFTER_SECONDS"
    local later; later=$(rss_kib "$web_pid")
    local later_worker=0; [ -n "$worker_pid" ] && later_worker=$(rss_kib "$worker_pid")
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    local peak peak_worker
    peak=$(awk -v a="$load_start" '$1 >= a && $2 > m {m = $2} END {print m + 0}' "$WORK/rss-$config-$mode")
    peak_worker=$(awk -v a="$load_start" '$1 >= a && $3 > m {m = $3} END {print m + 0}' "$WORK/rss-$config-$mode")
    local requests errors
    requests=$(cat "$WORK"/wrk-* | awk '/requests in/ {n += $1} END {print n + 0}')
    errors=$(cat "$WORK"/wrk-* | awk '/Non-2xx/ {n += $NF} /Socket errors/ {n += 1} END {print n + 0}')
    rm -f "$WORK"/wrk-*
    local accepted; accepted=$(cat "$WORK/uploads")
    local pending; pending=$(outbox_pending "$data")
    [ -n "$worker_pid" ] && stop_process "$worker_pid"
    stop_process "$web_pid"
    rm -rf "$data"
    echo "$config $mode: idle $(mib "$idle") MiB, peak $(mib "$peak"), end $(mib "$end"), +${AFTER_SECONDS}s $(mib "$later"); $requests requests ($errors errors), $accepted photos" >&2
    results+=("$config|$mode|$(mib "$idle")|$(mib "$peak")|$(mib "$end")|$(mib "$later")|$(mib "$idle_worker")|$(mib "$peak_worker")|$(mib "$end_worker")|$(mib "$later_worker")|$requests|$errors|$accepted|$pending|$load_start|$load_end")
}

for round in $(seq 1 "$ROUNDS"); do
    for mode in $MODES; do
        for config in $CONFIGS; do run_one "$config" "$mode"; done
    done
    # Alternate the order from round to round, so neither configuration always goes first.
    CONFIGS=$(echo "$CONFIGS" | awk '{for (i = NF; i > 0; i--) printf "%s%s", $i, (i > 1 ? " " : "")}')
done

{
echo "Memory under load: bash scripts/bench-memory.sh (LOAD_SECONDS=$LOAD_SECONDS AFTER_SECONDS=$AFTER_SECONDS ROUNDS=$ROUNDS), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "CraftMarket.Web published Release (ReadyToRun), SQLite + demo data, page cache off, $(nproc) cores, $(dotnet --version) SDK, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "load: $(wc -l < "$WORK/pages.txt") page URLs x $PAGE_CONNECTIONS connections, $(wc -l < "$WORK/search.txt") search API URLs x 1, one producer uploading a 12 MP JPEG every ${UPLOAD_EVERY} s"
echo "before: ${BEFORE_ENV[*]}"
echo "after:  the published defaults ${AFTER_ENV[*]}"
echo
printf '%-7s %-9s %7s %7s %7s %8s | %-27s | %9s %6s %7s %7s\n' config mode "idle" "peak" "end" "+${AFTER_SECONDS}s" "worker idle/peak/end/+${AFTER_SECONDS}s" requests errors photos pending
for r in "${results[@]}"; do
    IFS='|' read -r c m i p e l wi wp we wl n err acc pend _ _ <<<"$r"
    worker="-"; [ "$m" = web ] && worker="$wi/$wp/$we/$wl"
    printf '%-7s %-9s %7s %7s %7s %8s | %-27s | %9s %6s %7s %7s\n' "$c" "$m" "$i" "$p" "$e" "$l" "$worker" "$n" "$err" "$acc" "$pend"
done
echo "(MiB of VmRSS of the process that serves requests; the worker's in the middle column; pending: outbox messages left when stopped)"
echo
for mode in $MODES; do
    b=$(printf '%s\n' "${results[@]}" | awk -F'|' -v m="$mode" '$1=="before" && $2==m {p+=$4; e+=$5; l+=$6; n++} END {if (n) printf "%d %d %d", p/n, e/n, l/n}')
    a=$(printf '%s\n' "${results[@]}" | awk -F'|' -v m="$mode" '$1=="after" && $2==m {p+=$4; e+=$5; l+=$6; n++} END {if (n) printf "%d %d %d", p/n, e/n, l/n}')
    [ -n "$b" ] && [ -n "$a" ] || continue
    read -r bp be bl <<<"$b"; read -r ap ae al <<<"$a"
    echo "$mode: after/before peak $(awk -v a="$ap" -v b="$bp" 'BEGIN{printf "%.2f", a/b}')x ($ap vs $bp MiB), end of load $(awk -v a="$ae" -v b="$be" 'BEGIN{printf "%.2f", a/b}')x ($ae vs $be), +${AFTER_SECONDS}s $(awk -v a="$al" -v b="$bl" 'BEGIN{printf "%.2f", a/b}')x ($al vs $bl)"
done
echo
echo "VmRSS every second (MiB; the load from the first mark to the second):"
for r in "${results[@]}"; do
    IFS='|' read -r c m _ _ _ _ _ _ _ _ _ _ _ _ ls le <<<"$r"
    echo "$c $m: $(awk -v a="$ls" -v b="$le" '{printf "%s%d", ($1==a || $1==b ? " | " : " "), $2/1024}' "$WORK/rss-$c-$m")"
    [ "$m" = web ] && echo "  worker: $(awk '{printf " %d", $3/1024}' "$WORK/rss-$c-$m")"
done
} | tee "$OUT_FILE"
