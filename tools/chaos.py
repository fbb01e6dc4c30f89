#!/usr/bin/env python3
"""chaos.py: parallel azr processes against one emulator, with faults and kill -9 (issue 16).

Two modes, one after the other (or one with --mode):
  server  `azr emulator start --fault-rate 0.3` on a state file; N client processes, each with
          its own config dir, run mixed writes and reads; clients are killed with SIGKILL at
          random, and so is the server, which is restarted on the same state and port.
  local   the same workload with AZR_CLOUD=local: N processes share one in-process store (the
          config dir's emulator.db); clients are killed with SIGKILL at random.
Writes: public IP prefix create/delete (address blocks), ASG create, node pool add/delete with
node public IPs from a shared /28 prefix (addresses; exhaustion leaves Failed pools), kubectl
scale of a deployment whose pods get auto-assigned host ports (host ports). Reads: group show,
prefix list, node pool list.

Afterwards, with everything stopped: `azr emulator check` on the state must be clean (SQLite
integrity, no address or host port held twice or leaked, blocks apart, pools matching their
scale sets), then, reading the state back, every write is complete or absent: a write that
succeeded is there (a delete that succeeded is gone), every resource present is in a terminal
state and complete (a prefix has its block), nothing exists that no client asked for.

Prints one line of figures per mode: operations, faults injected, kills, invariant violations;
exits 1 on any violation. About a minute per mode with the defaults.

Usage: python3 tools/chaos.py [--mode server|local|both] [--seconds 30] [--clients 6] [--seed N] [--keep]
Env:   AZR (default target/release/azr when built, else target/debug/azr).
Python 3 stdlib only; binds 127.0.0.1 only.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SUB = "00000000-0000-0000-0000-000000000001"
RG = "chaos"
POOL_PREFIX = f"/subscriptions/{SUB}/resourceGroups/{RG}/providers/Microsoft.Network/publicIPPrefixes/nodeips"
# A client running longer than this is hung: a violation, not a slow run.
CLIENT_HANG = 120
ECHO_YAML = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: echo
  labels:
    app: echo
spec:
  replicas: 2
  selector:
    matchLabels:
      app: echo
  template:
    metadata:
      annotations:
        kubernetes.azure.com/assign-hostports-for-containerports: 8080/tcp,8443/tcp
      labels:
        app: echo
    spec:
      containers:
        - name: echo
          image: k8s.gcr.io/echoserver:1.10
          ports:
            - containerPort: 8080
              protocol: TCP
            - containerPort: 8443
              protocol: TCP
"""


class Figures:
    def __init__(self):
        self.lock = threading.Lock()
        self.ops = {"ok": 0, "failed": 0, "killed": 0}
        self.client_kills = 0
        self.server_kills = 0
        self.violations = []
        self.reasons = {}

    def count(self, result):
        with self.lock:
            self.ops[result] += 1

    def reason(self, stderr):
        """Counts why a client failed: the ARM error code, or the first words of its error."""
        line = next((l for l in stderr.splitlines() if l.startswith("ERROR: ")), stderr.strip()[:60] or "no output")
        m = re.match(r"ERROR: \((\w+)\)", line)
        key = m.group(1) if m else line[:60]
        with self.lock:
            self.reasons[key] = self.reasons.get(key, 0) + 1

    def violation(self, text):
        with self.lock:
            self.violations.append(text)


