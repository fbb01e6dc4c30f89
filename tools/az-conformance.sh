#!/usr/bin/env bash
# az-conformance.sh — the real azure-cli 2.91.0 against `azr emulator start`, then azr against
# the same server (design.md "Tests", ../shared/reference/az-as-peer.md §6).
#
# Installs azure-cli in a virtualenv OUTSIDE the repository when it is missing (about 1 min,
# 730 MB), starts the emulator server on a free port with a fresh state in a temp dir, logs az in
# (service principal, then managed identity), and runs the AKS node-public-IP workflow with az's
# space-separated list dialect. Every az command must exit 0 and the state behind it is checked.
#
# Usage: tools/az-conformance.sh            (from the repository root or anywhere)
# Env:   AZ_PEER_ROOT   where the az venv lives (default ${TMPDIR:-/tmp}/azr-az-peer; its venv/
#                       is reused, e.g. AZ_PEER_ROOT=/work/azpeer)
#        AZR            the azr binary (default target/debug/azr, built with `cargo build` if absent)
#        KEEP=1         keep the run's temp dir (server log, request log, az config) for inspection
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PEER_SH=${AZ_PEER_SH:-${AZR_SHARED_DIR:-$REPO/../shared}/reference/az-peer.sh}
[ -f "$PEER_SH" ] || { echo "az-peer.sh not found at $PEER_SH (set AZ_PEER_SH)" >&2; exit 2; }
export AZ_PEER_ROOT=${AZ_PEER_ROOT:-${TMPDIR:-/tmp}/azr-az-peer}
export AZ_PEER_VENV=${AZ_PEER_VENV:-$AZ_PEER_ROOT/venv}
AZR=${AZR:-$REPO/target/debug/azr}

RUN=$(mktemp -d "${TMPDIR:-/tmp}/azr-conformance.XXXXXX")
export AZ_PEER_DIR=$RUN/az AZ_PEER_TLS=$RUN/tls
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $RUN" >&2; else rm -rf "$RUN"; fi
}
trap cleanup EXIT

