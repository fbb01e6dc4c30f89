#!/usr/bin/env python3
"""Renders results exactly as az 2.91.0 prints them, with az's own code: the oracle for azr's
output tests (`tests/it/output.rs`) and for `tools/gen_shapes.py`'s tables.

Input (stdin, or the file named first): a JSON list of cases `{"name": str, "model": name|null,
"wire": <ARM JSON>, "formats": ["json", ...], "query": str|null, "command": "aks show"}`.
Output (stdout): a JSON object keyed `name/format`, each `{"stdout": "...", "error": str|null}`.

    /work/azpeer/venv/bin/python tools/az_render.py tests/it/output_cases.json \
        > tests/it/output_expected.json

Pipeline, as az runs it: the SDK deserializer (or the AAZ response schema) reads the wire JSON;
`todict` with `remove_additional_prop_layer`; the `_add_resource_group` transform; `--query`
with `Options(OrderedDict)`; knack's formatter (`format_table` with the command's
table_transformer, `_TsvOutput`, PyYAML, json, pygments colour for jsonc/yamlc).

    /work/azpeer/venv/bin/python tools/az_render.py < cases.json
"""

import collections
import importlib
import json
import sys

from azure.cli.core.aaz import AAZCommand
from azure.cli.core.commands import AzCliCommandInvoker
from azure.cli.core.commands.transform import _add_resource_group
from azure.cli.core.util import todict
from knack import output as kout
from knack.util import CommandResultItem

NET = "azure.cli.command_modules.network.aaz.latest.network."


def _sdk(module, name):
    def read(wire):
        cls = getattr(importlib.import_module(module), name)
        if hasattr(cls, "_attribute_map"):  # msrest
            return cls.deserialize(wire)
        return cls(wire)
    return read


def _aaz(module, command, item=False):
    def read(wire):
        cmd = getattr(importlib.import_module(module), command)
        ops = [v for v in vars(cmd).values()
               if isinstance(v, type) and hasattr(v, "_build_schema_on_200")]
        schema = ops[0]._build_schema_on_200()
        if item:
            schema = schema._fields["value"].Element
        value = schema._ValueCls(schema, schema.process_data(wire))
        return AAZCommand.deserialize_output(value, client_flatten=True)
    return read


READERS = {
    "ManagedCluster": _sdk("azure.mgmt.containerservice.models", "ManagedCluster"),
    "AgentPool": _sdk("azure.mgmt.containerservice.models", "AgentPool"),
    "RunCommandResult": _sdk("azure.mgmt.containerservice.models", "RunCommandResult"),
    "ResourceGroup": _sdk("azure.mgmt.resource.resources.v2024_11_01.models", "ResourceGroup"),
    "Provider": _sdk("azure.mgmt.resource.resources.v2024_11_01.models", "Provider"),
    "FeatureResult": _sdk("azure.mgmt.resource.features.v2021_07_01.models", "FeatureResult"),
    "PublicIPPrefix": _aaz(NET + "public_ip.prefix._show", "Show"),
    "ApplicationSecurityGroup": _aaz(NET + "asg._show", "Show"),
    "NetworkSecurityGroup": _aaz(NET + "nsg._show", "Show"),
    "SecurityRule": _aaz(NET + "nsg.rule._show", "Show"),
    "PublicIPAddress": _aaz(
        "azure.cli.command_modules.vm.aaz.latest.vmss._list_instance_public_ips",
        "ListInstancePublicIps", item=True),
    "VirtualMachineScaleSet": _aaz("azure.cli.command_modules.vm.aaz.latest.vmss._show", "Show"),
}


def _transformer(command):
    from azure.cli.command_modules.acs import _format as acs
    from azure.cli.command_modules.network._format import transform_nsg_rule_table_output
    from azure.cli.command_modules.resource.commands import transform_resource_group_list
    feature = "{Name:name, RegistrationState:properties.state}"
    return {
        "aks show": acs.aks_show_table_format,
        "aks list": acs.aks_list_table_format,
        "aks nodepool show": acs.aks_agentpool_show_table_format,
        "aks nodepool list": acs.aks_agentpool_list_table_format,
        "feature show": feature,
        "feature list": "[]." + feature,
        "group list": transform_resource_group_list,
        "network nsg rule list": lambda rules: [transform_nsg_rule_table_output(r) for r in rules],
    }.get(command)


def render(case):
    wire = case["wire"]
    model = case.get("model")
    if model:
        read = READERS[model]
        result = [read(w) for w in wire] if isinstance(wire, list) else read(wire)
    else:
        result = wire
    result = todict(result, AzCliCommandInvoker.remove_additional_prop_layer)
    _add_resource_group(result)
    query = case.get("query")
    if query:
        import jmespath
        result = jmespath.compile(query).search(result, jmespath.Options(collections.OrderedDict))
    fmt = case.get("format", "json")
    item = CommandResultItem(result, table_transformer=_transformer(case.get("command", "")),
                             is_query_active=bool(query))
    formatter = {
        "json": kout.format_json, "jsonc": kout.format_json_color, "yaml": kout.format_yaml,
        "yamlc": kout.format_yaml_color, "table": kout.format_table, "tsv": kout.format_tsv,
        "none": kout.format_none,
    }[fmt]
    return formatter(item)


def main():
    src = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    out = {}
    for case in json.load(src):
        for fmt in case["formats"]:
            try:
                out[case["name"] + "/" + fmt] = {"stdout": render(dict(case, format=fmt)),
                                                 "error": None}
            except Exception as ex:  # the message az would print
                out[case["name"] + "/" + fmt] = {"stdout": "", "error": str(ex)}
    json.dump(out, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
