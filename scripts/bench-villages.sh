#!/usr/bin/env bash
# Memory with 1,500 associations against 3 (issue 18, ADR 0082), and the landing page's size.
#   bash scripts/bench-villages.sh [count]        (default 1500 villages created)
# One run, two data sets, the same Release build of the site, workstation GC:
#   A: the demo's 3 villages;  B: the demo's 3 plus <count> villages created through the platform
#   API (POST /api/platform/tenants as the platform admin, each with its province, craft and own
#   theme colours; Search gives each one its glossary from the TenantCreated event).
# For each: restart on the data set, wait until idle, read VmRSS; browse 100 villages (home,
# catalogue and search of each: 100 distinct villages in B, the 3 in turn in A); read VmRSS; induce
# a full GC (EventPipe) and read it again. Also: time to create the villages, landing-page bytes.
# Writes the table to stdout; tests/CraftMarket.Benchmarks/villages-last-run.txt keeps the last one.
set -euo pipefail

cd "$(dirname "$0")/.."
COUNT="${1:-1500}"
PORT="${BENCH_PORT:-5793}"
SITE="http://localhost:$PORT"
WORK=$(mktemp -d /tmp/craftmarket-villages.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${BENCH_NO_BUILD:-}" ]; then
    echo "building (Release) ..." >&2
    dotnet build src/CraftMarket.Web/CraftMarket.Web.csproj -c Release -nologo -v:q -clp:ErrorsOnly >&2
    dotnet build tests/CraftMarket.Benchmarks -c Release -nologo -v:q -clp:ErrorsOnly >&2
fi
SITE_DIR=src/CraftMarket.Web/bin/Release/net10.0
BENCH_DLL=$(ls tests/CraftMarket.Benchmarks/bin/Release/net*/CraftMarket.Benchmarks.dll 2>/dev/null | head -n1 || true)

start_site() {   # data directory
    ( cd "$SITE_DIR" && exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        CraftMarket__DataDirectory="$1" \
        CraftMarket__SeedDemo=true \
        CraftMarket__DataProtection__AllowUnprotectedKeys=true \
        CraftMarket__Insight__DemoHistory=false \
        CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=bench@craftmarket.test \
        CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
        Logging__LogLevel__Default=Warning \
        DOTNET_gcServer=0 \
        dotnet CraftMarket.Web.dll >>"$WORK/site.log" 2>&1 ) &
    pid=$!
    local t0=$SECONDS
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE/health/ready" || true)" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "the site exited; log:" >&2; tail -n 30 "$WORK/site.log" >&2; exit 1; }
        [ $((SECONDS - t0)) -gt 900 ] && { echo "not ready after 900 s" >&2; exit 1; }
        sleep 0.2
    done
}
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
rss_mib() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

# Idle: the process used under 0.05 s of CPU in the last 3 s (outboxes drained, start-up work done), 10 s at least.
wait_idle() {
    sleep 10
    local before after
    for _ in $(seq 1 100); do
        before=$(cpu_ticks); sleep 3; after=$(cpu_ticks)
        [ $((after - before)) -le 5 ] && return
    done
    echo "never idle" >&2
}

