#!/usr/bin/env python3
"""differential.py: the real az 2.91.0 and azr, command line by command line (issue 5).

Two `azr emulator start` servers, each with a fresh state file, one per tool; every scenario runs
the same command line with az (against server A) and azr (against server B), then compares:
  stdout    after normalising only values random by nature (GUIDs and other ids, timestamps, etags,
            ports)
  stderr    same normalisation
  exit code
  requests  the ARM requests each server logged for that command (method, lower-cased path,
            api-version, JSON body); repeated identical polls are collapsed (their count depends
            on timing, not on the tool)
Prints a parity table, a unified diff per mismatch and the score (identical / scored); exits 1
below 100%. Scenarios that cannot match for a stated reason are in EXCLUDED: shown, not scored.

Usage: python3 tools/differential.py [-k SUBSTRING] [--keep]
Env:   AZ_PEER_ROOT (default ${TMPDIR:-/tmp}/azr-az-peer; its venv/bin/az is the oracle), AZ_PEER_SH (az-peer.sh),
       AZR (default target/debug/azr).
Python 3.11 stdlib only.
"""
import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs

REPO = Path(__file__).resolve().parent.parent
SUB = "00000000-0000-0000-0000-000000000001"
LOC = "eastus"
RG = "rg1"
MC = f"MC_{RG}_c1_{LOC}"
NET = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network"
PFX = f"{NET}/publicIPPrefixes/pfx"
ASG1, ASG2 = f"{NET}/applicationSecurityGroups/asg1", f"{NET}/applicationSecurityGroups/asg2"
NS = "--namespace Microsoft.ContainerService"
FEAT = f"{NS} --name PodHostPortAutoAssignPreview"

