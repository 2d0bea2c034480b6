"""runbooks list | show: the window's Runbooks section, readable from a terminal (or printed)
when the window is not at hand. Runbooks arrive only with the signed contact bundle."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.contacts.directory import DirectoryStore
from app.contacts.model import Runbook
from app.errors import NotFound
from app.i18n import Cli
from app.textsearch import Haystack, search

NONE_YET = (
    "No runbooks yet. They arrive with the contact bundle from IT: outage-kit bundle import FILE."
)


def register(sub: SubParsers) -> None:
    runbooks = sub.add_parser("runbooks", help=command_help("runbooks")).add_subparsers(
        dest="runbooks_command", required=True, metavar="{list,show}"
    )
    p = runbooks.add_parser("list", help=Cli.tr("every runbook, by title"))
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=Cli.tr(
            "only runbooks whose name, title or text has TEXT (Polish letters or not, any case; "
            "when none has it, those with a similar word)"
        ),
    )
    p.set_defaults(handler=run_list)

    p = runbooks.add_parser("show", help=Cli.tr("a runbook's text (Markdown)"))
    p.add_argument("name", metavar="NAME", help=Cli.tr("as 'runbooks list' shows it"))
    p.set_defaults(handler=run_show)


def _runbooks(ctx: CliContext) -> list[Runbook]:
    kit = ctx.open_kit()
    return DirectoryStore(conn=kit.store.conn, audit=kit.audit).runbooks()


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    every = {r.name: r for r in _runbooks(ctx)}
    text = args.search or ""
    names, similar = search(((n, Haystack(n, r.title, r.body)) for n, r in every.items()), text)
    found = [every[n] for n in names]
    rows = [{"name": r.name, "title": r.title} for r in found]
    lines = [f"{r.name:28} {r.title}" for r in found]
    if lines and similar:
        lines.insert(
            0, Cli.tr("No runbook has {text!r}; these have a similar word:").format(text=text)
        )
    empty = Cli.tr("No runbook mentions {text!r}.").format(text=text) if text.strip() else NONE_YET
    ctx.emit(rows, "\n".join(lines) or empty)
    return 0


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    found = {r.name: r for r in _runbooks(ctx)}
    name = args.name.removesuffix(".md")
    runbook = found.get(name)
    if runbook is None:
        known = ", ".join(found) or "none yet"
        raise NotFound(
            Cli.tr("There is no runbook {name!r} (there is: {known}).").format(
                name=args.name, known=known
            )
        )
    ctx.emit(asdict(runbook), runbook.body.rstrip("\n"))
    return 0
