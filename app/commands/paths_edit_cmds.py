"""paths add | edit | revert | remove: the window's Outbox ▸ Delivery paths editing, for IT
and scripts. Settings are written as in delivery.toml (`host=smtp.example.com port=587`); they
pass the same checks as the bundle's and the window's, and each change is audited by
app/delivery/paths.py. (`paths list | order | enable | disable` are in paths_cmds.py.)"""

from __future__ import annotations

import argparse
from typing import Any

from app.commands import paths_cmds
from app.commands.context import CliContext, SubParsers
from app.delivery.config import checked_profile, profile_to_dict
from app.delivery.paths import EML_PATH
from app.delivery.service import Delivery
from app.errors import UsageError, UserError
from app.i18n import Cli

KINDS = ("smtp", "webmail", "modem")
NUMBERS = ("port", "baud")
SETTING_HELP = (
    "KEY=VALUE as in delivery.toml. smtp: host, port, security (starttls|tls|none), from, "
    "username, reply_to, source_address, ca_file; webmail: compose_url (gmail, outlook or an "
    "https URL with {bcc} {subject} {body}); modem: port, baud. KEY= clears an optional one."
)


def register_into(sub: SubParsers) -> None:
    """Add the editing verbs to the `paths` command paths_cmds.py registered."""
    paths_parser: argparse.ArgumentParser = sub.choices["paths"]
    verbs = next(a for a in paths_parser._actions if isinstance(a, argparse._SubParsersAction))

    p = verbs.add_parser("add", help=Cli.tr("a new local path (checked like delivery.toml)"))
    p.add_argument("kind", choices=KINDS, help=Cli.tr("how it sends"))
    p.add_argument(
        "name",
        metavar="NAME",
        help=Cli.tr("up to 40 letters (any language), digits, spaces and punctuation"),
    )
    p.add_argument("settings", nargs="*", metavar="KEY=VALUE", help=SETTING_HELP)
    p.set_defaults(handler=run_add)

    p = verbs.add_parser(
        "edit", help=Cli.tr("change a path's settings (a bundle path: a local edit)")
    )
    p.add_argument("name", metavar="NAME", help=Cli.tr("the path's name, as 'paths list' shows it"))
    p.add_argument("settings", nargs="+", metavar="KEY=VALUE", help=SETTING_HELP)
    p.set_defaults(handler=run_edit)

    p = verbs.add_parser("revert", help=Cli.tr("drop the local edit of a bundle path"))
    p.add_argument("name", metavar="NAME", help=Cli.tr("the path's name, as 'paths list' shows it"))
    p.set_defaults(handler=run_revert)

    p = verbs.add_parser("remove", help=Cli.tr("remove a local path (a bundle path: disable it)"))
    p.add_argument("name", metavar="NAME", help=Cli.tr("the path's name, as 'paths list' shows it"))
    p.add_argument("--yes", action="store_true", help=Cli.tr("remove without asking"))
    p.set_defaults(handler=run_remove)
    verbs.metavar = "{" + ",".join(verbs.choices) + "}"


def parse_settings(pairs: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(
                Cli.tr(
                    "{pair!r} is not KEY=VALUE (e.g. host=smtp.example.com or port=587)."
                ).format(pair=pair)
            )
        if key in found:
            raise UsageError(
                Cli.tr("{key} is given twice; give each setting once.").format(key=key)
            )
        value = value.strip()
        found[key] = int(value) if key in NUMBERS and value.isdigit() else value
    return found


def _delivery(ctx: CliContext) -> Delivery:
    return Delivery.for_kit(ctx.open_kit())


def run_add(ctx: CliContext, args: argparse.Namespace) -> int:
    settings = parse_settings(args.settings)
    if "name" in settings:
        raise UsageError(
            Cli.tr("Give the name once, before the settings: paths add KIND NAME KEY=VALUE…")
        )
    delivery = _delivery(ctx)
    if args.name == EML_PATH:
        raise UserError(
            Cli.tr("{EML_PATH!r} is the built-in .eml export; choose another name.").format(
                EML_PATH=EML_PATH
            )
        )
    if args.name in {p.name for p in delivery.paths.all()}:
        raise UserError(
            Cli.tr(
                "There is already a path called {name!r}; change it with 'outage-kit paths "
                "edit {name} KEY=VALUE…'."
            ).format(name=args.name)
        )
    data = {k: v for k, v in settings.items() if v != ""}
    delivery.paths.save_profile(checked_profile({"kind": args.kind, "name": args.name, **data}))
    return paths_cmds.run_list(ctx, args)


def run_edit(ctx: CliContext, args: argparse.Namespace) -> int:
    settings = parse_settings(args.settings)
    if "name" in settings:
        raise UsageError(
            Cli.tr(
                "A path cannot be renamed: add one under the new name and remove (or disable) "
                "the old one."
            )
        )
    delivery = _delivery(ctx)
    path = delivery.paths.get(args.name)
    data = profile_to_dict(path.profile)
    for key, value in settings.items():
        if value == "":
            data.pop(key, None)  # back to the default, or "required" when it has none
        else:
            data[key] = value
    delivery.paths.save_profile(checked_profile(data))
    return paths_cmds.run_list(ctx, args)


def run_revert(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    path = delivery.paths.get(args.name)
    if path.origin == "bundle" and not path.edited:
        raise UserError(
            Cli.tr("{name!r} has no local edit; it uses the bundle's settings already.").format(
                name=args.name
            )
        )
    delivery.paths.revert(args.name)
    return paths_cmds.run_list(ctx, args)


def run_remove(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    path = delivery.paths.get(args.name)
    if path.origin == "local" and not args.yes:
        ctx.confirm(Cli.tr("Remove the local path {name}").format(name=args.name))
    delivery.paths.remove(args.name)  # refuses a bundle path, naming 'disable'
    return paths_cmds.run_list(ctx, args)
