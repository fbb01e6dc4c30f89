#!/usr/bin/env bash
# surface_coverage.sh — per command azr shares with az 2.91: the flags az takes, how many azr
# accepts, and the ones that fail with "azr does not support ... yet". The numbers come from
# the committed surface data (src/cli/surface.json) and azr's clap definitions; the same text is
# the README's generated section, which this also checks fresh.
#
# Usage: tools/surface_coverage.sh        (AZR_UPDATE_README=1 rewrites the README's section)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --quiet --test it surface::coverage_in_readme_is_fresh -- --nocapture --exact 2>&1 |
  sed -n '/surface-coverage:start/,/surface-coverage:end/p'
