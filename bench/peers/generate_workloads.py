#!/usr/bin/env python3
"""Writes the same extension of N actions in the four forms the benchmark compares.

Each action has 3 inputs and 1 output; there is a structure every 10 actions and an
entity every 50, as in bench/generated_extension.cpp (whose .oxt text this module
reproduces line for line). The forms:

  oxt/BenchLib.oxt                           edited with `oxt lsp`
  proto/buf.yaml, proto/benchlib/v1/bench_lib.proto
                                             one service with an rpc per action, a
                                             request and a response message per rpc,
                                             a message per structure and per entity
                                             (lint-clean under buf's default rules);
                                             edited with `buf lsp serve`
  yaml/bench_lib.yaml, yaml/bench_lib.schema.json
                                             edited with yaml-language-server (the
                                             schema named in the first-line modeline)
  json/bench_lib.json, json/bench_lib.schema.json
                                             edited with vscode-json-language-server
                                             (the schema named by "$schema")

The JSON Schema lists the structure names in an enum of the parameter types, so that
YAML and JSON catch the same mistake the other two do: an unknown type.

With `error=True` one deliberate error is written: the third input of the middle
action refers to `Rc<k>` instead of `Rec<k>` (an unknown type in all four forms).
Inserting the missing `e` (at `Workload.error_position`) fixes it; deleting it
again brings it back, which is how the driver makes diagnostics change on each edit.

  python3 bench/peers/generate_workloads.py OUT_DIR [--actions N] [--error]
                                            [--workspace FILES]
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, field

BASIC_TYPES = [
    "Text", "Integer", "LongInteger", "Decimal", "Boolean", "DateTime", "Date", "Time",
    "Currency", "Email", "PhoneNumber", "BinaryData",
]


@dataclass
class Workload:
    """One form of the extension: where it is and where the driver points."""

    form: str                     # oxt, proto, yaml, json
    root: str                     # the folder a server gets as its workspace
    path: str                     # the document the driver opens
    language_id: str
    text: str
    error_position: tuple[int, int]       # (line, character) where `e` is inserted
    completion_position: tuple[int, int]  # at a parameter's type, the action after the error
    hover_position: tuple[int, int]       # on a structure reference in that action
    extra_files: dict[str, str] = field(default_factory=dict)

    @property
    def lines(self) -> int:
        return self.text.count("\n")


def record_of(i: int) -> int:
    return i - i % 10


def middle(actions: int) -> int:
    return actions // 2


def find(lines: list[str], start: int, needle: str) -> int:
    """Index of the first line at or after `start` that contains `needle`."""
    for i in range(start, len(lines)):
        if needle in lines[i]:
            return i
    raise ValueError(f"generator: {needle!r} not found after line {start}")


def positions(text: str, action_marker: str, next_marker: str, error_line_marker: str,
              type_line_marker: str, type_word: str, item_line_marker: str, rec_word: str):
    """The three positions of a form, found in its text."""
    lines = text.split("\n")
    act = find(lines, 0, action_marker)
    err = find(lines, act, error_line_marker)
    error_position = (err, lines[err].index(error_line_marker) + len(error_line_marker))
    nxt = find(lines, 0, next_marker)
    typ = find(lines, nxt, type_line_marker)
    completion_position = (typ, lines[typ].index(type_word, lines[typ].index(type_line_marker.strip())))
    item = find(lines, nxt, item_line_marker)
    hover_position = (item, lines[item].index(rec_word) + 1)
    return error_position, completion_position, hover_position


# --- .oxt -------------------------------------------------------------------------

def oxt_text(actions: int, error: bool, name: str = "BenchLib") -> str:
    """The text of bench/generated_extension.cpp, with the optional error."""
    out = [f"/// Generated for benchmarks.\n@dbms(SqlServer)\nextension {name} {{\n\n"]
    for i in range(actions):
        if i % 10 == 0:
            out.append(f"    /// Record number {i}.\n    structure Rec{i} {{\n"
                       "        Id: Integer\n        Label: Text(100)\n        Amount: Decimal(18, 2)\n"
                       "    }\n\n")
        if i % 50 == 0:
            out.append(f"    @table(\"[DB].[dbo].[T{i}]\")\n    entity Ent{i} {{\n"
                       "        @identifier @autoNumber\n        Id: Integer\n        Name: Text(50)\n"
                       "    }\n\n")
        r = record_of(i)
        item = f"Rc{r}" if error and i == middle(actions) else f"Rec{r}"
        out.append(f"    /// Action number {i}.\n    action Act{i} {{\n"
                   "        input Name: Text\n        input Count?: Integer = 3\n"
                   f"        input Item: {item}\n        output Result: List<Rec{r}>\n    }}\n\n")
    out.append("}\n")
    return "".join(out)


def oxt_workload(base: str, actions: int, error: bool) -> Workload:
    text = oxt_text(actions, error)
    m = middle(actions)
    e, c, h = positions(text, f"action Act{m} {{", f"action Act{m + 1} {{", "input Item: R",
                        "        input Name: ", "Text", "        input Item: ", "Rec")
    root = os.path.join(base, "oxt")
    return Workload("oxt", root, os.path.join(root, "BenchLib.oxt"), "oxt", text, e, c, h)


# --- .proto -----------------------------------------------------------------------

def proto_text(actions: int, error: bool) -> str:
    out = ["// Generated for benchmarks.\nsyntax = \"proto3\";\n\npackage benchlib.v1;\n\n"]
    rpcs = []
    for i in range(actions):
        if i % 10 == 0:
            out.append(f"// Record number {i}.\nmessage Rec{i} {{\n"
                       "  int64 id = 1;\n  string label = 2;\n  double amount = 3;\n}\n\n")
        if i % 50 == 0:
            out.append(f"// Entity of table [DB].[dbo].[T{i}].\nmessage Ent{i} {{\n"
                       "  int64 id = 1;\n  string name = 2;\n}\n\n")
        r = record_of(i)
        item = f"Rc{r}" if error and i == middle(actions) else f"Rec{r}"
        out.append(f"// Action number {i}.\nmessage Act{i}Request {{\n"
                   f"  string name = 1;\n  optional int64 count = 2;\n  {item} item = 3;\n}}\n\n"
                   f"// The result of action number {i}.\nmessage Act{i}Response {{\n"
                   f"  repeated Rec{r} result = 1;\n}}\n\n")
        rpcs.append(f"  // Action number {i}.\n  rpc Act{i}(Act{i}Request) returns (Act{i}Response);\n")
    out.append("// The actions of the extension.\nservice BenchLibService {\n")
    out.extend(rpcs)
    out.append("}\n")
    return "".join(out)


def proto_workload(base: str, actions: int, error: bool) -> Workload:
    text = proto_text(actions, error)
    m = middle(actions)
    e, c, h = positions(text, f"message Act{m}Request {{", f"message Act{m + 1}Request {{", "  R",
                        "  string name", "string", "  Rec", "Rec")
    root = os.path.join(base, "proto")
    return Workload("proto", root, os.path.join(root, "benchlib", "v1", "bench_lib.proto"), "proto",
                    text, e, c, h, {os.path.join(root, "buf.yaml"): "version: v2\n"})


# --- YAML and JSON, with their schema ----------------------------------------------

def document(actions: int, error: bool) -> dict:
    structures, entities, acts = {}, {}, {}
    for i in range(actions):
        if i % 10 == 0:
            structures[f"Rec{i}"] = {
                "description": f"Record number {i}.",
                "attributes": {
                    "Id": {"type": "Integer"},
                    "Label": {"type": "Text", "length": 100},
                    "Amount": {"type": "Decimal", "length": 18, "decimals": 2},
                },
            }
        if i % 50 == 0:
            entities[f"Ent{i}"] = {
                "table": f"[DB].[dbo].[T{i}]",
                "attributes": {
                    "Id": {"type": "Integer", "identifier": True, "autoNumber": True},
                    "Name": {"type": "Text", "length": 50},
                },
            }
        r = record_of(i)
        item = f"Rc{r}" if error and i == middle(actions) else f"Rec{r}"
        acts[f"Act{i}"] = {
            "description": f"Action number {i}.",
            "inputs": {
                "Name": {"type": "Text"},
                "Count": {"type": "Integer", "mandatory": False, "default": 3},
                "Item": {"type": item},
            },
            "outputs": {"Result": {"type": f"List<Rec{r}>"}},
        }
    return {"name": "BenchLib", "dbms": "SqlServer", "structures": structures,
            "entities": entities, "actions": acts}


def schema(actions: int) -> dict:
    records = [f"Rec{i}" for i in range(0, actions, 10)]
    name = {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_]*$"}
    attribute = {
        "type": "object", "required": ["type"], "additionalProperties": False,
        "properties": {
            "description": {"type": "string"},
            "type": {"enum": BASIC_TYPES, "description": "The attribute's data type."},
            "length": {"type": "integer", "minimum": 1},
            "decimals": {"type": "integer", "minimum": 0},
            "mandatory": {"type": "boolean"},
            "identifier": {"type": "boolean"},
            "autoNumber": {"type": "boolean"},
            "default": {},
        },
    }
    parameter = {
        "type": "object", "required": ["type"], "additionalProperties": False,
        "properties": {
            "description": {"type": "string"},
            "type": {"$ref": "#/definitions/parameterType"},
            "mandatory": {"type": "boolean"},
            "default": {},
        },
    }
    attributes = {"type": "object", "propertyNames": name,
                  "additionalProperties": {"$ref": "#/definitions/attribute"}}
    parameters = {"type": "object", "propertyNames": name,
                  "additionalProperties": {"$ref": "#/definitions/parameter"}}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "OutSystems extension",
        "type": "object", "required": ["name", "actions"], "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "name": name,
            "dbms": {"enum": ["SqlServer", "Oracle", "MySQL", "iDB2"]},
            "structures": {"type": "object", "propertyNames": name,
                           "additionalProperties": {"$ref": "#/definitions/structure"}},
            "entities": {"type": "object", "propertyNames": name,
                         "additionalProperties": {"$ref": "#/definitions/entity"}},
            "actions": {"type": "object", "propertyNames": name,
                        "additionalProperties": {"$ref": "#/definitions/action"}},
        },
        "definitions": {
            "parameterType": {
                "description": "A basic type, a structure, or a list of a structure.",
                "enum": BASIC_TYPES + records + [f"List<{r}>" for r in records],
            },
            "attribute": attribute,
            "parameter": parameter,
            "structure": {"type": "object", "required": ["attributes"], "additionalProperties": False,
                          "properties": {"description": {"type": "string"}, "attributes": attributes}},
            "entity": {"type": "object", "required": ["table", "attributes"], "additionalProperties": False,
                       "properties": {"description": {"type": "string"}, "table": {"type": "string"},
                                      "attributes": attributes}},
            "action": {"type": "object", "additionalProperties": False,
                       "properties": {"description": {"type": "string"}, "inputs": parameters,
                                      "outputs": parameters}},
        },
    }


def yaml_scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value[:1] in "[]{}&*!|>'\"%@`#," or ": " in value or value in ("true", "false", "null"):
        return json.dumps(value)
    return value


def yaml_block(value: dict, indent: int, out: list[str]) -> None:
    for key, v in value.items():
        if isinstance(v, dict):
            out.append(f"{' ' * indent}{key}:\n")
            yaml_block(v, indent + 2, out)
        else:
            out.append(f"{' ' * indent}{key}: {yaml_scalar(v)}\n")


def yaml_workload(base: str, actions: int, error: bool) -> Workload:
    out = ["# yaml-language-server: $schema=./bench_lib.schema.json\n# Generated for benchmarks.\n"]
    yaml_block(document(actions, error), 0, out)
    text = "".join(out)
    m = middle(actions)
    e, c, h = positions(text, f"  Act{m}:", f"  Act{m + 1}:", "        type: R",
                        "        type: Text", "Text", "        type: Rec", "Rec")
    root = os.path.join(base, "yaml")
    return Workload("yaml", root, os.path.join(root, "bench_lib.yaml"), "yaml", text, e, c, h,
                    {os.path.join(root, "bench_lib.schema.json"): json.dumps(schema(actions), indent=2) + "\n"})


def json_workload(base: str, actions: int, error: bool) -> Workload:
    doc = {"$schema": "./bench_lib.schema.json"}
    doc.update(document(actions, error))
    text = json.dumps(doc, indent=2) + "\n"
    m = middle(actions)
    e, c, h = positions(text, f"\"Act{m}\": {{", f"\"Act{m + 1}\": {{", "\"type\": \"R",
                        "\"type\": \"Text", "Text", "\"type\": \"Rec", "Rec")
    root = os.path.join(base, "json")
    return Workload("json", root, os.path.join(root, "bench_lib.json"), "json", text, e, c, h,
                    {os.path.join(root, "bench_lib.schema.json"): json.dumps(schema(actions), indent=2) + "\n"})


FORMS = {"oxt": oxt_workload, "proto": proto_workload, "yaml": yaml_workload, "json": json_workload}


def write(workload: Workload) -> None:
    """Writes the document and its companions (buf.yaml, the schema) to disk."""
    for path, text in [(workload.path, workload.text), *workload.extra_files.items()]:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def workloads(base: str, actions: int, error: bool, forms=tuple(FORMS)) -> dict[str, Workload]:
    """Every form, written under `base/<form>/`."""
    result = {}
    for form in forms:
        result[form] = FORMS[form](base, actions, error)
        write(result[form])
    return result


def write_workspace(base: str, files: int, actions: int) -> None:
    """`files` clean extensions of `actions` actions each, one folder per extension
    (Integration Studio's layout), for `oxt check` on a workspace."""
    for k in range(files):
        name = f"BenchLib{k:04d}"
        os.makedirs(os.path.join(base, name), exist_ok=True)
        with open(os.path.join(base, name, name + ".oxt"), "w", encoding="utf-8") as f:
            f.write(oxt_text(actions, False, name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write into (oxt/, proto/, yaml/, json/ under it)")
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--error", action="store_true", help="write one deliberate error")
    parser.add_argument("--workspace", type=int, metavar="FILES",
                        help="instead: FILES clean .oxt files of --actions actions each")
    args = parser.parse_args()
    if args.actions < 2:
        parser.error("--actions must be at least 2")
    if args.workspace is not None:
        write_workspace(args.out, args.workspace, args.actions)
        return
    for w in workloads(args.out, args.actions, args.error).values():
        print(f"{w.path}: {w.lines} lines, {len(w.text.encode()) / 1e6:.2f} MB; "
              f"error at {w.error_position}, completion at {w.completion_position}, "
              f"hover at {w.hover_position}")


if __name__ == "__main__":
    main()
