#!/usr/bin/env python3
"""cli.py: what a user feels, azr and (when installed) the real az 2.91.0 side by side.

Each tool gets its own fresh `azr emulator start --operation-ms 0` server (HTTPS on loopback),
a registered cloud and a service-principal login (setup is not timed). Then, per tool:
  workflow   the AKS node-public-IP workflow of design.md, one process per command, total wall
             time (and the slowest command)
  read       `group show -n rg -o none` over HTTPS with the token cached: median wall of N runs
  RSS        peak resident memory of the read and the largest of the workflow's commands
and the ratio az/azr. A measurement, not a test: it asserts only that every command exits 0.

Usage: python3 benches/cli.py [--runs 30] [--az-runs 5] [--keep]
Env:   AZR (default target/release/azr: `cargo build --release --locked`), AZ_PEER_ROOT (the az venv,
       default ${TMPDIR:-/tmp}/azr-az-peer; az is left out when missing), AZ_PEER_SH (az-peer.sh).
Python 3.11 stdlib only; timings from time.perf_counter around fork/exec/wait4, RSS from wait4.
"""
import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.dont_write_bytecode = True  # no tools/__pycache__ left in the checkout
sys.path.insert(0, str(REPO / "tools"))
from differential import Server, azr_login  # noqa: E402  (shared with the differential suite)

SUB = "00000000-0000-0000-0000-000000000001"
LOC = "eastus"
NET = f"/subscriptions/{SUB}/resourceGroups/rg/providers/Microsoft.Network"
PFX = f"{NET}/publicIPPrefixes/pfx"
ASG = f"{NET}/applicationSecurityGroups/asg1"
MC = f"MC_rg_c_{LOC}"
NS = "--namespace Microsoft.ContainerService"
FEAT = f"{NS} --name PodHostPortAutoAssignPreview"

# design.md "What a user does with it" (lists in az core's space-separated dialect, which az takes), plus the ASG its --asg-ids name and the `vmss list` that
# finds the VMSS name. `{vmss}` is filled from the previous command's output.
WORKFLOW = [
    f"group create --name rg --location {LOC}",
    f"network public-ip prefix create --length 28 --location {LOC} --name pfx --resource-group rg",
    f"network asg create -g rg -n asg1 -l {LOC}",
    f"aks create -g rg -n c --location {LOC} --node-count 3 --enable-node-public-ip "
    f"--node-public-ip-prefix-id {PFX} --node-public-ip-tags RoutingPreference=Internet "
    f"--nodepool-allowed-host-ports 80/tcp 443/tcp 53/udp 40000-60000/tcp --nodepool-asg-ids {ASG} "
    "--generate-ssh-keys",
    "aks nodepool add -g rg --cluster-name c --name np2 --node-count 2 --enable-node-public-ip "
    "--allowed-host-ports 8080/tcp",
    f"aks nodepool update -g rg --cluster-name c --name np2 --allowed-host-ports 80/tcp 443/tcp --asg-ids {ASG}",
    f"vmss list -g {MC} --query [0].name -o tsv",
    f"vmss list-instance-public-ips -g {MC} --name {{vmss}}",
    f"feature register {FEAT}",
    f"feature show {FEAT}",
    f"provider register {NS}",
    "aks command invoke -g rg -n c --command \"kubectl get nodes\"",
]
READ = "group show -n rg -o none"


