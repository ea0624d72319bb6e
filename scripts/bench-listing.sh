#!/usr/bin/env bash
# Category listing page (a category= filter, page 3) with 10,000 published products in one
# village, measured with wrk on loopback, side by side with Kestrel serving the very same rendered HTML as a static file.
#   bash scripts/bench-listing.sh [products] [seconds]      (defaults: 10000 products, 20 s per run)
# The catalogue is filled the way an association would: the demo catalogue exported as CSV,
# multiplied to N rows with fresh SKUs, and imported through the admin API as Published.
# Reports requests/s and latency percentiles for both, and the ratio (aim: listing >= 0.5x static).
# The listing is measured as buyers get it: anonymous and signed in as a buyer (buyer@homeware.example,
# signed in through the cookie sign-in form; ADR 0050: a buyer shares the kept page and fetches their
# own parts from /personal, measured too), then rendered on every request, anonymous and as the
# signed-in buyer: the site is restarted on the same data with the page cache off
# (CraftMarket:Storefront:CacheSeconds=0), so every answer is a render.
# Last, bytes on the wire (scripts/bench-bytes.sh, ADR 27): the listing, the village home, about and
# a product page, and the stylesheets and scripts they link, without and with Accept-Encoding: br, gzip.
set -euo pipefail

cd "$(dirname "$0")/.."
PRODUCTS="${1:-10000}"
SECONDS_PER_RUN="${2:-20}"
PORT="${BENCH_PORT:-5792}"
STATIC_PORT=$((PORT + 1))
SLUG=bat-trang
LISTING_PAGE=3   # the category filter and page are chosen once the catalogue is imported
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
WORK=$(mktemp -d /tmp/craftmarket-listing.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

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
    echo "publishing (Release, ReadyToRun) ..." >&2
    dotnet publish src/CraftMarket.Web/CraftMarket.Web.csproj -c Release -r linux-x64 --self-contained false \
        -p:PublishReadyToRun=true -o "$WORK/site" -nologo -v:q >&2
fi
dotnet build tests/CraftMarket.Benchmarks -c Release -nologo -v:q >&2
BENCH_DLL=$(ls tests/CraftMarket.Benchmarks/bin/Release/net*/CraftMarket.Benchmarks.dll | head -n1)

wait_for() {
    local url=$1 i
    for i in $(seq 1 600); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ] && return 0
        sleep 0.1
    done
    echo "no answer from $url; site log:" >&2; tail -n 40 "$WORK/site.log" >&2; exit 1
}

SITE="http://127.0.0.1:$PORT"
SITE_PID=
start_site() {   # cache seconds (30: as deployed; 0: every answer rendered)
    ( cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        CraftMarket__DataDirectory="$WORK/data" CraftMarket__SeedDemo=true Logging__LogLevel__Default=Warning \
        CraftMarket__Identity__SignInPerMinute=1000 CraftMarket__Storefront__CacheSeconds="$1" \
        CraftMarket__DataProtection__AllowUnprotectedKeys=true \
        CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=bench@craftmarket.test CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
        dotnet CraftMarket.Web.dll >>"$WORK/site.log" 2>&1 ) &
    SITE_PID=$!
    pids+=($SITE_PID)
    wait_for "$SITE/health/ready"
}
stop_site() {
    kill "$SITE_PID" 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
}
start_site 30

echo "signing in as the Bat Trang association admin ..." >&2
TOKEN=$(curl -sf "$SITE/v/$SLUG/api/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"admin@bat-trang.craftmarket.local","password":"CraftMarket!2026"}' \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("accessToken") or d.get("token") or d["access_token"])')

echo "exporting the demo catalogue and importing $PRODUCTS products ..." >&2
curl -sf "$SITE/v/$SLUG/api/catalogue/export.csv" -H "Authorization: Bearer $TOKEN" -o "$WORK/demo.csv"
python3 - "$WORK/demo.csv" "$WORK/bench.csv" "$PRODUCTS" <<'PY'
import csv, sys
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, newline='', encoding='utf-8-sig') as f:
    rows = [r for r in csv.DictReader(f) if r['status'] == 'Published']
fields = list(rows[0].keys())
with open(target, 'w', newline='', encoding='utf-8') as f:
    out = csv.DictWriter(f, fieldnames=fields)
    out.writeheader()
    for i in range(count):
        row = dict(rows[i % len(rows)])
        row['id'] = ''
        row['sku'] = f"BENCH-{i:05d}"
        # Variant SKUs are unique per association too: "SKU:size:colour|..."
        row['variants'] = '|'.join(f"BENCH-{i:05d}-{j}:{':'.join(v.split(':')[1:])}"
                                   for j, v in enumerate(filter(None, row['variants'].split('|'))))
        row['name_en'] = f"{row['name_en']} #{i}"
        row['name_vi'] = f"{row['name_vi']} #{i}"
        out.writerow(row)
