#!/usr/bin/env bash
# End-to-end time of `silo backtest` on a 1,000,000-bar CSV (issue 4's target: < 2 s including parsing and artifacts).
# Builds the silo in Release, generates the bars once (53 MB, deterministic), then times three runs of bot.json.
# Usage: benchmarks/backtest-cli/run.sh [bars] [interval]     (defaults: 1000000 1m)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bars="${1:-1000000}"
interval="${2:-1m}"
work="${TMPDIR:-/tmp}/orleanstrading-backtest-cli"
mkdir -p "$work"
dotnet build -c Release "$root/silo" -v q -nologo > /dev/null
silo=("dotnet" "$root/silo/bin/Release/net10.0/OrleansTrading.Silo.dll")
data="$work/spy-$bars-$interval.csv"
if [[ ! -f "$data" ]]; then
  "${silo[@]}" generate-bars --symbol SPY --bars "$bars" --interval "$interval" --seed 1 --out "$data"
fi
TIMEFORMAT='%R s wall, %U s user CPU, %S s system CPU'
for run in 1 2 3; do
  printf 'run %d: ' "$run"
  time "${silo[@]}" backtest --config "$here/bot.json" --data "SPY=$data" --out "$work/runs" > "$work/last-run.txt"
done
grep -E '^(total_trades|final_equity|run|directory) ' "$work/last-run.txt"
