#!/usr/bin/env python3
"""differential_flag_coverage.py: which of az 2.91's flags the differential suite's scenarios pass
at least once, per command (issues 12 and 18 ask for every flag at least once).

Reads the scenarios of tools/differential.py and az's command table (src/cli/surface.jsonl);
Global Arguments, -h and hidden arguments are not counted. A flag counts when a scenario's command
line spells one of its options in full.

Usage: python3 tools/differential_flag_coverage.py [COMMAND-PREFIX ...]   (e.g. "aks create" network)
Python 3.11 stdlib only.
"""
import json, shlex, sys
from pathlib import Path
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))
import differential as d
cmds = {}
for line in open(REPO / "src/cli/surface.jsonl"):
    rec = json.loads(line)
    if rec[0] != "command":
        continue
    args = [a for a in rec[2]["args"]
            if a.get("group") != "Global Arguments" and a["dest"] != "help" and a["options"] and not a["hidden"]]
    cmds[rec[1]] = args
used = {c: set() for c in cmds}
for name, cmd, *_ in d.SCENARIOS:
    if cmd.startswith("@put"):
        continue
    toks = shlex.split(cmd.replace("{", "").replace("}", ""))  # placeholders: {vmss1} etc.
    words = []
    for t in toks:
        if t.startswith("-"):
            break
        words.append(t)
    path = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in cmds), None)
    if not path:
        continue
    for t in toks:
        if t.startswith("-"):
            opt = t.split("=", 1)[0]
            for a in cmds[path]:
                if opt in a["options"]:
                    used[path].add(a["dest"])
only = sys.argv[1:]
tot_a = tot_u = 0
for c, args in sorted(cmds.items()):
    if only and not any(c.startswith(o) for o in only):
        continue
    n, u = len(args), len(used[c])
    tot_a += n; tot_u += u
    missing = [a["options"][0] for a in args if a["dest"] not in used[c]]
    print(f"{c}: {u}/{n}" + (f"  not in any scenario: {' '.join(missing)}" if missing else ""))
print(f"total: {tot_u}/{tot_a} command flags passed by at least one scenario")