PY
import_started=$(date +%s%N)
curl -sf "$SITE/v/$SLUG/api/catalogue/import" -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/bench.csv;type=text/csv" -o "$WORK/import.json" \
    || { echo "import failed:" >&2; head -c 2000 "$WORK/import.json" >&2; exit 1; }
import_ms=$(( ($(date +%s%N) - import_started) / 1000000 ))
published=$(curl -sf "$SITE/v/$SLUG/api/catalogue/public/products?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "imported in ${import_ms} ms; $published products published in $SLUG" >&2

# The category with the most published products: the listing a buyer pages through.
read -r CATEGORY in_category < <(curl -sf "$SITE/v/$SLUG/api/catalogue/public/categories" \
    | python3 -c 'import json,sys; c=max(json.load(sys.stdin), key=lambda c: c["publishedCount"]); print(c["id"], c["publishedCount"])')
[ "$in_category" -ge $((LISTING_PAGE * 12)) ] || { echo "category $CATEGORY has only $in_category products: no page $LISTING_PAGE" >&2; exit 1; }
LISTING="/v/$SLUG/en/products?category=$CATEGORY&p=$LISTING_PAGE"

# Publishing 10,000 products queues 10,000 events for search and photos; their consumers write the
# village's rows, and every such write drops its cached pages (ADR 17). Measure the steady state a
# village lives in, not the minutes after a bulk import: wait until every outbox is delivered.
echo "waiting for the outboxes to be delivered ..." >&2
python3 - "$WORK/data/craftmarket.db" <<'PY'
import sqlite3, sys, time
deadline = time.time() + 900
while True:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=30)
    tables = [r[0] for r in db.execute("select name from sqlite_master where type='table' and name like '%outbox_messages'")]
    pending = sum(db.execute(f'select count(*) from "{t}" where "ProcessedAt" is null').fetchone()[0] for t in tables)
    db.close()
    if pending == 0: break
    if time.time() > deadline: sys.exit(f"{pending} outbox messages still pending after 15 minutes")
    time.sleep(2)
PY

# The static floor serves the listing's own bytes.
mkdir -p "$WORK/static"
curl -sf "$SITE$LISTING" -o "$WORK/static/index.html"
bytes=$(stat -c %s "$WORK/static/index.html")
dotnet "$BENCH_DLL" static-site "$WORK/static" "http://127.0.0.1:$STATIC_PORT" >>"$WORK/static.log" 2>&1 &
pids+=($!)
STATIC="http://127.0.0.1:$STATIC_PORT/index.html"
wait_for "$STATIC"

