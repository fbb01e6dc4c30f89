#!/usr/bin/env python3
"""Generates src/output/shapes.json: how az 2.91.0 turns ARM wire JSON into the dicts it prints.

Run with the Python of an azure-cli 2.91.0 install:

    /work/azpeer/venv/bin/python tools/gen_shapes.py > src/output/shapes.json

Three kinds of model reach az's output, and each prints differently:

* typespec SDK models (azure-mgmt-containerservice 41.x): az's `todict` lists the attributes with
  `azure.core.serialization.attribute_list` (flattened `properties.*` hoisted), names each with
  `get_backcompat_attr_name` + `to_camel_case`, and prints every attribute, null when unset.
  Unknown wire keys are dropped.
* msrest SDK models (azure-mgmt-resource): `todict` walks `__dict__`, so every attribute is
  present (null when unset) under the camel-cased Python name, and unknown wire keys (kept by
  msrest in `additional_properties`) are merged back in by az's `remove_additional_prop_layer`.
* AAZ commands (network, vmss public IPs): the command's response schema; only keys present on
  the wire print, under their serialized (wire) name, `client_flatten` objects are hoisted, nulls
  of non-nullable fields are dropped, secrets hidden, unknown keys dropped.

Every record below is asked of those libraries, model by model (instances holding data, as the
design note requires); nothing is listed by hand except which model each azr constant means.
"""

import datetime
import importlib
import json
import sys
import typing

from azure.core.serialization import (
    _get_flattened_attribute,
    attribute_list,
    get_backcompat_attr_name,
)
from knack.util import to_camel_case

models = {}


# ---------------------------------------------------------------- typespec (containerservice)

def _hints(cls):
    mod = sys.modules[cls.__module__]
    ns = dict(vars(mod))
    ns["_models"] = importlib.import_module(cls.__module__.rsplit(".", 1)[0])
    return typing.get_type_hints(cls, globalns=ns)


def _ts_type(ann):
    origin = typing.get_origin(ann)
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    if origin is typing.Union:
        # Optional[X]; Union[str, Enum] prints as the string
        if len(args) == 1:
            return _ts_type(args[0])
        if str in args:
            return "str"
        return "any"
    if origin in (list, typing.List):
        return {"l": _ts_type(args[0])}
    if origin in (dict, typing.Dict):
        return {"d": _ts_type(args[1])}
    if ann is float:
        return "float"
    if ann is datetime.datetime:
        return "datetime"
    if ann is bytes:  # base64 on the wire, printed as the decoded text
        return "bytes"
    if ann in (str, int, bool):
        return "str"
    if isinstance(ann, type) and getattr(ann, "_is_model", False):
        return {"m": typespec_model(ann)}
    if isinstance(ann, type) and hasattr(ann, "_attribute_map"):
        return {"m": msrest_model(ann)}
    if isinstance(ann, type) and issubclass(ann, str):  # enums
        return "str"
    return "any"


def typespec_model(cls):
    mid = "ts." + cls.__name__
    if mid in models:
        return mid
    models[mid] = None  # recursion guard
    cls({})  # the model base fills _attr_to_rest_field on first instantiation
    fields = cls._attr_to_rest_field
    # The model base fills `_attr_to_rest_field` lazily; azure-core finds the flattened bag
    # only once the inner class has been instantiated, as it is in a model holding data.
    for rf in fields.values():
        inner = getattr(rf, "_class_type", None)
        if isinstance(inner, type) and getattr(inner, "_is_model", False):
            inner({})
    flattened_attr = _get_flattened_attribute(cls({}))
    # An instance holding data: with the flattened bag present, attribute_list hoists it.
    seed = {}
    if flattened_attr:
        seed[fields[flattened_attr]._rest_name] = {}
    inst = cls(seed) if seed else cls({"__seed": 1})
    hints = _hints(cls)
    inner_cls = fields[flattened_attr]._class_type if flattened_attr else None
    inner_hints = _hints(inner_cls) if inner_cls else {}
    out = []
    for attr in attribute_list(inst):
        key = to_camel_case(get_backcompat_attr_name(inst, attr))
        if attr in fields and attr != flattened_attr:
            wire = [fields[attr]._rest_name]
            t = _ts_type(hints[attr])
        else:
            rf = inner_cls._attr_to_rest_field[attr]
            wire = [fields[flattened_attr]._rest_name, rf._rest_name]
            t = _ts_type(inner_hints[attr])
        out.append([key, wire, t])
    models[mid] = {
        "kind": "typespec",
        "flatten": fields[flattened_attr]._rest_name if flattened_attr else None,
        "fields": out,
    }
    return mid


