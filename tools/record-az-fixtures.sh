#!/usr/bin/env bash
# record-az-fixtures.sh — re-records fixtures/az/: what the real azure-cli 2.91.0 sends, run
# against `azr emulator start` (the project's own recording; design.md "Tests").
#
# Each fixtures/az/NAME.json is {"command", "exit_code", "stdout", "stderr", "requests": [{"method",
# "path", "query", "status", "headers", "body"}]}: one az command line, what it printed, and the
# requests the emulator logged while it ran (no Authorization header; the login requests of the
# setup are not kept). The ssh public key az generates is replaced by the tests' fixed one
# (tests/it/aks.rs KEY), and the run's temp HOME by /home/user.
#
# Usage: tools/record-az-fixtures.sh       (needs the az venv, like tools/az-conformance.sh)
# Env:   AZ_PEER_ROOT / AZ_PEER_VENV, AZ_PEER_SH, AZR (default target/debug/azr)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEER_SH=${AZ_PEER_SH:-${AZR_SHARED_DIR:-$REPO/../shared}/reference/az-peer.sh}
[ -f "$PEER_SH" ] || { echo "az-peer.sh not found at $PEER_SH (set AZ_PEER_SH)" >&2; exit 2; }
export AZ_PEER_ROOT=${AZ_PEER_ROOT:-${TMPDIR:-/tmp}/azr-az-peer}
export AZ_PEER_VENV=${AZ_PEER_VENV:-$AZ_PEER_ROOT/venv}
[ -x "$AZ_PEER_VENV/bin/az" ] || { echo "azure-cli not installed in $AZ_PEER_VENV (run: $PEER_SH install)" >&2; exit 2; }
AZR=${AZR:-$REPO/target/debug/azr}
OUT=$REPO/fixtures/az

RUN=$(mktemp -d "${TMPDIR:-/tmp}/azr-record.XXXXXX")
export AZ_PEER_DIR=$RUN/az AZ_PEER_TLS=$RUN/tls
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$RUN"
}
trap cleanup EXIT

"$AZR" emulator start --port 0 --tls-dir "$AZ_PEER_TLS" --state "$RUN/emulator.db" \
  --request-log "$RUN/requests.jsonl" --poll-ms 50 --operation-ms 300 \
  >"$RUN/server.out" 2>"$RUN/server.err" &
SERVER_PID=$!
for _ in $(seq 1 300); do
  grep -q 'listening on' "$RUN/server.out" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$RUN/server.err" >&2; exit 1; }
  sleep 0.1
done
export AZ_PEER_PORT=$(sed -E 's/.*https:\/\/[^:]+:([0-9]+).*/\1/' <<<"$(head -n1 "$RUN/server.out")")
AZ_PEER_LOGIN=sp bash "$PEER_SH" setup >/dev/null
mkdir -p "$OUT"

# record NAME ARGS...: runs `az ARGS`, writes $OUT/NAME.json from its output and the new log lines.
record() {
  local name=$1; shift
  local before rc=0
  before=$(wc -l <"$RUN/requests.jsonl")
  bash "$PEER_SH" az "$@" >"$RUN/stdout" 2>"$RUN/stderr" || rc=$?
  tail -n +"$((before + 1))" "$RUN/requests.jsonl" >"$RUN/new.jsonl"
  "$AZ_PEER_VENV/bin/python" - "$name" "$rc" "$RUN" "$OUT/$name.json" "$*" <<'PY'
import json, re, sys
name, rc, run, out, args = sys.argv[1:]
home = run + "/az/home"
key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7RMiIS6jFkTylOio4lX7i6R248CULVBq7Qekh8fBkDuvyzmxDUb9vhyBMotyEr0Mc1X9yqkp28LxzOYHbbuenee0lKda0Voax3g3ma751/Gx1pwoWhavPfdmGoGol5HHD50do6eN3tm1jGnewQspjDx7M3ioSo7esVzop83liWxsuRfXWAEuEF596wr5oU2lP1IcG5FIvPNAkrxCvORwy0oFsyr/DsZDM0MusU1PbLF2HJBoUII22BX4LkGOu0pPzHtr2g3UDW9prLMF5+eQkwod6wRH+pX2q9J05IQJ5cZUGJwctwp9gCmxzj2VpukIuzNtVqfTjhb09tvjHqSUJ"
def clean(text):
    text = text.replace(home, "/home/user")
    return re.sub(r"ssh-rsa [A-Za-z0-9+/=]+( \S+)?", key, text)
stdout = clean(open(run + "/stdout").read())
try:
    stdout = json.loads(stdout)
except ValueError:
    pass
requests = []
for line in open(run + "/new.jsonl"):
    e = json.loads(line)
    body = e.get("body")
    if isinstance(body, (dict, list)):
        body = json.loads(clean(json.dumps(body)))
    requests.append({"method": e["method"], "path": e["path"], "query": e["query"],
                     "status": e["status"], "headers": e["headers"], "body": body})
doc = {"command": "az " + args, "exit_code": int(rc), "stdout": stdout,
       "stderr": clean(open(run + "/stderr").read()), "requests": requests}
with open(out, "w") as f:
    json.dump(doc, f, indent=2, sort_keys=True)
    f.write("\n")
print(f"{name}: exit {rc}, {len(requests)} request(s)")
PY
}

record group-create group create -n rg -l eastus
record group-show-missing group show -n nosuchrg
record network-public-ip-prefix-create network public-ip prefix create --length 28 -l eastus -n p -g rg
record aks-create-no-wait aks create -g rg -n c --enable-node-public-ip --generate-ssh-keys --no-wait
bash "$PEER_SH" az aks wait --created -g rg -n c --interval 1 >/dev/null
record aks-nodepool-add-allowed-host-ports-valid aks nodepool add -g rg --cluster-name c -n np2 \
  --allowed-host-ports 80/tcp 443/tcp 53/udp 8000-8010/tcp --no-wait
record aks-nodepool-add-allowed-host-ports-invalid aks nodepool add -g rg --cluster-name c -n np3 \
  --allowed-host-ports 80/xyz
record aks-create-wait-async-lro aks create -g rg -n lroc --enable-node-public-ip --generate-ssh-keys
record feature-register feature register --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview
record feature-show feature show --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview
VMSS=$(bash "$PEER_SH" az vmss list -g MC_rg_c_eastus --query '[0].name' -o tsv)
record vmss-list-instance-public-ips vmss list-instance-public-ips -g MC_rg_c_eastus -n "$VMSS"
record vmss-list-instance-public-ips-missing-vmss vmss list-instance-public-ips -g MC_rg_c_eastus -n nosuch
