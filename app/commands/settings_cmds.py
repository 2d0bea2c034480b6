"""settings list | get KEY | set KEY VALUE: the window's Settings section (timers and limits),
with its ranges; every change is audited by the service like a change made in the window."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.context import CliContext, SubParsers
from app.settings import SETTINGS, IntSetting, parse_value, setting


def register(sub: SubParsers) -> None:
    settings = sub.add_parser(
        "settings", help="timers and limits (the window's Settings section)"
    ).add_subparsers(dest="settings_command", required=True, metavar="{list,get,set}")
    p = settings.add_parser("list", help="every setting, its value, default and range")
    p.set_defaults(handler=run_list)

    p = settings.add_parser("get", help="one setting's value")
    p.add_argument("key", metavar="KEY")
    p.set_defaults(handler=run_get)

    p = settings.add_parser("set", help="change a setting (audited; refused outside its range)")
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=run_set)


def _row(spec: IntSetting, value: int) -> dict[str, Any]:
    return {
        "key": spec.key,
        "label": spec.label,
        "value": value,
        "unit": spec.unit,
        "default": spec.default,
        "minimum": spec.minimum,
        "maximum": spec.maximum,
    }


def _line(row: dict[str, Any]) -> str:
    mark = "" if row["value"] == row["default"] else f"  (default {row['default']})"
    return (
        f"{row['key']:26} {row['value']:>4} {row['unit']:8} {row['label']}; "
        f"{row['minimum']}–{row['maximum']}{mark}"
    )


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    settings = ctx.open_kit().settings
    rows = [_row(spec, settings.get(spec.key)) for spec in SETTINGS]
    ctx.emit(rows, "\n".join(map(_line, rows)))
    return 0


def run_get(ctx: CliContext, args: argparse.Namespace) -> int:
    spec = setting(args.key)
    row = _row(spec, ctx.open_kit().settings.get(spec.key))
    ctx.emit(row, f"{row['value']}")
    return 0


def run_set(ctx: CliContext, args: argparse.Namespace) -> int:
    value = parse_value(args.key, args.value)
    settings = ctx.open_kit().settings
    old = settings.get(args.key)
    settings.set(args.key, value)
    row = {**_row(setting(args.key), value), "old": old, "changed": old != value}
    spec = setting(args.key)
    text = (
        f"{spec.label}: {old} → {value} {spec.unit}."
        if old != value
        else f"{spec.label} is already {value} {spec.unit}; nothing changed."
    )
    ctx.emit(row, text)
    return 0