# (name, command line[, env]). `{vmss1}`/`{vmss2}`/`{nsg}` are filled per tool from its own server's state.
# Order matters: later scenarios read what earlier ones created. Both tools run each scenario
# before the next one starts.
SCENARIOS = [
    # validation errors: client-side, no request must reach the server
    ("val: host port protocol", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --allowed-host-ports 80/xyz"),
    ("val: host port without protocol", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --allowed-host-ports 80"),
    ("val: asg-ids without ports", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --asg-ids {ASG1}"),
    ("val: asg id not a resource id", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --allowed-host-ports 80/tcp --asg-ids notanid"),
    ("val: nodepool name too long", f"aks nodepool add -g {RG} --cluster-name c1 -n abcdefghijklm"),
    ("val: nodepool name not alnum", f"aks nodepool add -g {RG} --cluster-name c1 -n np-2"),
    ("val: update asg-ids without ports", f"aks nodepool update -g {RG} --cluster-name c1 -n np2 --asg-ids {ASG1}"),
    ("val: create nodepool-name too long", f"aks create -g {RG} -n c9 --nodepool-name abcdefghijklm --generate-ssh-keys"),
    ("val: create bad host ports", f"aks create -g {RG} -n c9 --nodepool-allowed-host-ports 80/xyz --generate-ssh-keys"),
    ("val: unknown argument", f"aks show -g {RG} -n c1 --bogus"),
    ("val: missing required", "aks show -n c1"),
    # a misspelled command word: az's difflib suggestion and the suggested command's examples
    ("usage: misspelled command", "aks shw"),
    ("usage: misspelled command with flags", f"aks nodepool ad -g {RG} --cluster-name c1"),
    ("usage: misspelled group word", "network public-ip prefix lst"),
    ("usage: misspelled top-level group", "grop list"),
    ("usage: no close command", "aks xyzzy"),
    ("val: bad output format", f"group show -n {RG} -o xml"),
    ("val: missing required, examples ranked", "aks nodepool add --cluster-name c1 -n np9 --node-count 2"),
    ("val: missing value", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --node-count"),
    ("val: invalid choice", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 --mode bogus"),
    ("val: invalid int", f"aks nodepool add -g {RG} --cluster-name c1 -n np9 -c x"),
    ("val: prefix length not a number", f"network public-ip prefix create -g {RG} -n p --length x"),
    ("val: prefix missing name", f"network public-ip prefix create -g {RG} --length 28"),
    ("val: show missing name (AAZ)", f"network public-ip prefix show -g {RG}"),
    ("val: show missing group and name", "vmss list-instance-public-ips"),
    ("val: --ids not an id", "network nsg show --ids notanid -n x"),
    ("val: --ids without a name", f"vmss list-instance-public-ips --ids /subscriptions/{SUB}/resourceGroups/{RG} -n x"),
    # the AKS doc page workflow
    ("group create", f"group create -n {RG} -l {LOC} -o json"),
    ("group show missing", "group show -n nosuchrg"),
    ("public-ip prefix create", f"network public-ip prefix create --length 28 -l {LOC} -n pfx -g {RG} -o json"),
    ("public-ip prefix create --ip-tags", f"network public-ip prefix create --length 31 -l {LOC} -n pfxtags -g {RG} "
                                          "--ip-tags RoutingPreference=Internet -o json"),
    ("val: --ip-tags without =", f"network public-ip prefix create --length 31 -n pfxbad -g {RG} --ip-tags RoutingPreference"),
    ("aks show missing", f"aks show -g {RG} -n c1"),
    ("aks create", f"aks create -g {RG} -n c1 -l {LOC} --node-count 3 --enable-node-public-ip "
                   f"--node-public-ip-prefix-id {PFX} --node-public-ip-tags RoutingPreference=Internet "
                   "--generate-ssh-keys -o json"),
    ("aks create again", f"aks create -g {RG} -n c1 -l {LOC} --generate-ssh-keys"),
    ("asg create 1", f"network asg create -g {RG} -n asg1 -l {LOC} -o json"),
    ("asg create 2", f"network asg create -g {RG} -n asg2 -l {LOC} -o json"),
    ("nodepool add", f"aks nodepool add -g {RG} --cluster-name c1 -n np2 --node-count 2 --enable-node-public-ip "
                     f"--node-public-ip-prefix-id {PFX} --allowed-host-ports 80/tcp 443/tcp 53/udp 40000-60000/tcp "
                     f"--asg-ids {ASG1} {ASG2} -o json"),
    ("nodepool add existing", f"aks nodepool add -g {RG} --cluster-name c1 -n np2"),
    ("nodepool update", f"aks nodepool update -g {RG} --cluster-name c1 -n np2 --allowed-host-ports 80/tcp 443/tcp --asg-ids {ASG1} -o json"),
    ("nodepool show", f"aks nodepool show -g {RG} --cluster-name c1 -n np2"),
    ("nodepool list", f"aks nodepool list -g {RG} --cluster-name c1"),
    ("aks show", f"aks show -g {RG} -n c1"),
    ("aks list -g", f"aks list -g {RG}"),
    ("aks list", "aks list"),
    ("nsg list", f"network nsg list -g {MC}"),
    ("nsg rule list", f"network nsg rule list -g {MC} --nsg-name {{nsg}}"),
    ("-o table nsg rule list", f"network nsg rule list -g {MC} --nsg-name {{nsg}} -o table"),
    ("vmss list", f"vmss list -g {MC}"),
    ("--ids prefix show", f"network public-ip prefix show --ids {PFX} -g other"),
    ("--ids asg show", f"network asg show --ids {ASG1}"),
    ("--ids with --subscription", f"network asg show --ids {ASG1} --subscription {SUB} --query name"),
    ("--ids vmss list-instance-public-ips", f"vmss list-instance-public-ips --ids /subscriptions/{SUB}/resourceGroups/{MC}/providers/Microsoft.Compute/virtualMachineScaleSets/{{vmss2}}"),
    ("vmss list-instance-public-ips np1", f"vmss list-instance-public-ips -g {MC} -n {{vmss1}}"),
    ("vmss list-instance-public-ips np2", f"vmss list-instance-public-ips -g {MC} -n {{vmss2}}"),
    ("vmss list-instance-public-ips missing", f"vmss list-instance-public-ips -g {MC} -n nosuchvmss"),
    ("feature register", f"feature register {FEAT}"),
    ("feature show", f"feature show {FEAT}"),
    ("provider register", f"provider register {NS}"),
    ("provider show", f"provider show {NS}"),
    ("group show", f"group show -n {RG}"),
    ("group list", "group list"),
    ("account show", "account show"),
    # output formats
    ("-o jsonc", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 -o jsonc"),
    ("-o yaml", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 -o yaml"),
    ("-o yamlc", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 -o yamlc"),
    ("-o table aks show", f"aks show -g {RG} -n c1 -o table"),
    ("-o table nodepool list", f"aks nodepool list -g {RG} --cluster-name c1 -o table"),
    ("-o table group list", "group list -o table"),
    ("-o tsv nodepool show", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 -o tsv"),
    ("-o tsv vmss list-instance-public-ips", f"vmss list-instance-public-ips -g {MC} -n {{vmss2}} -o tsv"),
    ("-o none", f"aks show -g {RG} -n c1 -o none"),
    ("aks command invoke", f"aks command invoke -g {RG} -n c1 --command \"kubectl get nodes\""),
    ("-o table aks command invoke", f"aks command invoke -g {RG} -n c1 --command \"kubectl get nodes\" -o table"),
    ("-o yaml prefix show", f"network public-ip prefix show -g {RG} -n pfx -o yaml"),
    # --query
    ("query nodeResourceGroup tsv", f"aks show -g {RG} -n c1 --query nodeResourceGroup -o tsv"),
    ("query ipAddress list", f"vmss list-instance-public-ips -g {MC} -n {{vmss1}} --query [].ipAddress -o json"),
    ("query multiselect table", f"aks nodepool list -g {RG} --cluster-name c1 --query \"[].{{name:name,count:count}}\" -o table"),
    ("query hash tsv", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 --query \"networkProfile.allowedHostPorts[].[portStart,portEnd,protocol]\" -o tsv"),
    ("query bad jmespath", f"aks show -g {RG} -n c1 --query \"[?\""),
    ("query type error", "account show --query \"sum(name)\""),
    ("query unknown function", "account show --query \"nosuch(name)\""),
    ("query no match -o tsv", "account show --query nosuch -o tsv"),
    ("--only-show-errors", f"feature register {FEAT} --only-show-errors"),
    ("nodepool add reversed range", f"aks nodepool add -g {RG} --cluster-name c1 -n np3 --node-count 1 --allowed-host-ports 80-70/tcp"),
    ("aks create --no-wait", f"aks create -g {RG} -n c2 -l {LOC} --node-count 1 --generate-ssh-keys --no-wait"),
    ("AZURE_CORE_OUTPUT=table", f"aks nodepool list -g {RG} --cluster-name c1", {"AZURE_CORE_OUTPUT": "table"}),
    ("AZURE_CORE_OUTPUT=tsv with -o json", f"group show -n {RG} -o json", {"AZURE_CORE_OUTPUT": "tsv"}),
    ("-o tsv aks list", "aks list -o tsv"),
    ("query table columns aks list", "aks list --query \"[].{Name:name,RG:resourceGroup,Nodes:agentPoolProfiles[0].count}\" -o table"),
    # scaling (issue 17): node public IPs drawn from and returned to the prefix (/28: 16 addresses)
    ("scale: val nodepool name not alnum", f"aks scale -g {RG} -n c1 -c 2 --nodepool-name np-1"),
    ("scale: val nodepool name too long", f"aks nodepool scale -g {RG} --cluster-name c1 -n abcdefghijklm -c 2"),
    ("scale: val node count not int", f"aks scale -g {RG} -n c1 -c two"),
    ("scale: val missing node count", f"aks scale -g {RG} -n c1"),
    ("scale: more than one pool", f"aks scale -g {RG} -n c1 -c 2"),
    ("scale: pool not found", f"aks scale -g {RG} -n c1 -c 2 --nodepool-name np9"),
    ("scale: cluster not found", f"aks scale -g {RG} -n nosuch -c 2"),
    ("scale: aks scale up", f"aks scale -g {RG} -n c1 --nodepool-name nodepool1 -c 5 -o json"),
    ("scale: node IPs after scale up", f"vmss list-instance-public-ips -g {MC} -n {{vmss1}} --query [].ipAddress -o tsv"),
    ("scale: aks scale down", f"aks scale -g {RG} -n c1 --nodepool-name nodepool1 -c 2 --query agentPoolProfiles[].count"),
    ("scale: node IPs after scale down", f"vmss list-instance-public-ips -g {MC} -n {{vmss1}} --query [].ipAddress -o tsv"),
    ("scale: nodepool scale", f"aks nodepool scale -g {RG} --cluster-name c1 -n np2 -c 3 -o json"),
    ("scale: nodepool scale same count", f"aks nodepool scale -g {RG} --cluster-name c1 -n np2 -c 3"),
    ("scale: nodepool scale missing pool", f"aks nodepool scale -g {RG} --cluster-name c1 -n np9 -c 1"),
    ("scale: nodepool scale --no-wait", f"aks nodepool scale -g {RG} --cluster-name c1 --nodepool-name np2 -c 2 --no-wait"),
    ("scale: prefix exhausted", f"aks nodepool scale -g {RG} --cluster-name c1 -n np2 -c 20"),
    ("scale: pool after exhaustion", f"aks nodepool show -g {RG} --cluster-name c1 -n np2 --query [count,provisioningState] -o tsv"),
    ("scale: node IPs after exhaustion", f"vmss list-instance-public-ips -g {MC} -n {{vmss2}} --query [].ipAddress -o tsv"),
    ("scale: -o table", f"aks nodepool scale -g {RG} --cluster-name c1 -n np2 -c 1 -o table"),
    # the Machines API (issue 17): one machine per VMSS instance, with its addresses
    ("machine: list", f"aks machine list -g {RG} --cluster-name c1 --nodepool-name nodepool1"),
    ("machine: list -o table", f"aks machine list -g {RG} --cluster-name c1 --nodepool-name np2 -o table"),
    ("machine: show", f"aks machine show -g {RG} --cluster-name c1 --nodepool-name nodepool1 --machine-name {{vmss1}}000001"),
    ("machine: show -o table", f"aks machine show -g {RG} --cluster-name c1 --nodepool-name np2 --machine-name {{vmss2}}000000 -o table"),
    ("machine: show -o tsv", f"aks machine show -g {RG} --cluster-name c1 --nodepool-name np2 --machine-name {{vmss2}}000000 -o tsv"),
    ("machine: public IPs query", f"aks machine list -g {RG} --cluster-name c1 --nodepool-name nodepool1 "
                                  "--query \"[].properties.network.ipAddresses[1].ip\" -o tsv"),
    ("machine: show missing", f"aks machine show -g {RG} --cluster-name c1 --nodepool-name nodepool1 --machine-name nosuch"),
    ("machine: list missing pool", f"aks machine list -g {RG} --cluster-name c1 --nodepool-name np9"),
    ("machine: val nodepool name", f"aks machine list -g {RG} --cluster-name c1 --nodepool-name np-1"),
    # aks update (issue 18): GET, the flags applied as az's update decorator does, PUT
    ("update: val tier", f"aks update -g {RG} -n c1 --tier gold"),
    ("update: val min-count range", f"aks update -g {RG} -n c1 -u --min-count 1001 --max-count 3"),
    ("update: nothing to update", f"aks update -g {RG} -n c1"),
    ("update: cluster not found", f"aks update -g {RG} -n nosuch --tags a=b"),
    ("update: --tags", f"aks update -g {RG} -n c1 --tags env=prod team=games -o json"),
    ("update: tier and outbound IPs", f"aks update -g {RG} -n c1 --tier standard --load-balancer-managed-outbound-ip-count 2 "
                                      "--query \"[sku,networkProfile.loadBalancerProfile.managedOutboundIPs.count]\""),
    ("update: autoscaler with two pools", f"aks update -g {RG} -n c1 -e --min-count 1 --max-count 3"),
    ("update: min-count without the flag", f"aks update -g {RG} -n c2 --min-count 1 --max-count 3"),
    ("update: autoscaler already disabled", f"aks update -g {RG} -n c2 -d"),
    ("update: enable autoscaler", f"aks update -g {RG} -n c2 -e --min-count 1 --max-count 3 "
                                  "--query agentPoolProfiles[0].[enableAutoScaling,minCount,maxCount] -o tsv"),
    ("update: autoscaler min above max", f"aks update -g {RG} -n c2 -u --min-count 4 --max-count 3"),
    ("update: update autoscaler", f"aks update -g {RG} -n c2 -u --min-count 2 --max-count 4 --query agentPoolProfiles[0].minCount"),
    ("scale: autoscaler pool refused", f"aks scale -g {RG} -n c2 -c 2"),
    ("scale: nodepool autoscaler pool refused", f"aks nodepool scale -g {RG} --cluster-name c2 -n nodepool1 -c 2"),
    ("update: disable autoscaler", f"aks update -g {RG} -n c2 --disable-cluster-autoscaler -o table"),
    ("vmss list-instance-public-ips without node public IPs",
     f"vmss list-instance-public-ips -g MC_{RG}_c2_{LOC} -n {{vmssc2}}"),
    ("update: bad custom headers", f"aks update -g {RG} -n c1 --tags a=b --aks-custom-headers x=1=2"),
    ("update: custom headers", f"aks update -g {RG} -n c1 --aks-custom-headers AKSHTTPCustomFeatures=Microsoft.ContainerService/X "
                               "--query tags"),
    ("update: val auto-upgrade-channel", f"aks update -g {RG} -n c1 --auto-upgrade-channel weekly"),
    ("update: val node-os-upgrade-channel", f"aks update -g {RG} -n c1 --node-os-upgrade-channel nodeimages"),
    ("update: node-image channel with SecurityPatch refused", f"aks update -g {RG} -n c1 --auto-upgrade-channel Node-Image "
                                                              "--node-os-upgrade-channel SecurityPatch"),
    ("update: upgrade channels", f"aks update -g {RG} -n c1 --auto-upgrade-channel PATCH "
                                 "--node-os-upgrade-channel securitypatch --query autoUpgradeProfile"),
    ("update: auto-upgrade-channel keeps the node OS channel", f"aks update -g {RG} -n c1 --auto-upgrade-channel stable -o json"),
    ("update: --no-wait --yes", f"aks update -g {RG} -n c2 --tags a=b --no-wait --yes"),
    # deletes last
    ("nodepool delete", f"aks nodepool delete -g {RG} --cluster-name c1 -n np2"),
    ("feature unregister", f"feature unregister {FEAT}"),
    # configured defaults (each tool in its own config dir): -g and -l left out take them
    ("defaults: configure", f"configure --defaults group={RG} location=westus2"),
    ("defaults: list without -g", "network public-ip prefix list --query [].name"),
    ("defaults: nodepool list without -g", "aks nodepool list --cluster-name c1 --query [].name -o tsv"),
    ("defaults: env over config", "network asg list", {"AZURE_DEFAULTS_GROUP": "nosuchgroup"}),
    ("defaults: flag over both", f"network asg list -g {RG} --query 'length(@)'", {"AZURE_DEFAULTS_GROUP": "x"}),
    ("defaults: create takes the location", "network asg create -n asg-defaults --query location"),
    ("defaults: cleared", "configure --defaults group= location="),
    ("defaults: none left", "network asg list --query 'length(@)'"),
]

# Scenarios that cannot match, with the reason (shown in the table, not scored).
EXCLUDED = {
    "update: nothing to update": "without a terminal az's reconcile prompt raises NoTTYException and az prints "
    "a Python traceback; azr prints the error az gives on a terminal when the prompt is answered 'n' "
    "(\"Please specify one or more of ...\", exit 1)",
    "vmss list-instance-public-ips without node public IPs": "azr adds a WARNING saying why the list is empty "
    "(the pool has no node public IPs; issue 17 item 5); stdout, exit code and requests are az's",
    "nodepool add reversed range": "azr refuses a reversed port range before sending anything, where az "
    "leaves it to the server (issue 2: go beyond az where it leaves mistakes to the server)",
}

GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
FIXED_GUIDS = {SUB, "72f988bf-0000-0000-0000-000000000001", "22222222-2222-2222-2222-222222222222"}
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?")
PORT = re.compile(r"127\.0\.0\.1:\d+")
HEX_ID = re.compile(r"(?<![0-9a-fA-F-])[0-9a-fA-F]{32}(?![0-9a-fA-F-])")


def fill_placeholders(cmdline, fill):
    """`{vmss1}`, `{vmss2}`, `{nsg}`: names each tool reads from its own server."""
    for key, value in fill.items():
        cmdline = cmdline.replace("{" + key + "}", value)
    return cmdline


def normalise(text, names):
    """Replaces values random by nature; GUIDs keep their identity within one output."""
    for real, alias in names.items():
        text = text.replace(real, alias)
    text = PORT.sub("127.0.0.1:PORT", text)
    text = TIMESTAMP.sub("TIMESTAMP", text)
    seen = {}

    def guid(m):
        g = m.group(0).lower()
        if g in FIXED_GUIDS:
            return m.group(0)
        return seen.setdefault(g, f"GUID{len(seen) + 1}")

    text = GUID.sub(guid, text)
    # run-command result ids: 32 hex digits, no dashes
    text = HEX_ID.sub(lambda m: seen.setdefault(m.group(0).lower(), f"HEXID{len(seen) + 1}"), text)
    text = re.sub(r'W/(\\?)"[^"\\]*\\?"', r'W/\1"ETAG\1"', text)  # keeps JSON's escaping
    return text


def requests_of(entries, names):
    """ARM requests only (the AAD/token endpoints depend on each tool's token cache)."""
    out = []
    for e in entries:
        path = e.get("path", "")
        if not path.lower().startswith(("/subscriptions", "/providers", "/resourcegroups")):
            continue
        api = parse_qs(e.get("query") or "").get("api-version", [""])[0]
        body = json.dumps(e.get("body"), sort_keys=True) if e.get("body") is not None else ""
        line = normalise(f"{e['method']} {path.lower()}?api-version={api} {body}", names)
        if out and out[-1] == line and e["method"] == "GET":
            continue  # LRO polls: how many depends on timing
        out.append(line)
    return out


class Tool:
    def __init__(self, label, run, server):
        self.label, self.run_argv, self.server = label, run, server
        self.names = {}

    def run(self, cmdline, env=None):
        envs = "".join(f"{k}={v} " for k, v in (env or {}).items())
        argv = ["bash", "-c", envs + "exec \"$@\" " + fill_placeholders(cmdline, self.fill), "_"] + self.run_argv
        start = self.server.log_size()
        p = subprocess.run(argv, capture_output=True, text=True, timeout=600)
        time.sleep(0.05)
        return p, self.server.log_since(start)


class Server:
    def __init__(self, run_dir, name, azr, tls, extra=("--poll-ms", "20")):
        self.dir = run_dir / name
        self.dir.mkdir()
        self.log = self.dir / "requests.jsonl"
        self.out = open(self.dir / "server.out", "w+")
        self.proc = subprocess.Popen(
            [azr, "emulator", "start", "--port", "0", "--tls-dir", str(tls), "--state",
             str(self.dir / "emulator.db"), "--request-log", str(self.log),
             "--feature-delay-ms", "0", *extra],
            stdout=self.out, stderr=open(self.dir / "server.err", "w"))
        for _ in range(300):
            self.out.seek(0)
            first = self.out.readline()
            if "listening on" in first:
                self.port = re.search(r"https://[^:]+:(\d+)", first).group(1)
                return
            if self.proc.poll() is not None:
                sys.exit(f"server {name} failed: {(self.dir / 'server.err').read_text()}")
            time.sleep(0.1)
        sys.exit(f"server {name} did not start")

    def log_size(self):
        return self.log.stat().st_size if self.log.exists() else 0

    def log_since(self, offset):
        if not self.log.exists():
            return []
        with open(self.log, "rb") as f:
            f.seek(offset)
            return [json.loads(l) for l in f.read().decode().splitlines() if l.strip()]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def azr_login(azr, env, server):
    """Registers `server` as azr's cloud Local and signs in as the emulator's service principal."""
    base = f"https://127.0.0.1:{server.port}"
    for argv in (["cloud", "register", "-n", "Local", "--endpoint-resource-manager", base + "/",
                  "--endpoint-active-directory", base, "--endpoint-active-directory-resource-id",
                  "https://management.core.windows.net/"],
                 ["cloud", "set", "-n", "Local"],
                 ["login", "--service-principal", "-u", "22222222-2222-2222-2222-222222222222", "-p",
                  "az-peer-secret", "--tenant", "72f988bf-0000-0000-0000-000000000001", "-o", "none"]):
        subprocess.run([azr] + argv, env=env, check=True, capture_output=True)


def udiff(a, b, label):
    d = list(difflib.unified_diff(a.splitlines(), b.splitlines(), f"az {label}", f"azr {label}", n=1, lineterm=""))
    return "\n".join(d[:40] + (["  ... (diff truncated)"] if len(d) > 40 else []))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-k", help="run only scenarios whose name contains this (setup still runs)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    args = ap.parse_args()

    peer_root = os.environ.get("AZ_PEER_ROOT", os.path.join(os.environ.get("TMPDIR", "/tmp"), "azr-az-peer"))
    shared = Path(os.environ.get("AZR_SHARED_DIR", REPO.parent / "shared"))
    peer_sh = os.environ.get("AZ_PEER_SH", str(shared / "reference/az-peer.sh"))
    azr = os.environ.get("AZR", str(REPO / "target/debug/azr"))
    run_dir = Path(tempfile.mkdtemp(prefix="azr-differential."))
    tls = run_dir / "tls"
    servers = []
    try:
        # Server A first: it writes the CA into tls/, server B reuses it.
        a = Server(run_dir, "az-server", azr, tls)
        servers.append(a)
        b = Server(run_dir, "azr-server", azr, tls)
        servers.append(b)
        home = run_dir / "home"
        (home / ".ssh").mkdir(parents=True)
        # One SSH key for both tools, so --generate-ssh-keys reuses it in both (same body, no warning).
        subprocess.run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", str(home / ".ssh/id_rsa")], check=True)
        env = dict(os.environ, AZ_PEER_ROOT=peer_root, AZ_PEER_DIR=str(run_dir / "az"), AZ_PEER_TLS=str(tls),
                   AZ_PEER_PORT=a.port)
        (run_dir / "az").mkdir()
        (run_dir / "az" / "home").symlink_to(home)
        subprocess.run(["bash", peer_sh, "setup"], env=env, check=True, capture_output=True)
        os.environ.update(env)
        azr_env = dict(os.environ, AZR_CONFIG_DIR=str(run_dir / "azr-config"), HOME=str(home),
                       REQUESTS_CA_BUNDLE=str(tls / "ca.pem"))
        # the settings az-peer.sh gives az (`az config set`), in azr's config file
        (run_dir / "azr-config").mkdir()
        (run_dir / "azr-config" / "config").write_text(
            "[core]\nno_color = true\n\n[extension]\nuse_dynamic_install = no\n")
        azr_login(azr, azr_env, b)

        az_wrapper = run_dir / "az.sh"
        az_wrapper.write_text(f'#!/bin/sh\nexec bash {peer_sh} az "$@"\n')
        azr_wrapper = run_dir / "azr.sh"
        azr_wrapper.write_text("#!/bin/sh\n" + "".join(f"export {k}='{v}'\n" for k, v in azr_env.items()
                                                        if k in ("AZR_CONFIG_DIR", "HOME", "REQUESTS_CA_BUNDLE"))
                               + f'exec {azr} "$@"\n')
        az_wrapper.chmod(0o755), azr_wrapper.chmod(0o755)
        tools = [Tool("az", [str(az_wrapper)], a), Tool("azr", [str(azr_wrapper)], b)]
        for t in tools:
            t.fill = {"vmss1": "nosuchvmss", "vmss2": "nosuchvmss", "nsg": "nosuchnsg"}

        rows, diffs = [], []
        out_dir = run_dir / "out"
        out_dir.mkdir()
        for name, cmd, *extra in SCENARIOS:
            env = extra[0] if extra else None
            if "{vmss" in cmd or "{nsg}" in cmd:
                for t in tools:  # each tool's own VMSS and NSG names, read from its own server
                    p, _ = t.run(f"vmss list -g {MC} --query [].name -o tsv")
                    vs = sorted(p.stdout.split())
                    p, _ = t.run(f"network nsg list -g {MC} --query [].name -o tsv")
                    t.fill = {"vmss1": next((v for v in vs if "nodepool1" in v), "none"),
                              "vmss2": next((v for v in vs if "np2" in v), "none"),
                              "nsg": (p.stdout.split() or ["none"])[0]}
                    if "{vmssc2}" in cmd:
                        p, _ = t.run(f"vmss list -g MC_{RG}_c2_{LOC} --query [].name -o tsv")
                        t.fill["vmssc2"] = (p.stdout.split() or ["none"])[0]
                    t.names = {t.fill[k]: k.upper() for k in ("vmss1", "vmss2", "nsg", "vmssc2") if k in t.fill}
            if args.k and args.k not in name:
                continue
            (pa, ra), (pb, rb) = tools[0].run(cmd, env), tools[1].run(cmd, env)
            got = {
                "stdout": (normalise(pa.stdout, tools[0].names), normalise(pb.stdout, tools[1].names)),
                "stderr": (normalise(pa.stderr, tools[0].names), normalise(pb.stderr, tools[1].names)),
                "exit": (str(pa.returncode), str(pb.returncode)),
                "requests": ("\n".join(requests_of(ra, tools[0].names)), "\n".join(requests_of(rb, tools[1].names))),
            }
            marks = {k: x == y for k, (x, y) in got.items()}
            rows.append((name, marks, EXCLUDED.get(name), pa.returncode, pb.returncode))
            n = len(rows)
            for i, t in enumerate(("az", "azr")):  # raw material for a closer look (--keep)
                for k, (x, y) in got.items():
                    (out_dir / f"{n:02d}.{t}.{k}").write_text((x, y)[i])
            if not all(marks.values()):
                parts = [udiff(*got[k], k) for k, ok in marks.items() if not ok]
                diffs.append((name, cmd, "\n".join(parts)))

        w = max(len(r[0]) for r in rows)
        print(f"{'scenario':<{w}}  stdout stderr exit requests  exit(az/azr)")
        for name, m, why, ea, eb in rows:
            cells = "  ".join(f"{'✓' if m[k] else '✗':^5}" for k in ("stdout", "stderr", "exit", "requests"))
            print(f"{name:<{w}}  {cells}   {ea}/{eb}" + (f"   (excluded: {why})" if why else ""))
        for name, cmd, d in diffs:
            print(f"\n=== {name}: az/azr {cmd}" + (f"  [excluded: {EXCLUDED[name]}]" if name in EXCLUDED else ""))
            print(d)
        scored = [r for r in rows if not r[2]]
        same = sum(all(r[1].values()) for r in scored)
        print(f"\nscore: {same}/{len(scored)} identical ({100 * same // max(len(scored), 1)}%), "
              f"{len(rows) - len(scored)} excluded")
        return 0 if same == len(scored) else 1
    finally:
        for s in servers:
            s.stop()
        if args.keep:
            print(f"kept {run_dir}", file=sys.stderr)
        else:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
