#!/usr/bin/env bash
# Public verification (ADR 0042) under wrk on loopback: GET /api/verify/{token} and the page
# /verify/{token} of one genuine label, beside Kestrel serving the very same page HTML as a static file.
#   bash scripts/bench-verify.sh [token] [seconds]      (defaults: a label made here, 20 s per run)
# Every verification does what a buyer's does: finds the key and batch, checks the Ed25519 signature,
# reads revocations and the certificate, writes its scan row and counts the code's networks. The
# per-network limit (30 a minute) is raised for the run, since wrk speaks from one address.
# With no token given (the demo data's README lists some once seeded), a label is made straight in
# the SQLite database: a key whose public half only is stored (a token is checked with the public key
# alone), a scheme, a certificate for a published Bat Trang product and a batch, the token signed here.
set -euo pipefail

cd "$(dirname "$0")/.."
TOKEN_ARG="${1:-}"
SECONDS_PER_RUN="${2:-20}"
PORT="${BENCH_PORT:-5794}"
STATIC_PORT=$((PORT + 1))
SLUG=bat-trang
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
WORK=$(mktemp -d /tmp/craftmarket-verify.XXXXXX)
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
    for i in $(seq 1 900); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ] && return 0
        sleep 0.1
    done
    echo "no answer from $url; site log:" >&2; tail -n 40 "$WORK/site.log" >&2; exit 1
}

( cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    CraftMarket__DataDirectory="$WORK/data" CraftMarket__SeedDemo=true Logging__LogLevel__Default=Warning \
    CraftMarket__QualityMarks__VerifyPerMinute=100000000 CraftMarket__DataProtection__AllowUnprotectedKeys=true \
    CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=bench@craftmarket.test CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
    dotnet CraftMarket.Web.dll >>"$WORK/site.log" 2>&1 ) &
pids+=($!)
SITE="http://127.0.0.1:$PORT"
wait_for "$SITE/health/ready"

if [ -n "$TOKEN_ARG" ]; then
    TOKEN="$TOKEN_ARG"
else
    echo "making a genuine label in $SLUG ..." >&2
    TOKEN=$(python3 - "$WORK/data/craftmarket.db" "$SLUG" <<'PY'
import base64, datetime, json, random, sqlite3, struct, sys, uuid
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
db = sqlite3.connect(sys.argv[1], timeout=30)
tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
def table(suffix): return next(t for t in tables if t.endswith(suffix))
tenant = db.execute(f'select "Id" from "{table("tenancy_tenants")}" where "Slug"=?', (sys.argv[2],)).fetchone()[0]
product, makers = db.execute(f'select "Id", "MakerIds" from "{table("catalogue_products")}" where "TenantId"=? and "Status"=\'Published\' and "MakerIds" <> \'[]\' order by "Id" limit 1', (tenant,)).fetchone()
member = json.loads(makers)[0]
G = lambda: str(uuid.uuid4()).upper()
ticks = lambda d: int((d - datetime.datetime(1, 1, 1, tzinfo=datetime.timezone.utc)).total_seconds() * 10**7)
now = datetime.datetime.now(datetime.timezone.utc)
today = (now + datetime.timedelta(hours=7)).date()
key = Ed25519PrivateKey.generate()
key_id = random.randint(1 << 24, (1 << 31) - 1) | 1
scheme, certificate, batch = G(), G(), G()
# The demo data has batches of its own: take the next number.
number = (db.execute(f'select max("Number") from "{table("quality_marks_label_batches")}" where "TenantId"=?', (tenant,)).fetchone()[0] or 0) + 1
db.execute(f'insert into "{table("quality_marks_signing_keys")}" ("Id","TenantId","KeyId","PublicKey","ProtectedPrivateKey","CreatedAt") values (?,?,?,?,?,?)',
    (G(), tenant, key_id, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw), "bench: tokens are checked with the public key only", ticks(now)))
