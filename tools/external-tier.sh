#!/usr/bin/env bash
# external-tier.sh — the second test tier: what needs more than the repository (design.md
# "Tests"). The real azure-cli 2.91.0 as the oracle, az's own recordings and captures in
# ../shared/fixtures, the az-peer recipe in ../shared/reference:
#   1. the tests marked `#[ignore = "external tier: ..."]` (`cargo test --locked -- --ignored`),
#   2. the az conformance suite (tools/az-conformance.sh),
#   3. the differential suite (tools/differential.py), which must score 100%,
#   4. the seed's kubectl section with the real kubectl (tools/kubectl-seed.sh).
# Fails, naming what is missing, when a prerequisite is absent: nothing is skipped.
#
# Usage: tools/external-tier.sh
# Env:   AZR_SHARED_DIR  the shared folder (default ../shared beside the repository)
#        AZ_PEER_ROOT    where the az venv lives (default ${TMPDIR:-/tmp}/azr-az-peer)
#        AZ_INSTALL=1    install azure-cli 2.91.0 there when missing (about a minute, 730 MB)
#        AZR             the azr binary for the suites (default target/release/azr, else target/debug/azr)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
export AZR_SHARED_DIR=${AZR_SHARED_DIR:-$REPO/../shared}
export AZ_PEER_ROOT=${AZ_PEER_ROOT:-${TMPDIR:-/tmp}/azr-az-peer}
export AZ_PEER_SH=${AZ_PEER_SH:-$AZR_SHARED_DIR/reference/az-peer.sh}

missing=()
[ -d "$AZR_SHARED_DIR/fixtures/azure-cli-recordings" ] ||
  missing+=("az's recordings: $AZR_SHARED_DIR/fixtures/azure-cli-recordings (set AZR_SHARED_DIR)")
[ -d "$AZR_SHARED_DIR/fixtures/az-captured" ] ||
  missing+=("az's captures: $AZR_SHARED_DIR/fixtures/az-captured (set AZR_SHARED_DIR)")
[ -f "$AZ_PEER_SH" ] || missing+=("the az-peer recipe: $AZ_PEER_SH (set AZR_SHARED_DIR or AZ_PEER_SH)")
command -v python3 >/dev/null || missing+=("python3 (the differential suite)")
command -v openssl >/dev/null || missing+=("openssl (az-peer.sh certs)")
command -v kubectl >/dev/null || missing+=("kubectl (the Kubernetes API tests; /usr/bin/kubectl on these machines)")
if [ ${#missing[@]} -gt 0 ]; then
  printf 'external tier: missing %s\n' "${missing[@]}" >&2
  exit 2
fi
if [ ! -x "$AZ_PEER_ROOT/venv/bin/az" ]; then
  if [ "${AZ_INSTALL:-0}" = 1 ]; then
    echo "installing azure-cli 2.91.0 into $AZ_PEER_ROOT/venv (about a minute)" >&2
    bash "$AZ_PEER_SH" install >&2
  else
    echo "external tier: missing the real az at $AZ_PEER_ROOT/venv/bin/az (AZ_INSTALL=1 installs it)" >&2
    exit 2
  fi
fi
if [ -z "${AZR:-}" ]; then
  AZR=$REPO/target/release/azr
  [ -x "$AZR" ] || AZR=$REPO/target/debug/azr
fi
[ -x "$AZR" ] || { echo "external tier: no azr binary at $AZR (cargo build first, or set AZR)" >&2; exit 2; }
export AZR

echo "# external tier 1/4: tests needing the real az and ../shared"
cargo test --locked -- --ignored --skip measure_  # measure_*: benchmarks, not tests
echo "# external tier 2/4: az conformance (az and azr against azr emulator start)"
bash tools/az-conformance.sh
echo "# external tier 3/4: differential suite (az against azr)"
python3 tools/differential.py --jobs 2  # whole blocks in two shards at once (2 cores)
echo "# external tier 4/4: the seed's kubectl section (the real kubectl against azr emulator start)"
bash tools/kubectl-seed.sh
echo "# coverage: az 2.91's flags that azr accepts, per command (the README's section)"
bash tools/surface_coverage.sh
