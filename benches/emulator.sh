#!/usr/bin/env bash
# The emulator server's figures with the release binary (issue 15). Not a test: it measures.
#   1. GET and PUT of one resource group over HTTPS (HTTP/2), 16 clients, h2load, N seconds each
#   2. a 1000-node pool with node public IPs: `azr aks create --node-count 1000`, then
#      `azr vmss list-instance-public-ips` listing its 1000 addresses (10 pages), wall time
#   3. the host-port allocator filling all 20,000 ports of one protocol (benches/hostport.rs)
# Every figure is printed with the load average it was measured under.
#
# Usage: benches/emulator.sh [seconds per h2load phase, default 10]
# Env:   AZR (default target/release/azr). Needs h2load (Debian: nghttp2-client) and curl;
#        INSTALL=1 installs nghttp2-client with apt-get when h2load is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
AZR=${AZR:-target/release/azr}
SECONDS_PER_PHASE=${1:-10}
CLIENTS=16
[ -x "$AZR" ] || { echo "build first: cargo build --release --locked (or set AZR)" >&2; exit 2; }
if ! command -v h2load >/dev/null; then
  if [ "${INSTALL:-0}" = 1 ]; then apt-get install -y -q nghttp2-client >&2
  else echo "needs h2load: apt-get install nghttp2-client (or INSTALL=1 $0)" >&2; exit 2; fi
fi
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

RUN=$(mktemp -d "${TMPDIR:-/tmp}/azr-bench-emulator.XXXXXX")
SERVER_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill -TERM "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  rm -rf "$RUN"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

"$AZR" emulator start --port 0 --tls-dir "$RUN/tls" --state "$RUN/emulator.db" --operation-ms 0 \
  >"$RUN/server.out" 2>"$RUN/server.err" &
SERVER_PID=$!
for _ in $(seq 1 100); do
  grep -q 'listening on' "$RUN/server.out" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$RUN/server.err" >&2; exit 1; }
  sleep 0.1
done
PORT=$(sed -E 's/.*https:\/\/[^:]+:([0-9]+).*/\1/' "$RUN/server.out")
BASE=https://127.0.0.1:$PORT
SUB=00000000-0000-0000-0000-000000000001
TOKEN=$(curl -sS --cacert "$RUN/tls/ca.pem" "$BASE/bench/oauth2/v2.0/token" \
  -d 'client_id=bench&client_secret=x&grant_type=client_credentials&scope=https://management.core.windows.net//.default' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
RG="$BASE/subscriptions/$SUB/resourcegroups/bench?api-version=2024-11-01"
echo '{"location": "eastus", "tags": {"bench": "1"}}' >"$RUN/group.json"
curl -sS --cacert "$RUN/tls/ca.pem" -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' --data-binary @"$RUN/group.json" "$RG"

# h2load prints "finished in 10.00s, 20123.40 req/s, ..." and "status codes: N 2xx, ..."
h2() { # label, extra h2load args...
  local label=$1; shift
  local out
  out=$(h2load -c "$CLIENTS" -m 1 -D "$SECONDS_PER_PHASE" --warm-up-time 1 \
    -H "Authorization: Bearer $TOKEN" "$@" "$RG" 2>&1)
  local rps ok bad
  rps=$(sed -nE 's/^finished in [^,]+, ([0-9.]+) req\/s.*/\1/p' <<<"$out")
  ok=$(sed -nE 's/^status codes: ([0-9]+) 2xx.*/\1/p' <<<"$out")
  bad=$(sed -nE 's/^status codes: [0-9]+ 2xx, ([0-9]+) 3xx, ([0-9]+) 4xx, ([0-9]+) 5xx.*/\1+\2+\3/p' <<<"$out")
  printf '| %s, %d clients, HTTPS (h2) | %.0f req/s | %s 2xx, %s not | %s |\n' \
    "$label" "$CLIENTS" "$rps" "$ok" "$((bad))" "$(load)"
}

echo "# azr = $AZR, server on $BASE, --operation-ms 0, $(nproc) cores"
echo "| figure | result | detail | load average |"
echo "|---|---|---|---|"
h2 "GET resource group"
h2 "PUT resource group" -H ':method: PUT' -H 'Content-Type: application/json' -d "$RUN/group.json"

# A 1000-node pool through the CLI, as a user would make it (its own HOME for the SSH key;
# cargo below still needs the real one, for rustup).
REAL_HOME=$HOME
export AZR_CONFIG_DIR=$RUN/azr-config HOME=$RUN/home REQUESTS_CA_BUNDLE=$RUN/tls/ca.pem
mkdir -p "$HOME/.ssh" && ssh-keygen -q -t rsa -b 2048 -N '' -f "$HOME/.ssh/id_rsa"
"$AZR" cloud register -n Local --endpoint-resource-manager "$BASE/" --endpoint-active-directory "$BASE" \
  --endpoint-active-directory-resource-id https://management.core.windows.net/ >/dev/null
"$AZR" cloud set -n Local 2>/dev/null
"$AZR" login --service-principal -u bench -p x --tenant 72f988bf-0000-0000-0000-000000000001 -o none
"$AZR" group create -n big -l eastus -o none
ms() { python3 -c 'import sys,time; t=time.perf_counter(); import subprocess; r=subprocess.run(sys.argv[1:], stdout=subprocess.PIPE); sys.stdout.buffer.write(r.stdout); print("%.0f" % ((time.perf_counter()-t)*1000), file=sys.stderr); sys.exit(r.returncode)' "$@"; }
create_ms=$( { ms "$AZR" aks create -g big -n c -l eastus --node-count 1000 --enable-node-public-ip \
  --generate-ssh-keys -o none; } 2>&1 >/dev/null)
printf '| `aks create --node-count 1000 --enable-node-public-ip` | %s ms | one PUT, its operation, the GET | %s |\n' \
  "$create_ms" "$(load)"
VMSS=$("$AZR" vmss list -g MC_big_c_eastus --query '[0].name' -o tsv)
list_ms=$( { ms "$AZR" vmss list-instance-public-ips -g MC_big_c_eastus -n "$VMSS" --query 'length(@)' -o tsv >"$RUN/count"; } 2>&1)
printf '| `vmss list-instance-public-ips` of the 1000 nodes | %s ms | %s addresses, pages of 100 | %s |\n' \
  "$list_ms" "$(cat "$RUN/count")" "$(load)"

# The allocator is a pure library: its own bench, built with the release settings.
HOME=$REAL_HOME cargo bench --locked -q --bench hostport --no-run
fill=$(HOME=$REAL_HOME cargo bench --locked -q --bench hostport | sed -nE 's/^assign all 20,000 UDP ports.* ([0-9.]+) ms .*/\1/p')
[ -n "$fill" ] || { echo "benches/hostport.rs printed no fill time" >&2; exit 1; }
printf '| host-port allocator: all 20,000 UDP ports | %s ms | best of 10, `cargo bench --bench hostport` | %s |\n' \
  "$fill" "$(load)"