db.execute(f'insert into "{table("quality_marks_schemes")}" ("Id","TenantId","Code","Categories","ValidityMonths","CurrentVersion","Retired","CreatedAt","Description_Vi","Name_Vi","Name_En") values (?,?,?,?,?,?,?,?,?,?,?)',
    (scheme, tenant, "bench-" + scheme[:8].lower(), "[]", 24, 1, 0, ticks(now), "Đo", "Gốm Bát Tràng chính hiệu (đo)", "Genuine Bat Trang ceramics (bench)"))
db.execute(f'insert into "{table("quality_marks_certificates")}" ("Id","TenantId","Number","SchemeId","SchemeVersion","MemberId","ProductIds","ApplicationId","IssuedOn","ExpiresOn","Status") values (?,?,?,?,?,?,?,?,?,?,?)',
    (certificate, tenant, "BENCH-" + certificate[:6], scheme, 1, member.upper(), json.dumps([product.lower()]), G(), str(today - datetime.timedelta(days=30)), str(today + datetime.timedelta(days=700)), "Active"))
db.execute(f'insert into "{table("quality_marks_label_batches")}" ("Id","TenantId","Number","ProductId","CertificateId","KeyId","Quantity","Size","IssuedOn","CreatedAt","CreatedBy") values (?,?,?,?,?,?,?,?,?,?,?)',
    (batch, tenant, number, product, certificate, key_id, 1000, "Small", str(today), ticks(now), "bench"))
db.commit()
payload = struct.pack(">BIII", 1, key_id, number, 7) + uuid.UUID(product).bytes + struct.pack(">H", (today - datetime.date(2020, 1, 1)).days)
signature = key.sign(b"craftmarket/item-code/v1\n" + payload)
print(base64.b32encode(payload + signature).decode().rstrip("="))
PY
)
fi

API="$SITE/v/$SLUG/api/verify/$TOKEN"
PAGE="$SITE/v/$SLUG/en/verify/$TOKEN"
status=$(curl -sf "$API" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
[ "$status" = genuine ] || [ "$status" = suspicious ] || { echo "the label answers $status, not genuine" >&2; exit 1; }

mkdir -p "$WORK/static"
curl -sf "$PAGE" -o "$WORK/static/index.html"
page_bytes=$(stat -c %s "$WORK/static/index.html")
api_bytes=$(curl -sf "$API" | wc -c)
dotnet "$BENCH_DLL" static-site "$WORK/static" "http://127.0.0.1:$STATIC_PORT" >>"$WORK/static.log" 2>&1 &
pids+=($!)
STATIC="http://127.0.0.1:$STATIC_PORT/index.html"
wait_for "$STATIC"

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

read -r api_rps api_p50 api_p99 < <(run_wrk "$API" api)
read -r page_rps page_p50 page_p99 < <(run_wrk "$PAGE" page)
read -r static_rps static_p50 static_p99 < <(run_wrk "$STATIC" static)
scans=$(python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); t=[r[0] for r in db.execute("select name from sqlite_master where name like \"%verification_scans\"")][0]; print(db.execute(f"select count(*) from \"{t}\"").fetchone()[0])' "$WORK/data/craftmarket.db")

echo
echo "Verify one genuine label ($SLUG); page ${page_bytes} bytes, API answer ${api_bytes} bytes; wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s; $(nproc) cores; SQLite"
printf '%-34s %12s %10s %10s\n' "" "requests/s" "p50" "p99"
printf '%-34s %12s %10s %10s\n' "GET /api/verify/{token}" "$api_rps" "$api_p50" "$api_p99"
printf '%-34s %12s %10s %10s\n' "GET /verify/{token} (page, en)" "$page_rps" "$page_p50" "$page_p99"
printf '%-34s %12s %10s %10s\n' "same page HTML as a static file" "$static_rps" "$static_p50" "$static_p99"
echo "ratio: API $(awk -v a="$api_rps" -v b="$static_rps" 'BEGIN{printf "%.3f", a/b}')x, page $(awk -v a="$page_rps" -v b="$static_rps" 'BEGIN{printf "%.3f", a/b}')x the static file;" \
    "$scans scan rows written; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
