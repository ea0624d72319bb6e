#!/usr/bin/env bash
# The one command that runs every test on a fresh Debian 12 machine, as root:
#   bash scripts/test.sh [extra dotnet test arguments]
# It installs what the tests need (PostgreSQL, Chromium, fonts), starts PostgreSQL, builds and
# runs the whole solution, then prints "N passed, N failed" and exits non-zero on any failure,
# including a failed build.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RESULTS="$ROOT/TestResults"
CONFIGURATION="${CONFIGURATION:-Release}"
export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Playwright must never fetch a browser: the tests launch Debian's Chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CRAFTMARKET_CHROMIUM="${CRAFTMARKET_CHROMIUM:-/usr/bin/chromium}"

say() { printf '==> %s\n' "$*"; }
fail() {
    printf 'test.sh: %s\n' "$*" >&2
    echo "0 passed, 1 failed"
    exit 1
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    # A fresh machine has empty package lists; update only when an install is actually needed.
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null \
        || { as_root apt-get update -q </dev/null && as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null; }
}

start_postgres() {
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n1)
    if [ -z "$version" ]; then
        # The package normally creates the cluster; create it if that step was skipped.
        version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n1)
        [ -n "$version" ] || return 1
        as_root pg_createcluster "$version" main || return 1
    fi
    if ! pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
        say "starting PostgreSQL $version"
        as_root pg_ctlcluster "$version" main start || return 1
    fi
    local i
    for i in $(seq 1 30); do
        (cd / && as_root runuser -u postgres -- psql -qAtc 'select 1') >/dev/null 2>&1 && break
        sleep 1
    done
    (cd / && as_root runuser -u postgres -- psql -qc "ALTER USER postgres PASSWORD 'postgres'") >/dev/null
}

# Browser-side and loopback tools the tests drive (axe-core for WCAG checks, s3rver for S3), pinned by lock files.
install_node_tools() {
    command -v npm >/dev/null || install_packages nodejs npm || return 1
    local dir
    # EndToEnd: axe-core; tests/tools: s3rver, the S3-compatible server Media's S3 adapter is tested against.
    for dir in tests/CraftMarket.EndToEnd tests/tools; do
        say "npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    done
}

dotnet_test() {
    rm -rf "$RESULTS/trx"
    mkdir -p "$RESULTS/trx"
    say "building ($CONFIGURATION)"
    # Build once, then test without rebuilding: a build error shows up here, unmistakably.
    if ! dotnet build CraftMarket.sln -c "$CONFIGURATION" -m:1 -nologo -v:q -clp:ErrorsOnly; then
        echo "test.sh: build failed" >&2
        return 2
    fi
    say "testing"
    dotnet test CraftMarket.sln -c "$CONFIGURATION" --no-build -m:1 -nologo \
        --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS/trx" "$@"
}

# Sums the counters of every TRX file: "passed failed skipped".
count_results() {
    local passed=0 failed=0 skipped=0 f p fl t e nx
    for f in "$RESULTS"/trx/*.trx; do
        [ -e "$f" ] || continue
        # One <Counters .../> element per run; attributes in any order.
        local counters
        counters=$(grep -o '<Counters [^>]*>' "$f" | head -n1)
        attr() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
        t=$(attr total); p=$(attr passed); fl=$(attr failed); e=$(attr error)
        # A skipped test is "executed" by nobody and not counted in notExecuted either: count
        # the results whose outcome says so.
        nx=$(grep -c '<UnitTestResult [^>]*outcome="NotExecuted"' "$f" || true)
        local to ab
        to=$(attr timeout); ab=$(attr aborted)
        passed=$((passed + p))
        failed=$((failed + fl + e + to + ab))
        skipped=$((skipped + nx))
        # A test host that crashed leaves executed < total with nothing marked failed.
        local executed
        executed=$(attr executed)
        if [ "$t" -gt $((executed + nx)) ]; then failed=$((failed + t - executed - nx)); fi
    done
    echo "$passed $failed $skipped"
}

main() {
    command -v dotnet >/dev/null || fail "the .NET 10 SDK (dotnet) is not on PATH"
    install_packages postgresql redis-server nginx chromium fonts-noto-core fonts-noto-cjk fonts-dejavu-core poppler-utils ca-certificates curl \
        || fail "could not install the test prerequisites"
    start_postgres || fail "could not start PostgreSQL"
    install_node_tools || fail "could not install the npm tools the tests use"
    export CRAFTMARKET_TEST_POSTGRES="${CRAFTMARKET_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}"

    dotnet_test "$@"
    local status=$?
    if [ $status -eq 2 ]; then
        echo "0 passed, 1 failed"
        exit 1
    fi

    read -r passed failed skipped < <(count_results)
    # One check outside dotnet test: a published site serves every asset its pages link (ADR 27).
    say "publish smoke test"
    if bash scripts/publish-smoke.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    local projects
    projects=$(ls "$RESULTS"/trx/*.trx 2>/dev/null | wc -l)
    if [ "$projects" -eq 0 ]; then
        echo "test.sh: no test results were written (dotnet test exited $status)" >&2
        echo "0 passed, 1 failed"
        exit 1
    fi
    # dotnet test failing with every counted test green (e.g. a crashed host) still fails.
    if [ $status -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    say "results of $projects test project(s) in $RESULTS/trx; screenshots in $RESULTS/screenshots"
    # Skipped tests (suites that need a service this machine lacks, e.g. a live Elasticsearch)
    # are reported on their own line; the last line is always "N passed, N failed".
    [ "$skipped" -gt 0 ] && echo "$skipped skipped (see the trx files for which and why)"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

main "$@"