class Server:
    """`azr emulator start` on a fixed state file; restartable on the same port."""

    def __init__(self, azr, root, fault_rate):
        self.azr, self.root, self.fault_rate = azr, root, fault_rate
        self.state = root / "state.db"
        self.log = root / "requests.jsonl"
        self.port = "0"
        self.starts = 0
        self.proc = None

    def start(self):
        for _ in range(50):
            if self.try_start():
                return
            time.sleep(0.2)  # the killed server's socket may linger a moment
        sys.exit(f"the server does not start: {(self.root / f'server.{self.starts}.out.err').read_text()}")

    def try_start(self):
        self.starts += 1
        out = self.root / f"server.{self.starts}.out"
        argv = [self.azr, "emulator", "start", "--port", self.port, "--tls-dir", str(self.root / "tls"),
                "--state", str(self.state), "--request-log", str(self.log), "--operation-ms", "300",
                "--poll-ms", "50", "--feature-delay-ms", "0"]
        if self.fault_rate:
            argv += ["--fault-rate", str(self.fault_rate), "--fault-retry-after", "0"]
        env = dict(os.environ, AZR_CONFIG_DIR=str(self.root / "server-config"), HOME=str(self.root / "home"))
        self.proc = subprocess.Popen(argv, stdout=open(out, "w"), stderr=open(str(out) + ".err", "w"),
                                     env=env, stdin=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            first = out.read_text().splitlines()[:1]
            if first and "listening on" in first[0]:
                self.port = re.search(r"https://[^:]+:(\d+)", first[0]).group(1)
                return True
            if self.proc.poll() is not None:
                return False
            time.sleep(0.05)
        sys.exit("the server did not print its ready line within 60 s")

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def faults(self):
        if not self.log.exists():
            return 0
        n = 0
        for line in self.log.read_text(errors="replace").splitlines():
            try:
                if json.loads(line).get("status") in (429, 503):
                    n += 1
            except ValueError:
                pass  # a line cut short by kill -9
        return n


class Chaos:
    def __init__(self, mode, azr, root, clients, seconds, rng):
        self.mode, self.azr, self.root = mode, azr, root
        self.clients, self.seconds, self.rng = clients, seconds, rng
        self.fig = Figures()
        self.running = {}  # worker -> Popen
        self.lock = threading.Lock()
        self.attempts = []  # (kind, name, result)
        self.server = Server(azr, root, 0.3) if mode == "server" else None
        (root / "home").mkdir(parents=True)
        (root / "echo.yaml").write_text(ECHO_YAML)

    def env_for(self, worker):
        if self.mode == "local":
            return dict(os.environ, AZR_CLOUD="local", AZR_CONFIG_DIR=str(self.root / "config"),
                        HOME=str(self.root / "home"))
        return dict(os.environ, AZR_CONFIG_DIR=str(self.root / f"config-{worker}"), HOME=str(self.root / "home"),
                    REQUESTS_CA_BUNDLE=str(self.root / "tls" / "ca.pem"))

    def state_file(self):
        return self.server.state if self.server else self.root / "config" / "emulator.db"

    def run(self, worker, args, timeout=CLIENT_HANG):
        """Runs azr to its end; returns (exit code, stdout, stderr)."""
        p = subprocess.run([self.azr] + args, env=self.env_for(worker), cwd=self.root, capture_output=True,
                           text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr

    def must(self, worker, args):
        code, out, err = self.run(worker, args)
        if code != 0:
            sys.exit(f"setup failed: azr {' '.join(args)}: {err}")
        return out

    def setup(self):
        if self.server:
            self.server.start()
            base = f"https://127.0.0.1:{self.server.port}"
            for argv in (["cloud", "register", "-n", "Local", "--endpoint-resource-manager", base + "/",
                          "--endpoint-active-directory", base, "--endpoint-active-directory-resource-id",
                          "https://management.core.windows.net/"],
                         ["cloud", "set", "-n", "Local"],
                         ["login", "--service-principal", "-u", "22222222-2222-2222-2222-222222222222", "-p",
                          "chaos-secret", "--tenant", "72f988bf-0000-0000-0000-000000000001", "-o", "none"]):
                self.must("setup", argv)
        steps = [
            ["group", "create", "-n", RG, "-l", "eastus", "-o", "none"],
            ["feature", "register", "--namespace", "Microsoft.ContainerService", "--name",
             "PodHostPortAutoAssignPreview", "-o", "none"],
            ["provider", "register", "-n", "Microsoft.ContainerService"],
            ["network", "public-ip", "prefix", "create", "-g", RG, "-n", "nodeips", "--length", "28", "-l",
             "eastus", "-o", "none"],
            ["aks", "create", "-g", RG, "-n", "c", "--node-count", "2", "--enable-node-public-ip",
             "--node-public-ip-prefix-id", POOL_PREFIX, "--nodepool-allowed-host-ports", "40000-60000/tcp",
             "--generate-ssh-keys", "-o", "none"],
            ["aks", "command", "invoke", "-g", RG, "-n", "c", "--command", "kubectl apply -f echo.yaml", "--file",
             "echo.yaml", "-o", "none"],
        ]
        for argv in steps:
            self.must("setup", argv)
        if self.server:
            for w in range(self.clients):
                shutil.copytree(self.root / "config-setup", self.root / f"config-{w}")

    def pick(self, worker, i, mine):
        """The next operation of a worker: (kind, name, argv)."""
        r = self.rng.random()
        tag = f"w{worker}n{i}"
        if r < 0.18:
            return "prefix", tag, ["network", "public-ip", "prefix", "create", "-g", RG, "-n", tag, "--length",
                                   self.rng.choice(["30", "31"]), "-l", "eastus", "-o", "none"]
        if r < 0.28 and mine["prefix"]:
            name = mine["prefix"].pop(self.rng.randrange(len(mine["prefix"])))
            return "prefix-delete", name, ["network", "public-ip", "prefix", "delete", "-g", RG, "-n", name]
        if r < 0.38:
            return "asg", tag, ["network", "asg", "create", "-g", RG, "-n", tag, "-l", "eastus", "-o", "none"]
        if r < 0.52:
            return "pool", tag, ["aks", "nodepool", "add", "-g", RG, "--cluster-name", "c", "-n", tag,
                                 "--node-count", "1", "--enable-node-public-ip", "--node-public-ip-prefix-id",
                                 POOL_PREFIX, "-o", "none"]
        if r < 0.60 and mine["pool"]:
            name = mine["pool"].pop(self.rng.randrange(len(mine["pool"])))
            return "pool-delete", name, ["aks", "nodepool", "delete", "-g", RG, "--cluster-name", "c", "-n", name]
        if r < 0.70:
            n = self.rng.randint(1, 6)
            return "scale", str(n), ["aks", "command", "invoke", "-g", RG, "-n", "c", "--command",
                                     f"kubectl scale deployment echo --replicas={n}", "-o", "none"]
        return "read", "", self.rng.choice([
            ["group", "show", "-n", RG, "-o", "none"],
            ["network", "public-ip", "prefix", "list", "-g", RG, "-o", "none"],
            ["aks", "nodepool", "list", "-g", RG, "--cluster-name", "c", "-o", "none"],
        ])

    def worker(self, w, deadline):
        mine = {"prefix": [], "pool": []}
        i = 0
        while time.time() < deadline:
            i += 1
            kind, name, argv = self.pick(w, i, mine)
            err_path = self.root / f"stderr-{w}"
            err_file = open(err_path, "w")
            p = subprocess.Popen([self.azr] + argv, env=self.env_for(w), cwd=self.root,
                                 stdout=subprocess.DEVNULL, stderr=err_file)
            err_file.close()
            with self.lock:
                self.running[w] = p
            try:
                code = p.wait(CLIENT_HANG)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
                self.fig.violation(f"client hung for {CLIENT_HANG} s: azr {' '.join(argv)}")
                code = -9
            with self.lock:
                self.running.pop(w, None)
            result = "ok" if code == 0 else "killed" if code == -signal.SIGKILL else "failed"
            self.fig.count(result)
            if result == "failed":
                self.fig.reason(err_path.read_text(errors="replace"))
            if kind != "read":
                self.attempts.append((kind, name, result))
            # A create that failed or was killed may still have happened: its name may be deleted.
            if kind in ("prefix", "pool"):
                mine[kind].append(name)

    def killer(self, deadline):
        next_server_kill = time.time() + self.rng.uniform(4, 8)
        while time.time() < deadline:
            time.sleep(self.rng.uniform(0.3, 1.0))
            with self.lock:
                victims = [p for p in self.running.values() if p.poll() is None]
            if victims and self.rng.random() < 0.6:
                v = self.rng.choice(victims)
                try:
                    v.send_signal(signal.SIGKILL)
                    self.fig.client_kills += 1
                except ProcessLookupError:
                    pass
            if self.server and time.time() >= next_server_kill:
                self.server.kill9()
                self.fig.server_kills += 1
                time.sleep(self.rng.uniform(0.1, 0.8))
                self.server.start()
                next_server_kill = time.time() + self.rng.uniform(4, 8)

    def verify(self):
        if self.server:
            self.server.kill9()  # the last one: whatever was in flight stops here
            self.fig.server_kills += 1
        p = subprocess.run([self.azr, "emulator", "check", "--state", str(self.state_file())], capture_output=True,
                           text=True, env=dict(os.environ, AZR_CONFIG_DIR=str(self.root / "check-config")))
        self.check_output = p.stdout.strip()
        if p.returncode != 0:
            for line in p.stdout.splitlines():
                if line.startswith("problem: "):
                    self.fig.violation("emulator check: " + line[len("problem: "):])
            if "problem: " not in p.stdout:
                self.fig.violation(f"emulator check failed: {p.stderr.strip()}")
        if self.server:
            self.server.fault_rate = 0  # reading the outcome back is not part of the chaos
            self.server.start()
        # Operations still running finish at their time; then read everything back.
        time.sleep(1.0)
        w = "setup" if self.server else 0
        prefixes = json.loads(self.must(w, ["network", "public-ip", "prefix", "list", "-g", RG, "-o", "json"]))
        asgs = json.loads(self.must(w, ["network", "asg", "list", "-g", RG, "-o", "json"]))
        pools = json.loads(self.must(w, ["aks", "nodepool", "list", "-g", RG, "--cluster-name", "c", "-o", "json"]))
        if self.server:
            self.server.kill9()
        present = {"prefix": {p["name"]: p for p in prefixes if p["name"] != "nodeips"},
                   "asg": {a["name"]: a for a in asgs},
                   "pool": {p["name"]: p for p in pools if p["name"] != "nodepool1"}}
        for kind, items in present.items():
            for name, item in items.items():
                state = item.get("provisioningState")
                if state not in ("Succeeded", "Failed") or (state == "Failed" and kind != "pool"):
                    self.fig.violation(f"{kind} {name} is left {state}")
                if kind == "prefix" and not item.get("ipPrefix"):
                    self.fig.violation(f"prefix {name} has no address block")
        attempted = {(k, n) for k, n, _ in self.attempts}
        for kind, items in present.items():
            for name in items:
                if (kind, name) not in attempted:
                    self.fig.violation(f"{kind} {name} exists but no client created it")
        deleted = {(k.split("-")[0], n) for k, n, r in self.attempts if k.endswith("-delete")}
        for kind, name, result in self.attempts:
            if result != "ok" or kind in ("scale",):
                continue
            if kind.endswith("-delete"):
                if name in present[kind.split("-")[0]]:
                    self.fig.violation(f"{kind} {name} succeeded but the resource is still there")
            elif (kind, name) not in deleted and name not in present[kind]:
                self.fig.violation(f"{kind} create {name} succeeded but the resource is gone")

    def go(self):
        started = time.time()
        self.setup()
        deadline = time.time() + self.seconds
        threads = [threading.Thread(target=self.worker, args=(w, deadline)) for w in range(self.clients)]
        threads.append(threading.Thread(target=self.killer, args=(deadline,)))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.verify()
        f = self.fig
        ops = sum(f.ops.values())
        faults = self.server.faults() if self.server else 0
        print(f"chaos {self.mode}: {ops} operations ({f.ops['ok']} ok, {f.ops['failed']} failed, "
              f"{f.ops['killed']} killed), {faults} faults injected, {f.client_kills} client kills, "
              f"{f.server_kills} server kills, {len(f.violations)} invariant violations "
              f"({time.time() - started:.0f} s; check: {self.check_output.splitlines()[0] if self.check_output else '-'})",
              flush=True)
        top = sorted(f.reasons.items(), key=lambda kv: -kv[1])[:6]
        if top:
            print("  failures: " + "; ".join(f"{n} {k}" for k, n in top), flush=True)
        for v in f.violations:
            print(f"  violation: {v}", flush=True)
        return not f.violations


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["server", "local", "both"], default="both")
    ap.add_argument("--seconds", type=float, default=30, help="chaos time per mode (setup and checks come on top)")
    ap.add_argument("--clients", type=int, default=6, help="parallel client processes")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    args = ap.parse_args()
    release = REPO / "target/release/azr"
    azr = os.environ.get("AZR", str(release if release.exists() else REPO / "target/debug/azr"))
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print(f"chaos: azr {azr}, {args.clients} clients, {args.seconds:.0f} s per mode, seed {seed}", flush=True)
    rng = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="azr-chaos."))
    ok = True
    try:
        for mode in (["server", "local"] if args.mode == "both" else [args.mode]):
            chaos = Chaos(mode, azr, root / mode, args.clients, args.seconds, rng)
            try:
                ok = chaos.go() and ok
            finally:
                if chaos.server:
                    chaos.server.kill9()
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
