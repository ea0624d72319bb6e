#!/usr/bin/env bash
# Start-up time and idle memory of the published site on SQLite with demo data.
#   bash scripts/bench-host.sh [runs]        (default 5 runs)
# Start-up: process start until /health/ready answers 200. The first run starts on an empty data
# directory (migrations and demo seeding included); the others restart on the seeded one.
# Memory: VmRSS after 10 s idle, then again after a full GC induced through EventPipe.
# BEFORE_REF=<commit> (e.g. BEFORE_REF=7a3119c) also publishes that commit (git archive, nothing checked out)
# and restarts it in turn with this tree's site on its own seeded data directory, so a start-up change is
# measured before and after in the same run (ADR 0081). BENCH_PUBLISHED and BEFORE_PUBLISHED take existing
# build outputs instead of publishing (not ReadyToRun unless they were published so). Output also goes to tests/CraftMarket.Benchmarks/host-last-run.txt.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${1:-5}"
PORT="${BENCH_PORT:-5791}"
# Workstation GC, as in infra/Dockerfile; BENCH_GC_SERVER=1 measures server GC instead.
GC_SERVER="${BENCH_GC_SERVER:-0}"
WORK=$(mktemp -d /tmp/craftmarket-bench.XXXXXX)
PUBLISH="$WORK/publish"
DATA="$WORK/data"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "publishing (Release) ..." >&2
# Published as infra/Dockerfile does it: ReadyToRun for linux-x64.
R2R=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
if [ -n "${BENCH_PUBLISHED:-}" ]; then cp -r "$BENCH_PUBLISHED" "$PUBLISH"   # an existing build or publish of this tree
else dotnet publish src/CraftMarket.Web/CraftMarket.Web.csproj -c Release "${R2R[@]}" -o "$PUBLISH" -nologo -v:q >&2; fi
dotnet build tests/CraftMarket.Benchmarks -c Release -nologo -v:q >&2
BENCH_DLL=$(ls tests/CraftMarket.Benchmarks/bin/Release/net*/CraftMarket.Benchmarks.dll | head -n1)

if [ -n "${BEFORE_PUBLISHED:-}" ]; then
    BEFORE_REF="${BEFORE_REF:-before}"; cp -r "$BEFORE_PUBLISHED" "$WORK/before-publish"   # an existing build of the commit before
elif [ -n "${BEFORE_REF:-}" ]; then
    echo "publishing $BEFORE_REF (Release) ..." >&2
    mkdir -p "$WORK/before-src"
    git archive "$BEFORE_REF" | tar -x -C "$WORK/before-src"
    dotnet publish "$WORK/before-src/src/CraftMarket.Web/CraftMarket.Web.csproj" -c Release "${R2R[@]}" -o "$WORK/before-publish" -nologo -v:q >&2
fi

# Baseline in the same run: an empty ASP.NET Core app ("dotnet new web") published the same way,
# so start-up and memory are reported as ratios to the framework's own floor.
BASE="$WORK/baseline"
dotnet new web -o "$BASE/src" -n Baseline --no-restore >/dev/null 2>&1
sed -i 's#app.MapGet("/", () => "Hello World!");#app.MapGet("/", () => "Hello World!");\napp.MapGet("/health/ready", () => "Healthy");#' "$BASE/src/Program.cs"
dotnet publish "$BASE/src" -c Release "${R2R[@]}" -o "$BASE/publish" -nologo -v:q >&2

site_dir="$PUBLISH"; site_dll="CraftMarket.Web.dll"

start_site() {
    ( cd "$site_dir" && exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        CraftMarket__DataDirectory="$DATA" \
        CraftMarket__SeedDemo=true \
        CraftMarket__DataProtection__AllowUnprotectedKeys=true \
        CraftMarket__Smtp__Host=127.0.0.1 CraftMarket__Smtp__From=bench@craftmarket.test \
        CraftMarket__Sms__Url=http://127.0.0.1:9/sms \
        Logging__LogLevel__Default=Warning \
        DOTNET_gcServer="$GC_SERVER" \
        dotnet "$site_dll" >>"$WORK/site.log" 2>&1 ) &
    pid=$!
}

# Sets ms: milliseconds from process start until /health/ready gives 200 (60 s at most).
# Not run in $(...): the site's pid must stay in this shell.
time_to_ready() {
    local t0 t1 code
    t0=$(date +%s%N)
    start_site
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)
        [ "$code" = 200 ] && break
        kill -0 "$pid" 2>/dev/null || { echo "the site exited; log:" >&2; tail -n 30 "$WORK/site.log" >&2; exit 1; }
        [ $(( ($(date +%s%N) - t0) / 1000000 )) -gt 60000 ] && { echo "not ready after 60 s" >&2; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
}

stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

times=()
for i in $(seq 1 "$RUNS"); do
    time_to_ready
    times+=("$ms")
    echo "run $i: ${ms} ms" >&2
    if [ "$i" -lt "$RUNS" ]; then stop_site; fi
done

# The last run stays up for the memory reading. `dotnet` execs the app in the same process.
sleep 10
idle=$(rss_kib "$pid")
dotnet "$BENCH_DLL" induce-gc "$pid" >&2
sleep 1
after_gc=$(rss_kib "$pid")
stop_site

# The commit before, restarted on its own seeded data directory, alternating with this tree's site.
before_warm="-"; after_alt="-"
if [ -n "${BEFORE_REF:-}" ]; then
    main_data="$DATA"
    site_dir="$WORK/before-publish"; DATA="$WORK/data-before"
    time_to_ready; stop_site   # first start: migrations and seeding, not counted
    before_times=(); after_times=()
    for i in $(seq 1 "$RUNS"); do
        site_dir="$WORK/before-publish"; DATA="$WORK/data-before"; time_to_ready; before_times+=("$ms"); stop_site
        site_dir="$PUBLISH"; DATA="$main_data"; time_to_ready; after_times+=("$ms"); stop_site
        echo "alternating run $i: before ${before_times[-1]} ms, after ${after_times[-1]} ms" >&2
    done
    DATA="$main_data"
    before_warm=$(printf '%s\n' "${before_times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
    after_alt=$(printf '%s\n' "${after_times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
fi

# The same readings for the empty app.
site_dir="$BASE/publish"; site_dll="Baseline.dll"
base_times=()
for i in $(seq 1 "$RUNS"); do
    time_to_ready
    base_times+=("$ms")
    if [ "$i" -lt "$RUNS" ]; then stop_site; fi
done
sleep 10
base_idle=$(rss_kib "$pid")
stop_site
base_median=$(printf '%s\n' "${base_times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')

sorted=$(printf '%s\n' "${times[@]}" | sort -n)
min=$(echo "$sorted" | head -n1)
max=$(echo "$sorted" | tail -n1)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
warm=$(printf '%s\n' "${times[@]:1}" | sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2); else print "-"}')

OUT_FILE=tests/CraftMarket.Benchmarks/host-last-run.txt
exec > >(tee "$OUT_FILE")
echo "Start-up and idle memory: bash scripts/bench-host.sh $RUNS${BEFORE_REF:+ (BEFORE_REF=$BEFORE_REF)}, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CraftMarket.Web, published Release (ReadyToRun), SQLite + demo data, gcServer=$GC_SERVER, $(nproc) cores, $(dotnet --version) SDK"
printf '%-40s %10s\n' "measure" "value"
printf '%-40s %10s\n' "----------------------------------------" "----------"
printf '%-40s %7s ms\n' "first start, empty data dir (run 1)" "${times[0]}"
printf '%-40s %7s ms\n' "restart, seeded data dir (median)" "$warm"
printf '%-40s %7s ms\n' "start-up, all $RUNS runs: min" "$min"
printf '%-40s %7s ms\n' "start-up, all $RUNS runs: median" "$median"
printf '%-40s %7s ms\n' "start-up, all $RUNS runs: max" "$max"
printf '%-40s %6s MiB\n' "idle RSS after 10 s" "$((idle / 1024))"
printf '%-40s %6s MiB\n' "idle RSS after induced full GC" "$((after_gc / 1024))"
printf '%-40s %7s ms\n' "empty ASP.NET Core app: start-up median" "$base_median"
printf '%-40s %6s MiB\n' "empty ASP.NET Core app: idle RSS" "$((base_idle / 1024))"
echo "ratios: start-up (restart median) $(awk -v a="$warm" -v b="$base_median" 'BEGIN{printf "%.1f", a/b}')x the empty app; idle RSS $(awk -v a="$idle" -v b="$base_idle" 'BEGIN{printf "%.1f", a/b}')x"
if [ -n "${BEFORE_REF:-}" ]; then
    printf '%-40s %7s ms\n' "restart, $BEFORE_REF (median, alternating)" "$before_warm"
    printf '%-40s %7s ms\n' "restart, this tree (median, alternating)" "$after_alt"
    echo "before/after: this tree restarts in $(awk -v a="$after_alt" -v b="$before_warm" 'BEGIN{printf "%.2f", a/b}')x the time of $BEFORE_REF; $(awk -v a="$before_warm" -v b="$base_median" 'BEGIN{printf "%.1f", a/b}')x -> $(awk -v a="$after_alt" -v b="$base_median" 'BEGIN{printf "%.1f", a/b}')x the empty app"
fi
