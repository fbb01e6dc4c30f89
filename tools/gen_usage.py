#!/usr/bin/env python3
"""Generates src/output/usage.json: how az 2.91.0's command parsers report a usage error.

When argparse rejects a command line (a missing required argument, a value missing after a
flag, a bad choice), az prints up to three examples from the command's help, chosen by
`azure.cli.core.command_recommender.CommandRecommender`: examples of the same command first,
then those sharing more of the user's parameters, then shorter ones, ties in help order. azr does
the same choice at run time; this script records, per command, the inputs of that choice as az
computes them:

  examples  [{command, description, args}] in help order; `args` is the example's parameter list
            normalised by az (long forms, sorted), which ranks it
  options   az's option → canonical long option map for the command (`null`: a global option
            that normalises to itself), used to normalise what the user typed
  spellings each option's strings in the order argparse names them in a message
            (`--resource-group/-g`, `-n/--name`)

Run with the Python of an azure-cli 2.91.0 install, command names on stdin, one per line:

    printf '%s\\n' 'aks create' 'group show' | /path/to/venv/bin/python tools/gen_usage.py

tests/it/usage.rs feeds it every azr command and compares with the committed file
(AZR_UPDATE_USAGE=1 rewrites it). Commands az does not have are left out.
"""

import contextlib
import io
import json
import os
import sys
import tempfile

os.environ["AZURE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="azr-usage-")
os.environ["AZURE_CORE_COLLECT_TELEMETRY"] = "false"

from azure.cli.core import get_default_cli  # noqa: E402
from azure.cli.core.command_recommender import CommandRecommender  # noqa: E402
from azure.cli.core.parser import AzCliCommandParser  # noqa: E402

captured = {}


def capture(recommender):
    """Stands in for provide_recommendations: records its inputs instead of printing."""
    captured["command"] = recommender.command
    captured["options"] = recommender._get_param_mappings()
    captured["examples"] = [
        {
            "command": e["command"],
            "description": e["description"],
            "args": recommender._normalize_parameters(e["command"].split(" ")),
        }
        for e in recommender.help_examples
    ]
    return []


CommandRecommender.provide_recommendations = capture
report_error = AzCliCommandParser.error


def capture_spellings(parser, message):
    """Records the option strings of the parser that reports the error, then reports it."""
    captured["spellings"] = [list(a.option_strings) for a in parser._actions if a.option_strings]
    report_error(parser, message)


AzCliCommandParser.error = capture_spellings


def record(name):
    captured.clear()
    cli = get_default_cli()
    # --output without its value is rejected by the command's own parser, which then asks the
    # recommender: the same path as every other usage error of that command.
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            cli.invoke(name.split() + ["--output"])
        except SystemExit:
            pass
    # Not a command of az's (its top-level parser answered, not a command parser).
    if captured.get("command") != name or "spellings" not in captured:
        return None
    return {key: captured[key] for key in ("examples", "options", "spellings")}


def main():
    out = {}
    for name in sorted({line.strip() for line in sys.stdin if line.strip()}):
        entry = record(name)
        if entry is not None:
            out[name] = entry
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
