"""settings list | get KEY | set KEY VALUE: the window's Settings section (timers and limits),
with its ranges; every change is audited by the service like a change made in the window."""

from __future__ import annotations

import argparse
from typing import Any

from app import i18n
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.i18n import Cli, Msg
from app.settings import SETTINGS, IntSetting, parse_value, setting, unit_name


def register(sub: SubParsers) -> None:
    settings = sub.add_parser("settings", help=command_help("settings")).add_subparsers(
        dest="settings_command", required=True, metavar="{list,get,set,language}"
    )
    p = settings.add_parser("list", help=Cli.tr("every setting, its value, default and range"))
    p.set_defaults(handler=run_list)

    p = settings.add_parser("get", help=Cli.tr("one setting's value"))
    p.add_argument("key", metavar="KEY")
    p.set_defaults(handler=run_get)

    p = settings.add_parser(
        "set", help=Cli.tr("change a setting (audited; refused outside its range)")
    )
    p.add_argument("key", metavar="KEY")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=run_set)

    p = settings.add_parser(
        "language",
        help=Cli.tr("the language of the window and the command line on this workstation"),
    )
    p.add_argument(
        "choice", nargs="?", choices=[i18n.SYSTEM, *i18n.LANGUAGES], help=Cli.tr("omit to show")
    )
    p.set_defaults(handler=run_language)


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
    mark = (
        ""
        if row["value"] == row["default"]
        else "  " + Cli.tr("(default {default})").format(default=row["default"])
    )
    return (
        f"{row['key']:26} {row['value']:>4} {unit_name(row['unit']):8} {Msg.tr(row['label'])}; "
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
        f"{Msg.tr(spec.label)}: {old} → {value} {unit_name(spec.unit)}."
        if old != value
        else Cli.tr("{label} is already {value} {unit}; nothing changed.").format(
            label=Msg.tr(spec.label), value=value, unit=unit_name(spec.unit)
        )
    )
    ctx.emit(row, text)
    return 0


def run_language(ctx: CliContext, args: argparse.Namespace) -> int:
    """Settings ▸ Language from the command line (kept beside the store, as the window does;
    it needs no unlock)."""
    home = ctx.paths.home
    if args.choice is not None:
        i18n.store_choice(home, args.choice)
        i18n.install(i18n.chosen_language(home))
    choice = i18n.stored_choice(home)
    used = i18n.chosen_language(home)
    text = Cli.tr("Language: {name}").format(name=i18n.LANGUAGES[used])
    if choice == i18n.SYSTEM:
        text += " " + Cli.tr("(the system's)")
    ctx.emit({"choice": choice, "language": used}, text)
    return 0