# ---------------------------------------------------------------- msrest (resources, features)

def _msrest_type(t, mod):
    if t.startswith("[") and t.endswith("]"):
        return {"l": _msrest_type(t[1:-1], mod)}
    if t.startswith("{") and t.endswith("}"):
        return {"d": _msrest_type(t[1:-1], mod)}
    if t in ("str", "int", "bool", "long"):
        return "str"
    if t == "float":
        return "float"
    if t in ("iso-8601", "rfc-1123"):
        return "datetime"
    if t in ("object", "duration", "date", "unix-time", "bytearray", "base64"):
        return "any"
    sub = getattr(mod, t, None)
    if sub is not None and hasattr(sub, "_attribute_map"):
        return {"m": msrest_model(sub)}
    return "str"  # enum names


def msrest_model(cls):
    mid = "ms." + cls.__module__.split(".")[3] + "." + cls.__name__
    if mid in models:
        return mid
    models[mid] = None
    mod = sys.modules[cls.__module__]
    # the attributes todict sees: the instance's __dict__ (all set in __init__)
    inst = cls.deserialize({})  # as the SDK builds it from a response
    out = []
    for attr, v in inst.__dict__.items():
        if attr.startswith("_") or callable(v) or attr == "additional_properties":
            continue
        spec = cls._attribute_map[attr]
        wire = [p.replace("\\.", ".") for p in _split_msrest_key(spec["key"])]
        out.append([to_camel_case(attr), wire, _msrest_type(spec["type"], mod)])
    models[mid] = {
        "kind": "msrest",
        "extra": "additional_properties" in inst.__dict__,
        "fields": out,
    }
    return mid


def _split_msrest_key(key):
    parts, cur, i = [], "", 0
    while i < len(key):
        if key[i] == "\\" and i + 1 < len(key) and key[i + 1] == ".":
            cur += "."
            i += 2
            continue
        if key[i] == ".":
            parts.append(cur)
            cur = ""
        else:
            cur += key[i]
        i += 1
    parts.append(cur)
    return parts


# ---------------------------------------------------------------- AAZ (network, vmss)

from azure.cli.core.aaz import _field_type as aaz_t  # noqa: E402

_aaz_ids = {}


def _aaz_type(schema, prefix):
    if isinstance(schema, aaz_t.AAZObjectType):
        return {"m": aaz_model(schema, prefix)}
    if isinstance(schema, aaz_t.AAZListType):
        return {"l": _aaz_type(schema.Element, prefix)}
    if isinstance(schema, aaz_t.AAZFreeFormDictType):
        return "any"
    if isinstance(schema, aaz_t.AAZDictType):
        return {"d": _aaz_type(schema.Element, prefix)}
    if isinstance(schema, aaz_t.AAZFloatType):
        return "float"
    if isinstance(schema, (aaz_t.AAZStrType, aaz_t.AAZIntType, aaz_t.AAZBoolType)):
        return "str"
    return "any"


