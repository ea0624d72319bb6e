#!/usr/bin/env bash
# A published site serves what its pages link (ADR 27): tests run from the build output, where static
# assets come from a different manifest than a `dotnet publish`, so a theme stylesheet missing from the
# published manifest (seen once: linked unfingerprinted, answered 404) is invisible to them.
#   bash scripts/publish-smoke.sh        exits 0 when every stylesheet and script a village page links
#                                        answers 200 with a body, from a Production start of the publish
set -uo pipefail
cd "$(dirname "$0")/.."
PORT="${SMOKE_PORT:-5897}"
WORK=$(mktemp -d /tmp/craftmarket-publish.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "publish-smoke: $*" >&2; exit 1; }

dotnet publish src/CraftMarket.Web/CraftMarket.Web.csproj -c Release -o "$WORK/site" -nologo -v:q >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log" >&2; fail "dotnet publish failed"; }
# Production refuses to keep data-protection keys unencrypted (ADR 34): a throwaway certificate, as a deployment mounts its own.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/dp.key" -out "$WORK/dp.crt" -days 2 -subj "/CN=CraftMarket publish smoke" >/dev/null 2>&1 \
    && openssl pkcs12 -export -inkey "$WORK/dp.key" -in "$WORK/dp.crt" -out "$WORK/dp.pfx" -passout pass:smoke >/dev/null 2>&1 \
    || fail "openssl could not make the throwaway data-protection certificate"
( cd "$WORK/site" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    CraftMarket__DataDirectory="$WORK/data" CraftMarket__SeedDemo=true CraftMarket__Media__SeedDemoPhotos=false \
    CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=smoke@craftmarket.test CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
    CraftMarket__DataProtection__CertificatePath="$WORK/dp.pfx" CraftMarket__DataProtection__CertificatePassword=smoke \
    Logging__LogLevel__Default=Warning dotnet CraftMarket.Web.dll ) >"$WORK/site.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/live" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/live" || { tail -20 "$WORK/site.log" >&2; fail "the published site did not start"; }

checked=0
for page in /v/bat-trang/en/ /v/van-phuc/en/ /v/dong-ky/en/ /; do
    html=$(curl -sf "http://127.0.0.1:$PORT$page") || fail "$page did not answer 200"
    for asset in $(printf '%s' "$html" | grep -oE '(href|src)="/(_content|themes)/[^"]+\.(css|js)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
        read -r code size type < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{content_type}\n' "http://127.0.0.1:$PORT$asset")
        [ "$code" = 200 ] && [ "$size" -gt 0 ] && case "$type" in text/css*|text/javascript*|application/javascript*) true ;; *) false ;; esac \
            || fail "$page links $asset, which answers $code, $size bytes, $type"
        checked=$((checked + 1))
    done
done
[ "$checked" -gt 0 ] || fail "no stylesheet or script linked by the village pages"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/account/login" || fail "/account/login did not answer 200"
# The sign-in form's antiforgery token made the key ring: it is on disk encrypted with the certificate, never in clear.
keys=("$WORK/data/keys/"*.xml)
[ -f "${keys[0]}" ] || fail "no data-protection key was written"
grep -q "encryptedSecret" "${keys[@]}" && ! grep -q "<value>" "${keys[@]}" || fail "data-protection keys are stored unencrypted"
echo "publish-smoke: $checked linked stylesheets and scripts served by the published site; keys encrypted at rest"
