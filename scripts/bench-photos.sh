#!/usr/bin/env bash
# Benchmark (not a test): one 12-megapixel JPEG to the full rendition set (long edge 2048, 1280,
# 640, 320 in AVIF, WebP and JPEG, metadata stripped), by our pipeline (the Media module's
# renderer), ImageMagick `convert` (Debian's 6.9.11) and libvips' command line (Debian's 8.14) as the
# floor. Same qualities everywhere (ADR 74): JPEG 80, WebP 54, AVIF 52; ours adds mozjpeg's trellis
# (Debian's libjpeg-turbo under the vips CLI and ImageMagick has none) and tunes AV1 for SSIM, as
# Debian's libheif under both does. The floor decodes once per size
# (`vips thumbnail` to a .v file) and encodes the three formats from it, at our AV1 and WebP efforts
# (FLOOR_EFFORT, the site's default). ImageMagick 6.9.11 ignores heic:speed (its files are identical
# at speeds 6 to 9), so its AVIF is at libheif's default speed, slower than ours: `identify` shows
# what each tool wrote and how many bytes, then each tool's bytes and SSIM per format against the
# same downscaled source (`photos quality`, Media's Imaging/Ssim.cs; renditions aim at >= 0.92) and
# ours / theirs byte ratios. Ours at each of EFFORTS. Wall time and peak RSS from
# /usr/bin/time -v (best of RUNS); our peak RSS while two different 12 MP photos render at once, with
# glibc's default arenas and with MALLOC_ARENA_MAX=2 as infra/Dockerfile deploys it;
# then the time per stage and each encoder alone per setting (time, bytes, PSNR), on the grainy
# test photo and on a smooth demo photo. The machine may be shared: the load average is printed
# at the start and the end. Everything printed is also written to
# tests/CraftMarket.Benchmarks/photos-last-run.txt.
#   bash scripts/bench-photos.sh            RUNS=3, EFFORTS="1 3" by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
# AV1 efforts to time the whole render at (the site's default is MediaOptions.AvifEffort).
EFFORTS="${EFFORTS:-1 3}"
# The floor's AV1 effort: the site's default (MediaOptions.AvifEffort).
FLOOR_EFFORT="${FLOOR_EFFORT:-1}"
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
IN2="$WORK/photo-12mp-2.jpg"
"${BENCH[@]}" make "$IN"
"${BENCH[@]}" make "$IN2" 7
OUT_FILE=tests/CraftMarket.Benchmarks/photos-last-run.txt
exec > >(tee "$OUT_FILE") 2>&1
echo "Photo benchmark: bash scripts/bench-photos.sh (RUNS=$RUNS EFFORTS=\"$EFFORTS\" FLOOR_EFFORT=$FLOOR_EFFORT), $(date -u '+%Y-%m-%d %H:%M UTC')"

# Our renderer at a given AV1 effort (the site's default when none), one photo or two at once.
ours() {
    rm -rf "$WORK/ours"; "${BENCH[@]}" render "$IN" "$WORK/ours" 1 ${EFFORT:-} >/dev/null
    [ "$(ls "$WORK/ours/0" | wc -l)" -eq 12 ] || { echo "ours wrote $(ls "$WORK/ours/0" | wc -l) of 12 files" >&2; return 1; }
}
ours_two() { rm -rf "$WORK/ours2"; "${BENCH[@]}" render "$IN,$IN2" "$WORK/ours2" 2 ${EFFORT:-} >/dev/null; }
ours_two_arenas() { rm -rf "$WORK/ours2"; MALLOC_ARENA_MAX=2 "${BENCH[@]}" render "$IN,$IN2" "$WORK/ours2" 2 ${EFFORT:-} >/dev/null; }
magick() {
    rm -rf "$WORK/im"; mkdir -p "$WORK/im"
    local args=("$IN" -auto-orient -colorspace sRGB -strip -write mpr:src +delete)
    for e in 2048 1280 640 320; do
        args+=(mpr:src -resize "${e}x${e}>" -quality 80 -write "$WORK/im/$e.jpg" -quality 54 -write "$WORK/im/$e.webp"
               -quality 52 -write "$WORK/im/$e.avif" +delete)
    done
    # The last +delete leaves no image; null: needs one to "write", so read the source back.
    convert "${args[@]}" mpr:src null:
    [ "$(ls "$WORK/im" | wc -l)" -eq 12 ] || { echo "ImageMagick wrote $(ls "$WORK/im" | wc -l) of 12 files" >&2; return 1; }
}
vipsthumb() {
    rm -rf "$WORK/vt"; mkdir -p "$WORK/vt"
    local v
    for e in 2048 1280 640 320; do
        v="$WORK/vt/$e.v"
        vips thumbnail "$IN" "$v" "$e" --height "$e" --size down
        vips jpegsave "$v" "$WORK/vt/$e.jpg" --Q 80 --optimize-coding --interlace --strip
        vips webpsave "$v" "$WORK/vt/$e.webp" --Q 54 --effort 2 --smart-subsample --strip
        vips heifsave "$v" "$WORK/vt/$e.avif" --Q 52 --compression av1 --effort "$FLOOR_EFFORT" --strip
        rm "$v"
    done
    [ "$(ls "$WORK/vt" | wc -l)" -eq 12 ] || { echo "vips wrote $(ls "$WORK/vt" | wc -l) of 12 files" >&2; return 1; }
}
export -f ours ours_two ours_two_arenas magick vipsthumb
export IN IN2 WORK FLOOR_EFFORT
BENCH_CMD="${BENCH[*]}"; export BENCH_CMD