# A signed-in buyer's browser: the session cookie from the sign-in form (antiforgery cookie and token
# from the form page first), as wrk will send it.
echo "signing in as buyer@homeware.example (cookie) ..." >&2
BUYER_COOKIE=$(python3 - "127.0.0.1" "$PORT" "/v/$SLUG/account/login" <<'PY'
import http.client, re, sys, urllib.parse
host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def cookies(response):
    return dict(c.split(';', 1)[0].split('=', 1) for c in response.msg.get_all('Set-Cookie') or [])
c = http.client.HTTPConnection(host, port); c.request('GET', path); r = c.getresponse(); jar = cookies(r)
token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', r.read().decode()).group(1)
body = urllib.parse.urlencode({'Login': 'buyer@homeware.example', 'Password': 'CraftMarket!2026', '__RequestVerificationToken': token})
c.request('POST', path, body, {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': '; '.join(f'{k}={v}' for k, v in jar.items())})
r = c.getresponse(); r.read(); jar.update(cookies(r))
session = {k: v for k, v in jar.items() if 'Antiforgery' not in k}
if r.status // 100 != 3 or not any('Session' in k for k in session): sys.exit(f'buyer sign-in failed: {r.status} {list(jar)}')
print('; '.join(f'{k}={v}' for k, v in session.items()))
PY
)
BUYER_HEADER="Cookie: $BUYER_COOKIE"
PERSONAL="/v/$SLUG/personal"
curl -sf "$SITE$PERSONAL" -H "$BUYER_HEADER" | grep -q '"account-menu"' || { echo "the buyer's cookie does not sign in: /personal has no account menu" >&2; exit 1; }

run_wrk() {   # url label [wrk args] -> prints "rps p50 p99"
    local url=$1 label=$2; shift 2
    wrk -t2 -c"$CONNECTIONS" -d5s "$@" "$url" >/dev/null   # warm-up: JIT, caches, connection pool
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@" "$url" > "$WORK/$label.wrk"
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/$label.wrk")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/$label.wrk")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/$label.wrk")
    errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/$label.wrk" || true)
    [ -n "$errors" ] && echo "$label: $errors" >&2
    echo "$rps $p50 $p99"
}

age_of() {   # url [curl args] -> the Age header of its answer (a kept page has one)
    local url=$1; shift
    curl -s -D - -o /dev/null "$@" "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="age" {print $2}'
}
read -r list_rps list_p50 list_p99 < <(run_wrk "$SITE$LISTING" listing)
kept_age=$(age_of "$SITE$LISTING")   # right after the run: that run was served kept pages
read -r buyer_rps buyer_p50 buyer_p99 < <(run_wrk "$SITE$LISTING" buyer -H "$BUYER_HEADER")
buyer_age=$(age_of "$SITE$LISTING" -H "$BUYER_HEADER")
cmp -s <(curl -sf "$SITE$LISTING") <(curl -sf "$SITE$LISTING" -H "$BUYER_HEADER") && buyer_same="same bytes as anonymous" || buyer_same="BYTES DIFFER from anonymous"
read -r personal_rps personal_p50 personal_p99 < <(run_wrk "$SITE$PERSONAL" personal -H "$BUYER_HEADER")
read -r static_rps static_p50 static_p99 < <(run_wrk "$STATIC" static)

# Rendered every time: the same site and data with the page cache off.
stop_site
start_site 0
curl -sf "$SITE$PERSONAL" -H "$BUYER_HEADER" | grep -q '"account-menu"' || { echo "the buyer's cookie no longer signs in after the restart" >&2; exit 1; }
read -r miss_rps miss_p50 miss_p99 < <(run_wrk "$SITE$LISTING" rendered)
read -r buyer_miss_rps buyer_miss_p50 buyer_miss_p99 < <(run_wrk "$SITE$LISTING" buyer-rendered -H "$BUYER_HEADER")
miss_age=$(age_of "$SITE$LISTING" -H "$BUYER_HEADER")
stop_site
start_site 30

ratio() { awk -v a="$1" -v b="$static_rps" 'BEGIN{printf "%.3f", a/b}'; }
echo
echo "Category listing $LISTING ($in_category of $published published products); page ${bytes} bytes; wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s; $(nproc) cores"
printf '%-46s %12s %10s %10s %8s\n' "" "requests/s" "p50" "p99" "x static"
printf '%-46s %12s %10s %10s %8s\n' "listing, as anonymous buyers get it (kept)" "$list_rps" "$list_p50" "$list_p99" "$(ratio "$list_rps")"
printf '%-46s %12s %10s %10s %8s\n' "listing, as a signed-in buyer gets it (kept)" "$buyer_rps" "$buyer_p50" "$buyer_p99" "$(ratio "$buyer_rps")"
printf '%-46s %12s %10s %10s %8s\n' "  + /personal (their name and counts), alone" "$personal_rps" "$personal_p50" "$personal_p99" "$(ratio "$personal_rps")"
printf '%-46s %12s %10s %10s %8s\n' "listing, rendered every time, anonymous" "$miss_rps" "$miss_p50" "$miss_p99" "$(ratio "$miss_rps")"
printf '%-46s %12s %10s %10s %8s\n' "listing, rendered every time, signed-in buyer" "$buyer_miss_rps" "$buyer_miss_p50" "$buyer_miss_p99" "$(ratio "$buyer_miss_rps")"
printf '%-46s %12s %10s %10s %8s\n' "same HTML as a static file" "$static_rps" "$static_p50" "$static_p99" "1.000"
echo "  (kept: Age ${kept_age:-none} anonymous, ${buyer_age:-none} signed-in buyer, $buyer_same; cache off: Age ${miss_age:-none})"
echo "ratio: as buyers get it, anonymous $(ratio "$list_rps")x and signed in $(ratio "$buyer_rps")x the static file (aim >= 0.5x);" \
    "a signed-in buyer's page view (page + /personal) $(awk -v a="$buyer_rps" -v p="$personal_rps" -v b="$static_rps" 'BEGIN{printf "%.3f", 1/(1/a+1/p)/b}')x;" \
    "rendered every time $(ratio "$miss_rps")x anonymous, $(ratio "$buyer_miss_rps")x signed in; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "import of $PRODUCTS CSV rows: ${import_ms} ms"

# Bytes on the wire for the listing and its neighbours (the first product the listing links).
PRODUCT=$(curl -sf "$SITE$LISTING" | grep -oE "href=\"/v/$SLUG/en/products/[0-9a-f-]{36}/[^\"]+\"" | head -n1 | sed -E 's/^href="//; s/"$//' || true)
echo
echo "Bytes on the wire (body bytes as received; 'identity' is what every browser got before ADR 27)"
bash scripts/bench-bytes.sh "$SITE" "$LISTING" "/v/$SLUG/en/" "/v/$SLUG/en/about" ${PRODUCT:+"$PRODUCT"}
