#!/usr/bin/env python3
"""Generates src/cli/surface.jsonl: az 2.91.0's command surface for every azr command.

The contract "the command surface is data" (docs: design.md): every flag az takes on a command
azr has, with the parse facts azr needs to accept it as az's argparse would, and the help az
prints, as az's own help objects compute it. For each command (names on stdin, one per line) it
runs az's own `<command> -h` path with `AzCliHelp.show_help` replaced by a recorder, so the
command table, the argument registry, the Global Policy arguments and the help files are loaded
exactly as a real invocation loads them. One JSON line per command or group,
`["command", "<name>", {...}]` or `["group", "<name>", {...}]`, sorted, so azr finds one by its
prefix and parses only that line. Records:

  command: args       one per argparse action with option strings, in parser order:
                              options     every option string, as registered
                              deprecated  the option strings that are deprecated aliases
                              dest, required, nargs (argparse's: null = one value, 0 = a switch,
                              "?", "*", "+", or a number), choices, default (as text), group
                              (arg_group, null for the command's own), help, deprecated_arg,
                              preview
  command: help       az's help page: summary, long (header long summary), gap (a blank
                            line after the header), links, params (name, tags, summary, long, group: laid out in az's order, hidden
                            ones left out), examples (summary, long, command)
  group                a command group's help: summary, long, children (name, summary,
                            tags, group: true for a subgroup)

Run with the Python of an azure-cli 2.91.0 install:

    printf '%s\\n' 'aks create' 'aks' | /path/to/venv/bin/python tools/gen_surface.py

tests/it/surface.rs feeds it every azr command and group and compares with the committed file
(AZR_UPDATE_SURFACE=1 rewrites it). Names az does not have are left out.
"""

import argparse
import contextlib
import io
import json
import os
import sys
import tempfile

os.environ["AZURE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="azr-surface-")
os.environ["AZURE_CORE_COLLECT_TELEMETRY"] = "false"
os.environ["AZURE_CORE_NO_COLOR"] = "true"

from azure.cli.core import get_default_cli  # noqa: E402
from azure.cli.core._help import AzCliHelp  # noqa: E402

captured = {}


def text(value):
    return None if value is None else str(value)


def nargs(action):
    if action.nargs is None and action.option_strings and not action_takes_value(action):
        return 0
    return action.nargs


def action_takes_value(action):
    # store_true/store_false/store_const/count/help: argparse gives them nargs=0
    return not (isinstance(action.nargs, int) and action.nargs == 0) and type(action).__name__ not in (
        "_StoreTrueAction",
        "_StoreFalseAction",
        "_StoreConstAction",
        "_CountAction",
        "_HelpAction",
        "_VersionAction",
    )


def default_text(action):
    d = action.default
    if d is None or d is argparse.SUPPRESS:
        return None
    if isinstance(d, (list, tuple)):
        return [str(x) for x in d]
    return str(d)


def record_args(parser):
    out = []
    for a in parser._actions:
        if not a.option_strings:
            continue
        out.append(
            {
                "options": list(a.option_strings),
                "deprecated": [o for o in a.option_strings if getattr(o, "deprecate_info", None)],
                "dest": a.dest,
                "required": bool(a.required),
                "nargs": nargs(a),
                "choices": [str(c) for c in a.choices] if a.choices else None,
                "default": default_text(a),
                "group": getattr(a.container, "description", None)
                if a.container is not parser
                else None,
                "help": text(a.help) if a.help is not argparse.SUPPRESS else None,
                "hidden": a.help is argparse.SUPPRESS,
                "deprecated_arg": bool(getattr(a, "deprecate_info", None)),
                "preview": bool(getattr(a, "preview_info", None)),
            }
        )
    return out


def tags_of(item):
    """The tag string az's help puts before ' : ' (`[Deprecated] [Required]`), plain text."""
    tags = []
    for attr in ("deprecate_info", "preview_info", "experimental_info"):
        info = getattr(item, attr, None)
        if info:
            tags.append(str(info.tag))
    if getattr(item, "required", None):
        tags.append("[Required]")
    return " ".join(t for t in tags if t)


def messages(item):
    out = []
    for attr in ("deprecate_info", "preview_info", "experimental_info"):
        info = getattr(item, attr, None)
        if info:
            out.append(str(info.message))
    return out


def record_params(helper, help_file):
    """az's Arguments section, each parameter with its summary built as az builds it."""
    # knack's registry, not az's subclass: knack's _print_arguments names its own
    from knack.help import ArgumentGroupRegistry

    registry = ArgumentGroupRegistry([p.group_name for p in help_file.parameters if p.group_name])

    def key(p):
        return "{}{}{}".format(registry.get_group_priority(p.group_name), str(not p.required), p.name)

    params = []
    for p in sorted(help_file.parameters, key=key):
        info = getattr(p, "deprecate_info", None)
        if info and not info.show_in_help():
            continue
        summary = p.short_summary
        cut = summary.find(" Possible values include")
        summary = summary[0 : cut if cut >= 0 else len(summary)]
        summary += helper._get_choices_defaults_sources_str(p)
        long = [p.long_summary] if p.long_summary else []
        params.append(
            {
                "name": p.name,
                "tags": tags_of(p),
                "summary": summary.strip(),
                "long": " ".join(long + messages(p)),
                "group": p.group_name or "",
            }
        )
    return params


def header_long(help_file):
    return "\n".join(([help_file.long_summary] if help_file.long_summary else []) + messages(help_file))


def show_help(self, cli_name, nouns, parser, is_group):
    """Stands in for AzCliHelp.show_help: builds the same help object, records it."""
    self.update_loaders_with_help_file_contents(nouns)
    delimiters = " ".join(nouns)
    cls = self.group_help_cls if is_group else self.command_help_cls
    help_file = cls(self, delimiters, parser)
    help_file.load(parser)
    AzCliHelp.update_examples(help_file)
    page = {
        "summary": help_file.short_summary or "",
        "long": header_long(help_file),
        # az leaves a blank line after the header only for these
        "gap": bool(help_file.long_summary or getattr(help_file, "deprecate_info", None)),
        "links": [link["url"] for link in (help_file.links or [])],
        "examples": [
            {"summary": e.short_summary, "long": e.long_summary or "", "command": e.command}
            for e in help_file.examples
        ],
    }
    if is_group:
        page["children"] = [
            {
                "name": c.name,
                "summary": (c.short_summary or "").replace("\n", " "),
                "tags": tags_of(c),
                "group": isinstance(c, self.group_help_cls),
            }
            for c in sorted(help_file.children, key=lambda h: h.name)
        ]
        captured["group"] = page
    else:
        page["params"] = record_params(self, help_file)
        captured["command"] = {"args": record_args(parser), "help": page}
    captured["delimiters"] = delimiters


AzCliHelp.show_help = show_help


def record(name):
    captured.clear()
    cli = get_default_cli()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            cli.invoke(name.split() + ["-h"])
        except SystemExit:
            pass
    if captured.get("delimiters") != name:
        return None
    return captured


def main():
    lines = []
    for name in sorted({line.strip() for line in sys.stdin if line.strip()}):
        entry = record(name)
        if entry is None:
            continue
        kind = "command" if "command" in entry else "group"
        lines.append(json.dumps([kind, name, entry[kind]], sort_keys=True, separators=(",", ":")))
    sys.stdout.write("".join(line + "\n" for line in sorted(lines)))


if __name__ == "__main__":
    main()