def aaz_model(schema, prefix):
    key = id(schema)
    if key in _aaz_ids:
        return _aaz_ids[key]
    mid = "aaz.%s.%d" % (prefix, len([m for m in models if m.startswith("aaz.%s." % prefix)]))
    _aaz_ids[key] = mid
    models[mid] = None
    out = []
    for name, field in schema._fields.items():
        wire = field._serialized_name or name
        flags = field._flags or {}
        rec = [wire, [wire], _aaz_type(field, prefix)]
        extra = {}
        if flags.get("client_flatten"):
            extra["flatten"] = True
        if flags.get("secret"):
            extra["secret"] = True
        if field._nullable:
            extra["nullable"] = True
        if extra:
            rec.append(extra)
        out.append(rec)
    if schema._discriminators:
        print("warning: discriminators ignored in %s" % mid, file=sys.stderr)
    models[mid] = {"kind": "aaz", "fields": out}
    return mid


def aaz_response(module, command, operation, builder, prefix, item=False):
    mod = importlib.import_module(module)
    cmd = getattr(mod, command)
    # the command's HTTP operation that carries the response schema
    ops = [v for k, v in vars(cmd).items() if isinstance(v, type) and hasattr(v, builder)]
    if operation is not None:
        ops = [o for o in ops if o.__name__ == operation]
    assert len(ops) == 1, (command, [o.__name__ for o in ops])
    op = ops[0]
    schema = getattr(op, builder)()
    if item:  # a list operation: the schema of one element of `value`
        schema = schema._fields["value"].Element
    return aaz_model(schema, prefix)


# ---------------------------------------------------------------- the models azr prints

def main():
    from azure.mgmt.containerservice import models as cs
    from azure.mgmt.resource.features.v2021_07_01 import models as feat
    from azure.mgmt.resource.resources.v2024_11_01 import models as res

    net = "azure.cli.command_modules.network.aaz.latest.network."
    roots = {
        # src/output/models.rs constant -> model
        "ManagedCluster": typespec_model(cs.ManagedCluster),
        "AgentPool": typespec_model(cs.AgentPool),
        "RunCommandResult": typespec_model(cs.RunCommandResult),
        "Machine": typespec_model(cs.Machine),
        "ResourceGroup": msrest_model(res.ResourceGroup),
        "Provider": msrest_model(res.Provider),
        "FeatureResult": msrest_model(feat.FeatureResult),
        "PublicIPPrefix": aaz_response(
            net + "public_ip.prefix._show", "Show", None,
            "_build_schema_on_200", "PublicIPPrefix"),
        "ApplicationSecurityGroup": aaz_response(
            net + "asg._show", "Show", None,
            "_build_schema_on_200", "ApplicationSecurityGroup"),
        "NetworkSecurityGroup": aaz_response(
            net + "nsg._show", "Show", None,
            "_build_schema_on_200", "NetworkSecurityGroup"),
        "VirtualNetwork": aaz_response(
            net + "vnet._show", "Show", None,
            "_build_schema_on_200", "VirtualNetwork"),
        "Subnet": aaz_response(
            net + "vnet.subnet._show", "Show", None,
            "_build_schema_on_200", "Subnet"),
        "SecurityRule": aaz_response(
            net + "nsg.rule._show", "Show", None,
            "_build_schema_on_200", "SecurityRule"),
        "PublicIPAddress": aaz_response(
            "azure.cli.command_modules.vm.aaz.latest.vmss._list_instance_public_ips",
            "ListInstancePublicIps",
            None,
            "_build_schema_on_200", "PublicIPAddress", item=True),
        "VirtualMachineScaleSet": aaz_response(
            "azure.cli.command_modules.vm.aaz.latest.vmss._show", "Show", None, "_build_schema_on_200",
            "VirtualMachineScaleSet"),
    }
    from importlib.metadata import version

    doc = {
        "generator": "tools/gen_shapes.py",
        "sources": {
            p: version(p)
            for p in ["azure-cli-core", "azure-core", "azure-mgmt-containerservice",
                      "azure-mgmt-resource", "knack"]
        },
        "roots": roots,
        "models": models,
    }
    json.dump(doc, sys.stdout, indent=None, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
