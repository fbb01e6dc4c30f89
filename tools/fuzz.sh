#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for SECONDS each (default 30) on the stable toolchain:
# cargo-fuzz with `--sanitizer none` (no nightly-only sanitizer) and RUSTC_BOOTSTRAP=1 (for the
# coverage flags cargo-fuzz passes). Starts from the committed seeds (fuzz/seeds/<target>) and
# the local corpus (fuzz/corpus/<target>, not committed), then prints one line per target:
# executions, executions per second, corpus size and crashes. Exits 1 when a target crashed
# (the input is kept under fuzz/artifacts/<target>/).
#   tools/fuzz.sh [SECONDS] [TARGET...]
# Needs cargo-fuzz: `cargo install cargo-fuzz --locked` (from crates.io).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-30}
shift || true
if ! [[ $secs =~ ^[1-9][0-9]*$ ]]; then
  echo "tools/fuzz.sh: SECONDS must be a whole number above 0, not '$secs'" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "tools/fuzz.sh: cargo-fuzz is missing; install it with: cargo install cargo-fuzz --locked" >&2
  exit 2
fi
export RUSTC_BOOTSTRAP=1
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list)
fi
cargo fuzz build --sanitizer none >&2
mkdir -p logs
marker=$(mktemp)
failed=0
printf '%-20s %12s %10s %8s %8s\n' target executions exec/s corpus crashes
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  dirs=("corpus/$t")
  [ -d "seeds/$t" ] && dirs+=("seeds/$t")
  log="logs/$t.log"
  status=0
  cargo fuzz run --sanitizer none "$t" "${dirs[@]}" -- \
    -max_total_time="$secs" -print_final_stats=1 -rss_limit_mb=1024 >"$log" 2>&1 || status=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  corpus=$(find "corpus/$t" -type f | wc -l)
  crashes=$(find "artifacts/$t" -type f -newer "$marker" \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' \) 2>/dev/null | wc -l)
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes="error($status)"; fi
  printf '%-20s %12s %10s %8s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "$corpus" "$crashes"
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "  $t failed (exit $status); see fuzz/$log" >&2
  fi
done
rm -f "$marker" "${TMPDIR:-/tmp}"/azr-fuzz-router-*.db*
exit $failed