# 100 village visits: home, catalogue and a search on each (slugs from stdin, cycled).
browse() {
    mapfile -t slugs
    for i in $(seq 0 99); do
        local s=${slugs[$((i % ${#slugs[@]}))]}
        for path in "/v/$s/" "/v/$s/en/products" "/v/$s/en/search?q=vase"; do
            code=$(curl -s -o /dev/null -w '%{http_code}' "$SITE$path")
            [ "$code" = 200 ] || echo "  $path answered $code" >&2
        done
    done
}

measure() {   # label data-dir slugs-file -> a table row
    local label=$1 data=$2 slugs=$3 idle browsed gc
    start_site "$data"
    wait_idle
    idle=$(rss_mib)
    browse <"$slugs"
    sleep 2
    browsed=$(rss_mib)
    gc=-
    if [ -n "$BENCH_DLL" ]; then dotnet "$BENCH_DLL" induce-gc "$pid" >&2; sleep 1; gc=$(rss_mib); fi
    landing_en=$(curl -s "$SITE/en/" | wc -c)
    landing_vi=$(curl -s "$SITE/vi/" | wc -c)
    stop_site
    printf '%-28s %10s %12s %14s %12s %12s\n' "$label" "$idle" "$browsed" "$gc" "$landing_en" "$landing_vi"
    eval "${4}_idle=$idle ${4}_browsed=$browsed ${4}_gc=$gc"
}

# --- B's data set: created through the platform API on a fresh site -------------------------------
echo "creating $COUNT villages through the platform API ..." >&2
start_site "$WORK/b"
wait_idle
token=$(curl -s -H 'Content-Type: application/json' -d '{"email":"admin@craftmarket.local","password":"CraftMarket!2026"}' "$SITE/api/auth/login" | jq -r .accessToken)
python3 - "$COUNT" >"$WORK/villages.jsonl" <<'PY'
import json, sys, unicodedata
count = int(sys.argv[1])
provinces = ["ha-noi","hue","hai-phong","da-nang","ho-chi-minh","can-tho","tuyen-quang","cao-bang","lai-chau","lao-cai","thai-nguyen","dien-bien","lang-son","son-la","phu-tho","bac-ninh","quang-ninh","hung-yen","ninh-binh","thanh-hoa","nghe-an","ha-tinh","quang-tri","quang-ngai","gia-lai","khanh-hoa","lam-dong","dak-lak","dong-nai","tay-ninh","vinh-long","dong-thap","ca-mau","an-giang"]
crafts = ["ceramics","silk","weaving","embroidery","lacquer","wood-carving","bamboo-rattan","sedge-mats","conical-hats","paper","folk-paintings","bronze-casting","silver","blacksmithing","stone-carving","pearl-inlay","incense","food","other"]
first = "An Bình Cẩm Diên Gia Hà Hòa Hương Khánh Lạc Long Minh Mỹ Nghĩa Ngọc Nhân Phú Quảng Sơn Tân Thạch Thanh Thuận Tiên Trung Tường Xuân Yên Hạ Lũng Mai Nam Ninh Quế Thái Thượng Vĩnh Hưng Lương Cát".split()
second = "Lộc Thịnh Hòa Xá Hội Khê Lâm Điền Giang Lý Mỹ Nguyên Quang Sơn Tây Thôn Trại Vân Xuyên Yên Lập Hiệp Châu Đình Liễu Cầu Bảo Chánh Hạnh Triều Tảo Phong Nội Ngoại Đông Thủy Hải Dương Cốc Kiều".split()
def fold(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")
names = [f"{a} {b}" for a in first for b in second if a != b][:count]
for i, name in enumerate(names):
    plain = fold(name)
    slug = f"{plain.lower().replace(' ', '-')}-{i:04d}"
    colour = "#%02x%02x%02x" % ((i * 37) % 96, (i * 53) % 96, (i * 71) % 96)
    print(json.dumps({"slug": slug, "nameVi": f"Làng nghề {name}", "nameEn": f"{plain} Craft Village",
        "supportedLanguages": ["vi", "en"], "province": provinces[i % 34], "craft": crafts[i % len(crafts)],
        "displayCurrencies": [{"code": "USD", "ratePerVnd": 0.000038}],
        "brand": {"brandName": f"Làng {name}", "tagline": f"{plain}, {provinces[i % 34]}", "themeName": "base",
                  "primaryColor": colour, "accentColor": "#c8963e", "backgroundColor": "#fbf8f3", "textColor": "#1f1f1f"}},
        ensure_ascii=False))
PY
t0=$(date +%s%N)
n=0
while IFS= read -r body; do
    code=$(curl -s -o "$WORK/last.json" -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$body" "$SITE/api/platform/tenants")
    [ "$code" = 201 ] || { echo "create failed ($code): $(cat "$WORK/last.json")" >&2; exit 1; }
    n=$((n + 1))
    [ $((n % 250)) = 0 ] && echo "  $n created, $(( ($(date +%s%N) - t0) / 1000000 )) ms" >&2
done <"$WORK/villages.jsonl"
create_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
wait_idle   # the TenantCreated events: glossaries, search visibility
stop_site
jq -r .slug "$WORK/villages.jsonl" | awk 'NR % 15 == 1' | head -n 100 >"$WORK/b-slugs.txt"
printf 'bat-trang\nvan-phuc\ndong-ky\n' >"$WORK/a-slugs.txt"

# --- A and B measured in the same run -------------------------------------------------------------
echo
echo "CraftMarket.Web, Release build, SQLite, workstation GC, $(nproc) cores, $(dotnet --version) SDK"
echo "created $COUNT villages through POST /api/platform/tenants in $create_ms ms ($(awk -v n="$COUNT" -v ms="$create_ms" 'BEGIN{printf "%.1f", ms / n}') ms each)"
printf '%-28s %10s %12s %14s %12s %12s\n' "data set" "idle MiB" "browsed MiB" "after GC MiB" "/en/ bytes" "/vi/ bytes"
measure "A: 3 villages" "$WORK/a" "$WORK/a-slugs.txt" a
measure "B: $((COUNT + 3)) villages" "$WORK/b" "$WORK/b-slugs.txt" b
echo "difference B - A: idle $((b_idle - a_idle)) MiB, after browsing 100 villages $((b_browsed - a_browsed)) MiB, after a full GC $( [ "$b_gc" = - ] && echo - || echo $((b_gc - a_gc)) ) MiB (aim: under 100 MB)"
