#!/usr/bin/env python3
"""Generates src/spec/generic_update/schemas.json: the instance schemas az 2.91's AAZ update
commands walk for the generic update arguments (--set/--add/--remove, issue 12).

An AAZ update command GETs the resource into a typed instance (the `_build_schema_on_200` of its
GET operation) and applies `--set`/`--add`/`--remove` to it with the schema: which keys exist
(snake_case names, camelCase serialized names), which objects are flattened (`properties`), the
type each value must have, which fields are read-only (left out of the PUT). azr walks the same
schemas, dumped here as data (recursive schemas share one entry per schema object).

Run with the Python of an azure-cli 2.91.0 install:

    /path/to/venv/bin/python tools/gen_update_schemas.py > src/spec/generic_update/schemas.json
"""

import importlib
import json
import sys

from azure.cli.core.aaz import _field_type as ft

# command -> (module, GET operation class inside `Update`)
COMMANDS = {
    "network vnet subnet update": ("network.aaz.latest.network.vnet.subnet._update", "SubnetsGet"),
    "network nsg rule update": ("network.aaz.latest.network.nsg.rule._update", "SecurityRulesGet"),
}


def main():
    types, index = [], {}

    def ref(schema):
        key = id(schema)
        if key in index:
            return index[key]
        index[key] = len(types)
        entry = {}
        types.append(entry)
        entry["nullable"] = bool(schema._nullable)
        if isinstance(schema, ft.AAZObjectType):
            entry["kind"] = "object"
            fields = []
            for name, field in schema._fields.items():
                fields.append({
                    "name": name,
                    "wire": field._serialized_name or name,
                    "flatten": bool(field._flags.get("client_flatten", False)),
                    "read_only": bool(field._flags.get("read_only", False)),
                    "type": ref(field),
                })
            entry["fields"] = fields
        elif isinstance(schema, ft.AAZListType):
            entry["kind"] = "list"
            entry["element"] = ref(schema.Element)
        elif isinstance(schema, ft.AAZBaseDictType):
            entry["kind"] = "dict"
            entry["element"] = ref(schema.Element) if hasattr(schema, "Element") else None
        elif isinstance(schema, ft.AAZBoolType):
            entry["kind"] = "bool"
        elif isinstance(schema, ft.AAZIntType):
            entry["kind"] = "int"
        elif isinstance(schema, ft.AAZFloatType):
            entry["kind"] = "float"
        elif isinstance(schema, ft.AAZStrType):
            entry["kind"] = "str"
        else:
            entry["kind"] = "any"
        return index[key]

    roots = {}
    for command, (module, op) in COMMANDS.items():
        mod = importlib.import_module("azure.cli.command_modules." + module)
        schema = getattr(mod.Update, op)._build_schema_on_200()
        roots[command] = ref(schema)
    json.dump({"roots": roots, "types": types}, sys.stdout, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
