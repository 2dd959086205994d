#!/usr/bin/env bash
# Runs every test of the solution, preparing what the tests need first:
#   - PostgreSQL server binaries (initdb/pg_ctl): installed with apt-get when missing. The PostgreSQL tests start
#     their own throwaway server on a free loopback port, or use ORLEANSTRADING_TEST_POSTGRES if you set it.
#   - The npm socket.io-client the realtime test drives under Node (tests/realtime-client, pinned by its
#     package-lock.json): installed with `npm ci`. The test runs `npm ci` itself when node_modules is missing.
# Ends with one line "N passed, N failed" and exits non-zero when anything failed or did not run.
set -euo pipefail
cd "$(dirname "$0")/.."

have_postgres_binaries() {
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1
}

if [ -z "${ORLEANSTRADING_TEST_POSTGRES:-}" ] && ! have_postgres_binaries; then
    echo "== Installing PostgreSQL server binaries (apt-get install postgresql)"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "PostgreSQL is missing and this user cannot install it: install the 'postgresql' package, then re-run." >&2
        exit 1
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    # The package may start a default cluster on port 5432; the tests do not use it, so leave nothing running.
    if command -v pg_lsclusters >/dev/null 2>&1; then
        pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _; do
            $SUDO pg_ctlcluster "$version" "$cluster" stop 2>/dev/null || true
        done || true
    fi
fi

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK (dotnet) is required." >&2; exit 1; }

if command -v npm >/dev/null 2>&1; then
    echo "== Installing the realtime test client (npm ci --prefix tests/realtime-client)"
    npm ci --prefix tests/realtime-client --no-audit --no-fund --loglevel=error
else
    echo "Node.js and npm are missing: the socket.io client test will fail. Install Node 20+ with npm." >&2
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
# Throwaway PostgreSQL servers the tests start (data directories named orleanstrading-pg-*) must all be stopped by
# the tests themselves; any that outlive the run (and were not already running before it) are a leak.
test_servers() { pgrep -f -- '-D [^ ]*orleanstrading-pg-' | sort || true; }
servers_before="$(test_servers)"
# One summary line per test assembly ("Passed!  - Failed: 0, Passed: 93, Skipped: 0, ..."); they are summed below.
dotnet test OrleansTrading.sln "$@" 2>&1 | tee "$log" || status=$?
leaked="$(comm -13 <(echo "$servers_before") <(test_servers) | tr '\n' ' ')"
if [ -n "${leaked// /}" ]; then
    echo "Test PostgreSQL servers left running after the tests (pids: $leaked): stopping them; this run fails." >&2
    kill $leaked 2>/dev/null || true
    status=1
fi

passed=0
failed=0
assemblies=0
while read -r f p; do
    assemblies=$((assemblies + 1))
    passed=$((passed + p))
    failed=$((failed + f))
done < <(sed -n 's/^\(Passed\|Failed\)!  - Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*/\2 \3/p' "$log")

expected="$(dotnet sln OrleansTrading.sln list | grep -c 'Tests\.csproj$' || true)"
if [ "$assemblies" -lt "$expected" ]; then
    echo "Only $assemblies of $expected test projects reported results (a test host crashed or aborted)." >&2
    status=1
fi
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
    status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # A crashed or aborted test host reports no failed test; count it as one so the summary never reads green.
    echo "dotnet test failed outside any test (build error, crash or aborted run): see the output above." >&2
    failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
