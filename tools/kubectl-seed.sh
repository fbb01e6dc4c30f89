#!/usr/bin/env bash
# kubectl-seed.sh — the seed's kubectl section with the real kubectl (issue 13), end to end:
# `azr emulator start`, azr signed in to it, a cluster with node public IPs and the host-port
# preview, `azr aks get-credentials`, then `kubectl apply -f echoserver.yaml` (fixtures/manifests/), `get pods -o
# wide`, `describe pod` (Host Ports and the *_HOSTPORT environment) and `get nodes -o wide`
# (EXTERNAL-IP). Fails loudly when kubectl is missing or an expected line is not printed.
#
# Usage: tools/kubectl-seed.sh        Env: AZR (default target/debug/azr), KUBECTL (default kubectl)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AZR=${AZR:-$REPO/target/debug/azr}
KUBECTL=${KUBECTL:-$(command -v kubectl || true)}
[ -n "$KUBECTL" ] && [ -x "$KUBECTL" ] || { echo "kubectl-seed: kubectl is missing (install it or set KUBECTL)" >&2; exit 2; }
[ -x "$AZR" ] || { echo "kubectl-seed: no azr binary at $AZR (cargo build first, or set AZR)" >&2; exit 2; }

work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export HOME=$work/home AZR_CONFIG_DIR=$work/azr
mkdir -p "$HOME"
"$AZR" emulator start --port 0 --tls-dir "$work/tls" --operation-ms 0 >"$work/ready" 2>"$work/server.err" &
server=$!
for _ in $(seq 100); do grep -q listening "$work/ready" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o 'port [0-9]*' "$work/ready" | cut -d' ' -f2)
[ -n "$port" ] || { echo "kubectl-seed: the emulator did not start: $(cat "$work/server.err")" >&2; exit 1; }
export REQUESTS_CA_BUNDLE=$work/tls/ca.pem
run() { echo "\$ $*" >&2; "$@"; }
azr() { "$AZR" "$@"; }

azr cloud register -n Emu --endpoint-resource-manager "https://127.0.0.1:$port/" >/dev/null 2>&1
azr cloud set -n Emu 2>/dev/null
azr login --service-principal -u seed -p seed-secret --tenant 72f988bf-0000-0000-0000-000000000001 -o none
azr group create --name rg --location eastus -o none
azr aks create -g rg -n c --location eastus --enable-node-public-ip --node-count 2 \
  --nodepool-allowed-host-ports 80/tcp,443/tcp,53/udp,40000-60000/tcp --no-ssh-key -o none
azr feature register --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview -o none 2>/dev/null
azr provider register --namespace Microsoft.ContainerService 2>/dev/null
run "$AZR" aks get-credentials -g rg -n c

cd "$work"

cp "$REPO/fixtures/manifests/echoserver.yaml" echoserver.yaml  # the seed's Deployment
run "$KUBECTL" apply -f echoserver.yaml
run "$KUBECTL" get pods -o wide | tee pods
pod=$(awk 'NR==2 {print $1}' pods)
run "$KUBECTL" describe pod "$pod" | tee describe
run "$KUBECTL" get nodes -o wide | tee nodes

fail() { echo "kubectl-seed: $*" >&2; exit 1; }
[ "$(wc -l <pods)" -eq 4 ] || fail "expected 3 pods"
grep -Eq '^    Host Ports: +[0-9]+/TCP, [0-9]+/TCP$' describe || fail "no Host Ports line"
grep -Eq '^      echoserver-hostport_PORT_8080_TCP_HOSTPORT: +[0-9]+$' describe || fail "no 8080 host-port variable"
grep -Eq '^      echoserver-hostport_PORT_8443_TCP_HOSTPORT: +[0-9]+$' describe || fail "no 8443 host-port variable"
awk 'NR>1 && $7 !~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/ {bad=1} END {exit bad}' nodes || fail "a node without EXTERNAL-IP"
echo "kubectl-seed: ok"