def timed_rss(argv, env):
    """Wall seconds, peak RSS (KiB) and stdout of one run, measured with wait4 on the child."""
    with tempfile.TemporaryFile() as err:  # a file, so a chatty stderr cannot block the child
        t = time.perf_counter()
        p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=err)
        out = p.stdout.read()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.stdout.close()
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit(f"FAILED (exit {p.returncode}): {shlex.join(argv)}\n{err.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss, out.decode()


class Tool:
    def __init__(self, label, argv, env):
        self.label, self.argv, self.env = label, argv, env

    def run(self, cmdline, fill=None):
        for k, v in (fill or {}).items():
            cmdline = cmdline.replace("{" + k + "}", v)
        return timed_rss(self.argv + shlex.split(cmdline), self.env)

    def workflow(self):
        """Total wall seconds, the largest peak RSS, and (command, seconds) of each step."""
        total, rss, steps, fill = 0.0, 0, [], {}
        for cmd in WORKFLOW:
            wall, kib, out = self.run(cmd, fill)
            if cmd.startswith("vmss list -g"):
                fill["vmss"] = out.strip()
            total += wall
            rss = max(rss, kib)
            steps.append((cmd.split(" -")[0], wall))
        return total, rss, steps

    def read(self, runs):
        self.run(READ)  # warm the page cache
        got = [self.run(READ) for _ in range(runs)]
        return statistics.median(w for w, _, _ in got), statistics.median(k for _, k, _ in got)


def setup_azr(azr, server, run_dir, home, ca):
    env = dict(os.environ, AZR_CONFIG_DIR=str(run_dir / "azr-config"), HOME=str(home), REQUESTS_CA_BUNDLE=str(ca))
    azr_login(azr, env, server)
    return Tool("azr", [azr], env)


def setup_az(peer_sh, peer_root, server, run_dir, tls):
    env = dict(os.environ, AZ_PEER_ROOT=peer_root, AZ_PEER_DIR=str(run_dir / "az"), AZ_PEER_TLS=str(tls),
               AZ_PEER_PORT=server.port)
    subprocess.run(["bash", peer_sh, "setup"], env=env, check=True, capture_output=True)
    # az-peer.sh's environment, exported once, so no bash wrapper is timed with each az command
    exports = subprocess.run(["bash", peer_sh, "env"], env=env, check=True, capture_output=True, text=True).stdout
    for line in exports.splitlines():
        k, v = line.removeprefix("export ").split("=", 1)
        env[k] = shlex.split(v)[0]
    return Tool("az", [os.path.join(peer_root, "venv/bin/az")], env)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30, help="azr runs of the one read (median)")
    ap.add_argument("--az-runs", type=int, default=5, help="az runs of the one read (median)")
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    args = ap.parse_args()
    azr = os.environ.get("AZR", str(REPO / "target/release/azr"))
    if not os.access(azr, os.X_OK):
        sys.exit(f"{azr} not found: build it first (cargo build --release --locked) or set AZR")
    peer_root = os.environ.get("AZ_PEER_ROOT", os.path.join(os.environ.get("TMPDIR", "/tmp"), "azr-az-peer"))
    peer_sh = os.environ.get("AZ_PEER_SH", str(Path(os.environ.get("AZR_SHARED_DIR", REPO.parent / "shared"))
                                               / "reference/az-peer.sh"))
    with_az = os.access(os.path.join(peer_root, "venv/bin/az"), os.X_OK) and os.path.exists(peer_sh)
    if not with_az:
        print(f"# az not installed under {peer_root} (or no {peer_sh}): azr only", file=sys.stderr)

    run_dir = Path(tempfile.mkdtemp(prefix="azr-bench-cli."))
    tls, home, servers = run_dir / "tls", run_dir / "home", []
    try:
        (home / ".ssh").mkdir(parents=True)
        subprocess.run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", str(home / ".ssh/id_rsa")],
                       check=True)
        tools = []
        for label in (["azr", "az"] if with_az else ["azr"]):
            server = Server(run_dir, f"{label}-server", azr, tls, extra=["--operation-ms", "0"])
            servers.append(server)
            if label == "azr":
                tools.append(setup_azr(azr, server, run_dir, home, tls / "ca.pem"))
            else:
                (run_dir / "az").mkdir()
                (run_dir / "az" / "home").symlink_to(home)
                tools.append(setup_az(peer_sh, peer_root, server, run_dir, tls))
        results = {}
        for t in tools:
            total, wf_rss, steps = t.workflow()
            read, read_rss = t.read(args.runs if t.label == "azr" else args.az_runs)
            results[t.label] = dict(total=total, wf_rss=wf_rss, steps=steps, read=read, read_rss=read_rss)

        load = os.getloadavg()
        print(f"# {len(WORKFLOW)}-command workflow, servers with --operation-ms 0; "
              f"read medians of {args.runs} (azr) / {args.az_runs} (az) runs; "
              f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; azr = {azr}")
        print("| figure | azr | az | az / azr |\n|---|---|---|---|")
        r, a = results["azr"], results.get("az")

        def row(name, key, fmt):
            ratio = f"{a[key] / r[key]:.0f}x" if a else "-"
            print(f"| {name} | {fmt(r[key])} | {fmt(a[key]) if a else '-'} | {ratio} |")

        ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
        mib = lambda k: f"{k / 1024:.1f} MiB"  # noqa: E731
        row(f"workflow ({len(WORKFLOW)} commands), total wall", "total", ms)
        row(f"one ARM read over HTTPS (`{READ}`), median wall", "read", ms)
        row("peak RSS, one read", "read_rss", mib)
        row("peak RSS, largest workflow command", "wf_rss", mib)
        for label, res in results.items():
            print(f"# {label} per command: " + ", ".join(f"{c} {ms(w)}" for c, w in res["steps"]))
    finally:
        for s in servers:
            s.stop()
        if args.keep:
            print(f"kept {run_dir}", file=sys.stderr)
        else:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
