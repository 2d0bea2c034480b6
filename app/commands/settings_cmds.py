"""settings list | get KEY | set KEY VALUE: the window's Settings section (timers and limits),
with its ranges; every change is audited by the service like a change made in the window."""

from __future__ import annotations

import argparse
from typing import Any

from app import i18n
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.errors import UsageError
from app.i18n import Cli, Msg
from app.settings import SETTINGS, IntSetting, parse_value, setting, unit_name


def register(sub: SubParsers) -> None:
    settings = sub.add_parser("settings", help=command_help("settings")).add_subparsers(
        dest="settings_command", required=True, metavar="{list,get,set,language}"
    )
    p = settings.add_parser("list", help=Cli.tr("every setting, its value, default and range"))
    p.set_defaults(handler=run_list)

    p = settings.add_parser("get", help=Cli.tr("one setting's value"))
    p.add_argument(
        "key", metavar="KEY", help=Cli.tr("a setting's name, as 'settings list' shows it")
    )
    p.set_defaults(handler=run_get)

    p = settings.add_parser(
        "set", help=Cli.tr("change a setting (audited; refused outside its range)")
    )
    p.add_argument(
        "key", metavar="KEY", help=Cli.tr("a setting's name, as 'settings list' shows it")
    )
    p.add_argument(
        "value", metavar="VALUE", help=Cli.tr("its new value, in the range 'settings list' shows")
    )
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


# `settings get/set language …`: the same choice as `settings language …` (kept beside the
# store in an owner-only file, so it needs no unlock and the window reads it too)
LANGUAGE_KEY = "language"
LANGUAGE_CHOICES = (i18n.SYSTEM, *i18n.LANGUAGES)


def _language_row(ctx: CliContext) -> dict[str, Any]:
    home = ctx.paths.home
    return {
        "key": LANGUAGE_KEY,
        "label": "Language",
        "value": i18n.stored_choice(home),
        "unit": "",
        "default": i18n.SYSTEM,
        "choices": list(LANGUAGE_CHOICES),
        "language": i18n.chosen_language(home),
    }


def _language_line(row: dict[str, Any]) -> str:
    used = i18n.LANGUAGES.get(row["language"], row["language"])
    shown = Cli.tr("{value} (now: {name})").format(value=row["value"], name=used)
    return f"{row['key']:26} {shown}; " + " | ".join(row["choices"])


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    settings = ctx.open_kit().settings
    rows = [_row(spec, settings.get(spec.key)) for spec in SETTINGS]
    language = _language_row(ctx)
    ctx.emit([*rows, language], "\n".join([*map(_line, rows), _language_line(language)]))
    return 0


def run_get(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.key == LANGUAGE_KEY:
        row = _language_row(ctx)
        ctx.emit(row, str(row["value"]))
        return 0
    spec = setting(args.key)
    row = _row(spec, ctx.open_kit().settings.get(spec.key))
    ctx.emit(row, f"{row['value']}")
    return 0


def run_set(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.key == LANGUAGE_KEY:
        return _set_language(ctx, args.value)
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


def _set_language(ctx: CliContext, value: str) -> int:
    choice = value.strip().lower()
    if choice not in LANGUAGE_CHOICES:
        raise UsageError(
            Cli.tr("'{value}' is not a language the kit has; use one of: {choices}.").format(
                value=value, choices=", ".join(LANGUAGE_CHOICES)
            )
        )
    return _language(ctx, choice)


def run_language(ctx: CliContext, args: argparse.Namespace) -> int:
    """Settings ▸ Language from the command line (kept beside the store, as the window does;
    it needs no unlock)."""
    return _language(ctx, args.choice)


def _language(ctx: CliContext, new: str | None) -> int:
    home = ctx.paths.home
    if new is not None:
        i18n.store_choice(home, new)
        i18n.install(i18n.chosen_language(home))
    choice = i18n.stored_choice(home)
    used = i18n.chosen_language(home)
    text = Cli.tr("Language: {name}").format(name=i18n.LANGUAGES[used])
    if choice == i18n.SYSTEM:
        text += " " + Cli.tr("(the system's)")
    ctx.emit({"choice": choice, "language": used}, text)
    return 0