PASS=0 FAIL=0 PENDING=()
ok() { PASS=$((PASS + 1)); echo "ok   $*"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL $*" >&2; }
py() { "$AZ_PEER_VENV/bin/python" "$@"; }

# --- prerequisites ---------------------------------------------------------------------------
if [ ! -x "$AZ_PEER_VENV/bin/az" ]; then
  echo "installing azure-cli into $AZ_PEER_VENV (about a minute)" >&2
  bash "$PEER_SH" install >&2
fi
if [ ! -x "$AZR" ]; then (cd "$REPO" && cargo build -q); fi

# --- server ----------------------------------------------------------------------------------
"$AZR" emulator start --port 0 --tls-dir "$AZ_PEER_TLS" --state "$RUN/emulator.db" \
  --request-log "$RUN/requests.jsonl" --feature-delay-ms 1500 --poll-ms 50 \
  >"$RUN/server.out" 2>"$RUN/server.err" &
SERVER_PID=$!
for _ in $(seq 1 300); do
  grep -q 'listening on' "$RUN/server.out" 2>/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$RUN/server.err" >&2; exit 1; }
  sleep 0.1
done
READY=$(head -n1 "$RUN/server.out")
export AZ_PEER_PORT=$(sed -E 's/.*https:\/\/[^:]+:([0-9]+).*/\1/' <<<"$READY")
BASE="https://127.0.0.1:$AZ_PEER_PORT"
echo "# $READY"

az_() { bash "$PEER_SH" az "$@"; }
# Runs one az command; its stdout is kept in $OUT. Fails the suite (not the script) on non-zero.
run_az() {
  local err=$RUN/last.err rc=0
  OUT=$(az_ "$@" 2>"$err") || rc=$?
  if [ $rc = 0 ]; then ok "az $*"; return 0; fi
  bad "az $* (exit $rc): $(tail -n5 "$err")"; OUT=; return 1
}
# check NAME PYTHON-EXPR: evaluates EXPR with `d` = JSON of $OUT.
check() {
  local name=$1 expr=$2
  if py -c "import json,sys,ipaddress; d=json.loads(sys.stdin.read() or 'null'); sys.exit(0 if ($expr) else 1)" <<<"$OUT"; then
    ok "  $name"
  else
    bad "  $name: $(head -c 400 <<<"$OUT")"
  fi
}

# --- az, service principal -------------------------------------------------------------------
AZ_PEER_LOGIN=sp bash "$PEER_SH" setup >/dev/null && ok "az login --service-principal (setup)" || bad "az setup (sp)"
run_az account show -o json && check "subscription is the emulator's" "d['id']=='00000000-0000-0000-0000-000000000001'"

workflow() { # $1: label (az|azr); uses the runner $RUNNER and resource names suffixed with $1
  local R=$RUNNER s=$1 rg=rg-$1 loc=eastus
  $R group create -n "$rg" -l $loc -o json && check "group Succeeded" "d['properties']['provisioningState']=='Succeeded'"
  $R network public-ip prefix create --length 28 -l $loc -n pfx -g "$rg" -o json || return 1
  check "prefix /28" "d['prefixLength']==28 and d['ipPrefix'].endswith('/28')"
  local prefix_id prefix
  prefix_id=$(py -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$OUT")
  prefix=$(py -c 'import json,sys; print(json.load(sys.stdin)["ipPrefix"])' <<<"$OUT")
  $R aks create -g "$rg" -n c1 -l $loc --node-count 3 --enable-node-public-ip \
    --node-public-ip-prefix-id "$prefix_id" --node-public-ip-tags RoutingPreference=Internet \
    --generate-ssh-keys -o json || return 1
  check "cluster Succeeded with node public IPs from the prefix" \
    "d['provisioningState']=='Succeeded' and d['agentPoolProfiles'][0]['enableNodePublicIp'] and d['agentPoolProfiles'][0]['nodePublicIpPrefixId'].lower()=='$prefix_id'.lower()"
  local mc=MC_${rg}_c1_$loc asg1 asg2
  $R network asg create -g "$rg" -n asg1 -l $loc -o json && asg1=$(py -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$OUT")
  $R network asg create -g "$rg" -n asg2 -l $loc -o json && asg2=$(py -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$OUT")
  $R aks nodepool add -g "$rg" --cluster-name c1 -n np2 --node-count 2 --enable-node-public-ip \
    --node-public-ip-prefix-id "$prefix_id" \
    --allowed-host-ports 80/tcp 443/tcp 53/udp 40000-60000/tcp --asg-ids "$asg1" "$asg2" -o json || return 1
  check "pool has the host ports and both ASGs" \
    "[(p['portStart'],p['portEnd'],p['protocol']) for p in d['networkProfile']['allowedHostPorts']]==[(80,80,'TCP'),(443,443,'TCP'),(53,53,'UDP'),(40000,60000,'TCP')] and len(d['networkProfile']['applicationSecurityGroups'])==2"
  $R aks nodepool update -g "$rg" --cluster-name c1 -n np2 --allowed-host-ports 80/tcp 443/tcp \
    --asg-ids "$asg1" -o json || return 1
  check "update replaced ports and ASGs" \
    "len(d['networkProfile']['allowedHostPorts'])==2 and [a.lower() for a in d['networkProfile']['applicationSecurityGroups']]==['$asg1'.lower()]"
  $R aks nodepool show -g "$rg" --cluster-name c1 -n np2 -o json && check "update persisted" "len(d['networkProfile']['allowedHostPorts'])==2"
  $R network nsg list -g "$mc" -o json && check "node NSG allows the pool's host ports" \
    "any(r.get('access')=='Allow' and ('80' in (r.get('destinationPortRanges') or [])+[r.get('destinationPortRange')]) for n in d for r in n.get('securityRules',[]))"
  $R vmss list -g "$mc" -o json || return 1
  local vmsses
  vmsses=$(py -c 'import json,sys; print(" ".join(v["name"] for v in json.load(sys.stdin)))' <<<"$OUT")
  local total=0
  for v in $vmsses; do
    $R vmss list-instance-public-ips -g "$mc" -n "$v" -o json || continue
    check "$v: IPs inside $prefix, distinct" \
      "len(d)>0 and all(ipaddress.ip_address(i['ipAddress']) in ipaddress.ip_network('$prefix') for i in d) and len({i['ipAddress'] for i in d})==len(d)"
    check "$v: IPs carry the RoutingPreference tag" \
      "all(any(t.get('ipTagType')=='RoutingPreference' and t.get('tag')=='Internet' for t in (i.get('ipTags') or [])) for i in d) or '$v'.find('np2')>=0"
    total=$((total + $(py -c 'import json,sys; print(len(json.load(sys.stdin)))' <<<"$OUT")))
  done
  [ "$total" = 5 ] && ok "  one public IP per node (5)" || bad "  expected 5 node public IPs, found $total"
  $R feature register --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview -o json &&
    check "feature registering" "d['properties']['state'] in ('Registering','Registered')"
  local state=
  for _ in $(seq 1 40); do
    $R feature show --namespace Microsoft.ContainerService --name PodHostPortAutoAssignPreview -o json || break
    state=$(py -c 'import json,sys; print(json.load(sys.stdin)["properties"]["state"])' <<<"$OUT")
    [ "$state" = Registered ] && break
    sleep 0.25
  done
  [ "$state" = Registered ] && ok "  feature reaches Registered" || bad "  feature state $state"
  $R provider register --namespace Microsoft.ContainerService -o json || true
  $R provider show --namespace Microsoft.ContainerService -o json &&
    check "provider registered" "d['registrationState'] in ('Registered','Registering')"
}

RUNNER=run_az
workflow az || bad "az workflow stopped early"

if "$AZR" emulator check --help >/dev/null 2>&1; then
  if "$AZR" emulator check --state "$RUN/emulator.db" >"$RUN/check.out" 2>&1; then ok "azr emulator check"; else bad "azr emulator check: $(cat "$RUN/check.out")"; fi
else
  PENDING+=("azr emulator check (emulator::check not on this branch yet)")
fi

# --- az, managed identity --------------------------------------------------------------------
if AZ_PEER_LOGIN=identity bash "$PEER_SH" setup >/dev/null; then
  ok "az login --identity (setup)"
  OUT=$(AZ_PEER_LOGIN=identity bash "$PEER_SH" az aks show -g rg-az -n c1 -o json 2>"$RUN/last.err") &&
    check "MI: aks show" "d['name']=='c1'" || bad "MI aks show: $(tail -n3 "$RUN/last.err")"
  OUT=$(AZ_PEER_LOGIN=identity bash "$PEER_SH" az group create -n rg-mi -l westus -o json 2>"$RUN/last.err") &&
    check "MI: group create" "d['location']=='westus'" || bad "MI group create: $(tail -n3 "$RUN/last.err")"
else
  bad "az setup (identity)"
fi

# --- the request log: every request the server saw -------------------------------------------
OUT=$(cat "$RUN/requests.jsonl" | py -c 'import json,sys; print(json.dumps([json.loads(l) for l in sys.stdin]))')
check "request log: ARM calls carried az's CommandName" \
  "any(e['headers'].get('CommandName')=='aks create' and e['method']=='PUT' for e in d)"
check "request log: no secret logged" "not any('az-peer-secret' in json.dumps(e) for e in d)"

# --- azr against the same server -------------------------------------------------------------
export AZR_CONFIG_DIR=$RUN/azr-config REQUESTS_CA_BUNDLE=$AZ_PEER_TLS/ca.pem
mkdir -p "$AZR_CONFIG_DIR"
azr_() { HOME=$AZ_PEER_DIR/home "$AZR" "$@"; }
run_azr() {
  local rc=0
  OUT=$(azr_ "$@" 2>"$RUN/last.err") || rc=$?
  if [ $rc = 0 ]; then ok "azr $*"; return 0; fi
  # A command azr does not have yet is pending work, not a conformance failure.
  if grep -qE "unrecognized subcommand|unexpected argument|not implemented yet" "$RUN/last.err"; then
    PENDING+=("azr $1 $2 $3: not implemented in azr yet"); OUT=; return 1
  fi
  bad "azr $* (exit $rc): $(tail -n5 "$RUN/last.err")"; OUT=; return 1
}
if azr_ cloud register --help >/dev/null 2>&1 && azr_ login --help >/dev/null 2>&1; then
  azr_ cloud register -n Local --endpoint-resource-manager "$BASE/" --endpoint-active-directory "$BASE" \
    --endpoint-active-directory-resource-id https://management.core.windows.net/ >/dev/null 2>&1 &&
    azr_ cloud set -n Local >/dev/null 2>&1 &&
    azr_ login --service-principal -u 22222222-2222-2222-2222-222222222222 -p az-peer-secret \
      --tenant 72f988bf-0000-0000-0000-000000000001 -o none &&
    ok "azr cloud register + login --service-principal" || bad "azr cloud register/login"
  RUNNER=run_azr
  workflow azr || true  # a failure was reported by run_azr; a missing command is pending
else
  PENDING+=("azr against the server: azr has no 'cloud register'/'login' yet (issue 4)")
fi

# --- differential: the requests azr sent vs az's, command by command -------------------------
# Same command line, same server: method, path (with the per-runner group names unified) and
# JSON body of each write must match; requests azr did not make (pending commands) are skipped.
if [ "$RUNNER" = run_azr ]; then
  OUT=$(py - "$RUN/requests.jsonl" <<'PY'
import json, re, sys
def norm(v):
    s = json.dumps(v, sort_keys=True)
    return json.loads(re.sub(r"rg-azr?(?=[^A-Za-z0-9]|$)", "rg-X", s))
by = {"az": {}, "azr": {}}
for line in open(sys.argv[1]):
    e = json.loads(line)
    ua = e["headers"].get("User-Agent", "")
    who = "azr" if ua.startswith("azr/") else "az" if ua.startswith("AZURECLI/") else None
    cmd = e["headers"].get("CommandName")
    if not who or not cmd or e["method"] not in ("PUT", "POST", "PATCH", "DELETE"):
        continue
    key = (cmd, e["method"], norm(e["path"]).lower())
    by[who].setdefault(key, norm(e["body"]))
diffs = [{"request": list(k), "az": by["az"].get(k), "azr": b}
         for k, b in by["azr"].items() if k in by["az"] and by["az"][k] != b]
missing = [list(k) for k in by["az"] if k[0] in {c for c, _, _ in by["azr"]} and k not in by["azr"]]
print(json.dumps({"compared": sum(k in by["az"] for k in by["azr"]), "diffs": diffs, "missing": missing}))
PY
)
  check "differential: azr's request bodies equal az's" "d['diffs']==[]"
  check "differential: azr made every write az made for the same commands" "d['missing']==[]"
  echo "# differential: $(py -c 'import json,sys; d=json.load(sys.stdin); print(d["compared"], "writes compared")' <<<"$OUT")"
fi

echo "# $PASS passed, $FAIL failed"
for p in "${PENDING[@]}"; do echo "# pending: $p"; done
[ "$FAIL" = 0 ]
