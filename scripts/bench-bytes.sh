#!/usr/bin/env bash
# Bytes on the wire per page and per stylesheet/script, without and with compression (ADR 27):
#   bash scripts/bench-bytes.sh <site base URL> <path> [<path> ...]
# For each page: the body size as a client that sends no Accept-Encoding gets it (what every
# browser got before compression) and as a browser sending "Accept-Encoding: br, gzip" gets it,
# both from the page cache (each asked twice first). Then the same for every stylesheet and script
# the pages link (fingerprinted, precompressed at build/publish). Called by bench-listing.sh.
set -euo pipefail
SITE=$1; shift

size() {   # url [accept-encoding] -> "bytes encoding"
    local url=$1 enc=${2:-}
    local args=(-s -o /dev/null -w '%{size_download} %header{content-encoding}\n')   # the newline lets read succeed under set -e
    [ -n "$enc" ] && args+=(-H "Accept-Encoding: $enc")
    curl "${args[@]}" "$url"
}

row() {   # label url
    local label=$1 url=$2 plain packed enc
    size "$url" >/dev/null; size "$url" "br, gzip" >/dev/null   # warm: render once, keep per encoding
    read -r plain _ < <(size "$url")
    read -r packed enc < <(size "$url" "br, gzip")
    printf '%-58s %10s %10s %-6s %6s\n' "$label" "$plain" "$packed" "${enc:-none}" \
        "$(awk -v a="$packed" -v b="$plain" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }')"
}

printf '%-58s %10s %10s %-6s %6s\n' "" "identity" "br, gzip" "sent" "ratio"
assets=()
for path in "$@"; do
    row "page $path" "$SITE$path"
    while read -r asset; do assets+=("$asset"); done < <(curl -s "$SITE$path" \
        | grep -oE '(href|src)="/(_content|themes)/[^"]+\.(css|js)"' | sed -E 's/^(href|src)="//; s/"$//')
done
for asset in $(printf '%s\n' "${assets[@]}" | sort -u); do row "asset $asset" "$SITE$asset"; done
