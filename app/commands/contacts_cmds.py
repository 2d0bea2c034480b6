"""contacts list [--group G] [--search TEXT] | contacts groups."""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import asdict
from typing import Any

from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.contacts.directory import DirectoryStore
from app.errors import NotFound
from app.i18n import Cli, channel_word, language


def register(sub: SubParsers) -> None:
    contacts = sub.add_parser("contacts", help=command_help("contacts")).add_subparsers(
        dest="contacts_command", required=True, metavar="{list,groups}"
    )
    p = contacts.add_parser("list", help=Cli.tr("contacts, by organisation"))
    p.add_argument("--group", help=Cli.tr("only this group (an id from 'contacts groups')"))
    p.add_argument(
        "--search", help=Cli.tr("only contacts whose organisation/name/address has this")
    )
    p.set_defaults(handler=run_list)
    p = contacts.add_parser(
        "groups", help=Cli.tr("groups, their size and the services routed to them")
    )
    p.set_defaults(handler=run_groups)


def _directory(ctx: CliContext) -> DirectoryStore:
    kit = ctx.open_kit()
    return DirectoryStore(conn=kit.store.conn, audit=kit.audit)


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    directory = _directory(ctx)
    if args.group and args.group not in {g.id for g in directory.groups()}:
        known = ", ".join(g.id for g in directory.groups()) or Cli.tr("none yet")
        raise NotFound(
            Cli.tr("There is no group {group!r}. Groups: {known}.").format(
                group=args.group, known=known
            )
        )
    contacts = directory.contacts(group=args.group, text=args.search)
    lines = [
        f"{c.organisation:28} {c.name:22} {c.email or '-':34} {c.phone or '-':16} {c.language:5} "
        f"{c.timezone:19} {';'.join(c.groups)}  [{';'.join(map(channel_word, c.channels))}]"
        for c in contacts
    ]
    summary = Cli.tr("%n contact(s).", "", len(contacts))
    ctx.emit([asdict(c) for c in contacts], "\n".join([*lines, summary]))
    return 0


def run_groups(ctx: CliContext, args: argparse.Namespace) -> int:
    directory = _directory(ctx)
    sizes: Counter[str] = Counter()
    for contact in directory.contacts():
        sizes.update(contact.groups)
    services: dict[str, list[str]] = {}
    for service, group in directory.routing():
        services.setdefault(group, []).append(service)
    rows: list[dict[str, Any]] = [
        {
            "id": g.id,
            "name": g.name,
            "description": g.description,
            "contacts": sizes[g.id],
            "services": services.get(g.id, []),
        }
        for g in directory.groups()
    ]
    named = directory.service_names_in(language())  # as `incident show` names them
    group_names = directory.group_names_in(language())
    lines = [
        f"{r['id']:16} {group_names.get(r['id'], r['name']):22} "
        + Cli.tr("%n contact(s)   services: {services}", "", r["contacts"]).format(
            services=", ".join(named.get(s, s) for s in r["services"]) or "-"
        )
        for r in rows
    ]
    ctx.emit(
        rows,
        "\n".join(lines) or Cli.tr("No groups yet: import a contact bundle (or init --demo)."),
    )
    return 0
