#!/usr/bin/env bash
# Start-up cost of azr (and of the real az, when installed) for the three commands issue 2 names:
# `--version`, `aks create --help`, and a validation failure; and a usage error (a missing
# argument: az's help examples, ranked, from the embedded usage data); and a command whose flags
# pass validation and that stops at the login check. Wall time from hyperfine (median),
# peak RSS from /usr/bin/time (median of 5). Not a test: it measures, it asserts nothing.
#
# Usage: benches/startup.sh [path/to/azr]   (default: target/release/azr)
#   AZ=/path/to/venv/bin/az benches/startup.sh   to include az (default: $AZ_PEER_ROOT/venv/bin/az)
set -euo pipefail
cd "$(dirname "$0")/.."
AZR=${1:-target/release/azr}
AZ=${AZ:-${AZ_PEER_ROOT:-${TMPDIR:-/tmp}/azr-az-peer}/venv/bin/az}
[ -x "$AZR" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

sandbox=$(mktemp -d); trap 'rm -rf "$sandbox"' EXIT
export AZR_CONFIG_DIR=$sandbox/azr AZURE_CONFIG_DIR=$sandbox/az HOME=$sandbox/home
export AZURE_CORE_COLLECT_TELEMETRY=false AZURE_CORE_NO_COLOR=true
mkdir -p "$HOME"

cases=(
  "--version"
  "aks create --help"
  "aks nodepool add -g x --cluster-name y -n z --allowed-host-ports 80/xyz"
  "aks nodepool add --cluster-name y -n z --node-count 3"
  "aks create -g x -n y --cluster-autoscaler-profile scan-interval=30s"
)

peak_rss_mib() { # median peak RSS of 5 runs, in MiB
  local bin=$1; shift
  for _ in 1 2 3 4 5; do
    # a validation failure exits 1 on purpose: keep the measurement
    { /usr/bin/time -f %M "$bin" "$@" 2>&1 >/dev/null || true; } | tail -n 1
  done | sort -n | sed -n 3p | awk '{printf "%.1f", $1/1024}'
}

printf '| tool | command | median wall | peak RSS |\n|---|---|---|---|\n'
for tool in "$AZR" "$AZ"; do
  [ -x "$tool" ] || continue
  for c in "${cases[@]}"; do
    # shellcheck disable=SC2086
    json=$(hyperfine -N -i --warmup 3 --runs 30 --export-json /dev/stdout --style none "$tool $c" 2>/dev/null)
    median=$(printf '%s' "$json" | python3 -c 'import json,sys; print("%.2f ms" % (json.load(sys.stdin)["results"][0]["median"]*1000))')
    # shellcheck disable=SC2086
    rss=$(peak_rss_mib "$tool" $c)
    printf '| %s | `%s` | %s | %s MiB |\n' "$(basename "$tool")" "$c" "$median" "$rss"
  done
done