# Runs a function RUNS times under /usr/bin/time -v; prints "best_seconds peak_kb" on stdout and
# each run on stderr as it ends (a run that fails says so and stops the script, never silently).
measure() {
    local best="" peak=0 i out secs kb
    for i in $(seq 1 "$RUNS"); do
        if ! out=$( { /usr/bin/time -v bash -c "BENCH=($BENCH_CMD); $1" >/dev/null; } 2>&1 ); then
            printf '%s failed:\n%s\n' "$1" "$out" >&2
            return 1
        fi
        secs=$(printf '%s\n' "$out" | awk -F': ' '/Elapsed \(wall clock\)/ { n=split($2,p,":"); s=0; for(j=1;j<=n;j++) s=s*60+p[j]; print s }')
        kb=$(printf '%s\n' "$out" | awk -F': ' '/Maximum resident set size/ { print $2 }')
        printf '  %-10s run %d: %6s s %8s KB\n' "$1" "$i" "$secs" "$kb" >&2
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$secs; fi
        if [ "${kb:-0}" -gt "$peak" ]; then peak=$kb; fi
    done
    echo "$best $peak"
}

row() { printf '%-40s %8s s  %7s MB peak RSS\n' "$1" "$2" "$(($3 / 1024))"; }

echo "12-megapixel JPEG (4000 x 3000) -> 4 sizes x AVIF/WebP/JPEG, best of $RUNS runs; load at start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
declare -A t_ours m_ours
for effort in $EFFORTS; do
    export EFFORT=$effort
    r=$(measure ours) || exit 1
    read -r "t_ours[$effort]" "m_ours[$effort]" <<<"$r"
done
unset EFFORT
r=$(measure ours_two) || exit 1; read -r t_two m_two <<<"$r"
r=$(measure ours_two_arenas) || exit 1; read -r t_two_a m_two_a <<<"$r"
r=$(measure magick) || exit 1; read -r t_im m_im <<<"$r"
r=$(measure vipsthumb) || exit 1; read -r t_vt m_vt <<<"$r"
for effort in $EFFORTS; do row "CraftMarket (NetVips), AVIF effort $effort" "${t_ours[$effort]}" "${m_ours[$effort]}"; done
row "CraftMarket, two photos at once" "$t_two" "$m_two"
row "  the same, MALLOC_ARENA_MAX=2 (deployed)" "$t_two_a" "$m_two_a"
row "ImageMagick convert ($(convert -version | awk 'NR==1 {print $3}'))" "$t_im" "$m_im"
row "vips CLI floor ($(vips --version), effort $FLOOR_EFFORT)" "$t_vt" "$m_vt"
for effort in $EFFORTS; do
    awk -v e="$effort" -v o="${t_ours[$effort]}" -v i="$t_im" -v v="$t_vt" \
        'BEGIN { printf "effort %s: ImageMagick / ours %.1fx (aim >= 4x); ours / vips floor %.2fx (aim <= 1.5x)\n", e, i/o, o/v }'
done
echo "Peak RSS of our renderer while two different 12 MP photos render at once (whole dotnet process): $((m_two_a / 1024)) MB with MALLOC_ARENA_MAX=2 as deployed, $((m_two / 1024)) MB with glibc's default arenas (aim < 300 MB)"
echo
echo "What each wrote (last run; loader/codec, size, bytes):"
"${BENCH[@]}" identify "$WORK/ours/0" "$WORK/im" "$WORK/vt"
echo
echo "Bytes of the four sizes and SSIM of 2048/1280/640/320 against the same downscaled source, per tool (ours = 0):"
"${BENCH[@]}" quality "$IN" "$WORK/ours/0" "$WORK/im" "$WORK/vt"
echo "Bytes, ours / theirs:"
for ext in avif webp jpg; do
    o=$(cat "$WORK"/ours/0/*."$ext" | wc -c); i=$(cat "$WORK"/im/*."$ext" | wc -c); v=$(cat "$WORK"/vt/*."$ext" | wc -c)
    awk -v e="$ext" -v o="$o" -v i="$i" -v v="$v" 'BEGIN { printf "  %-5s ours %7d B   / ImageMagick %.2fx   / vips CLI %.2fx\n", e, o, o/i, o/v }'
done
echo
echo "Where one render's time goes (the site's default settings):"
"${BENCH[@]}" stages "$IN"
echo
echo "Each encoder alone, per effort (encode time, bytes and fidelity of the four sizes):"
"${BENCH[@]}" avif "$IN" 0 1 2 3
"${BENCH[@]}" webp "$IN" 2 3 4 6
echo "WebP without smart subsampling:"
"${BENCH[@]}" webp-plain "$IN" 2 4
echo "JPEG: 0 baseline, 1 optimised tables, 2 optimised + progressive (ours), 3 + trellis:"
"${BENCH[@]}" jpeg "$IN" 0 1 2 3
"${BENCH[@]}" make-demo "$WORK/demo.jpg"
echo "The same on a smooth subject (a demo photo, 1280 px):"
"${BENCH[@]}" avif "$WORK/demo.jpg" 0 1 2 3
"${BENCH[@]}" webp "$WORK/demo.jpg" 2 4
echo
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
