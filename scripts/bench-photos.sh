#!/usr/bin/env bash
# Benchmark (not a test): one 12-megapixel JPEG to the full rendition set (long edge 2048, 1280,
# 640, 320 in AVIF, WebP and JPEG, metadata stripped), by our pipeline (the Media module's
# renderer), ImageMagick `convert`, and `vipsthumbnail` as the floor. Same qualities everywhere:
# JPEG 80, WebP 78, AVIF 52 at AV1 speed 7 (libvips effort 2). Wall time and peak RSS from
# /usr/bin/time -v (best of RUNS), plus our peak RSS with two photos rendered at once.
#   bash scripts/bench-photos.sh            RUNS=3 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
for pkg in imagemagick libvips-tools time; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}"; fi

dotnet build tests/CraftMarket.Benchmarks -c Release -m:1 -nologo -v:q -clp:ErrorsOnly
BENCH=(dotnet tests/CraftMarket.Benchmarks/bin/Release/net10.0/CraftMarket.Benchmarks.dll photos)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
IN="$WORK/photo-12mp.jpg"
"${BENCH[@]}" make "$IN"

ours() { rm -rf "$WORK/ours"; "${BENCH[@]}" render "$IN" "$WORK/ours" >/dev/null; }
ours_two() { rm -rf "$WORK/ours2"; "${BENCH[@]}" render "$IN" "$WORK/ours2" 2 >/dev/null; }
magick() {
    rm -rf "$WORK/im"; mkdir -p "$WORK/im"
    local args=("$IN" -auto-orient -colorspace sRGB -strip -write mpr:src +delete)
    for e in 2048 1280 640 320; do
        args+=(mpr:src -resize "${e}x${e}>" -quality 80 -write "$WORK/im/$e.jpg" -quality 78 -write "$WORK/im/$e.webp"
               -quality 52 -define heic:speed=7 -write "$WORK/im/$e.avif" +delete)
    done
    convert "${args[@]}" null:
}
vipsthumb() {
    rm -rf "$WORK/vt"; mkdir -p "$WORK/vt"
    for e in 2048 1280 640 320; do
        vipsthumbnail "$IN" -s "${e}x${e}>" -o "$WORK/vt/$e.jpg[Q=80,optimize_coding,interlace,strip]"
        vipsthumbnail "$IN" -s "${e}x${e}>" -o "$WORK/vt/$e.webp[Q=78,strip]"
        vipsthumbnail "$IN" -s "${e}x${e}>" -o "$WORK/vt/$e.avif[Q=52,compression=av1,effort=2,strip]"
    done
}
export -f ours ours_two magick vipsthumb
export IN WORK
BENCH_CMD="${BENCH[*]}"; export BENCH_CMD

# Runs a function RUNS times under /usr/bin/time -v; prints "best_seconds peak_kb".
measure() {
    local best="" peak=0 i out secs kb
    for i in $(seq 1 "$RUNS"); do
        out=$( { /usr/bin/time -v bash -c "BENCH=($BENCH_CMD); $(declare -f "$1"); $1" >/dev/null; } 2>&1 || true )
        secs=$(printf '%s\n' "$out" | awk -F': ' '/Elapsed \(wall clock\)/ { n=split($2,p,":"); s=0; for(j=1;j<=n;j++) s=s*60+p[j]; print s }')
        kb=$(printf '%s\n' "$out" | awk -F': ' '/Maximum resident set size/ { print $2 }')
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; fi
        if [ "${kb:-0}" -gt "$peak" ]; then peak=$kb; fi
    done
    echo "$best $peak"
}

echo "12-megapixel JPEG (4000 x 3000) -> 4 sizes x AVIF/WebP/JPEG, best of $RUNS runs"
read -r t_ours m_ours < <(measure ours)
read -r t_two m_two < <(measure ours_two)
read -r t_im m_im < <(measure magick)
read -r t_vt m_vt < <(measure vipsthumb)
printf '%-34s %8s s  %7s MB peak RSS\n' "CraftMarket (NetVips 8.18)" "$t_ours" "$((m_ours / 1024))"
printf '%-34s %8s s  %7s MB peak RSS\n' "CraftMarket, two photos at once" "$t_two" "$((m_two / 1024))"
printf '%-34s %8s s  %7s MB peak RSS\n' "ImageMagick convert ($(convert -version | head -1 | awk '{print $3}'))" "$t_im" "$((m_im / 1024))"
printf '%-34s %8s s  %7s MB peak RSS\n' "vipsthumbnail ($(vips --version))" "$t_vt" "$((m_vt / 1024))"
awk -v o="$t_ours" -v i="$t_im" -v v="$t_vt" 'BEGIN { printf "ImageMagick / ours: %.1fx faster (aim >= 4x); ours / vipsthumbnail: %.2fx (aim <= 1.5x)\n", i/o, o/v }'
echo "Peak RSS with two photos at once: $((m_two / 1024)) MB (aim < 300 MB)"
