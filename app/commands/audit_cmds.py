"""audit list, audit verify."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.audit.log import anchor_hash
from app.audit.replaced import ReplacedAnchor, replaced_by_restore
from app.audit.shown import details_text
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.errors import UsageError
from app.i18n import Cli
from app.timefmt import iso, local_text, parse_time


def register(sub: SubParsers) -> None:
    audit = sub.add_parser("audit", help=command_help("audit")).add_subparsers(
        dest="audit_command", required=True, metavar="{list,verify,head}"
    )
    p = audit.add_parser("list", help=Cli.tr("entries, newest first"))
    p.add_argument("--since", help=Cli.tr("ISO 8601 time (local when no zone)"))
    p.add_argument("--action", help=Cli.tr("only actions starting with this, e.g. store."))
    p.add_argument(
        "--limit", type=int, default=200, help=Cli.tr("at most this many entries (default 200)")
    )
    p.set_defaults(handler=run_list)
    p = audit.add_parser("verify", help=Cli.tr("check the hash chain (exit 0 if intact)"))
    p.add_argument(
        "--anchor",
        metavar="H",
        help=Cli.tr(
            "a head printed earlier ('audit head', a report, a backup's .json): also prove "
            "the chain still holds it unchanged"
        ),
    )
    p.set_defaults(handler=run_verify)
    p = audit.add_parser("head", help=Cli.tr("the chain's newest hash: write it down or print it"))
    p.set_defaults(handler=run_head)


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    since = iso(parse_time(args.since, what="--since")) if args.since else None
    entries = ctx.open_kit().audit.entries(since=since, action_prefix=args.action, limit=args.limit)
    lines = [
        f"{local_text(e.at)}  {e.actor:12}  {e.action:24}  " + details_text(e.details)
        for e in entries
    ]
    ctx.emit([asdict(e) for e in entries], "\n".join(lines) or Cli.tr("No entries."))
    return 0


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.anchor is not None:
        anchor = anchor_hash(args.anchor)
        if anchor is None:
            raise UsageError(
                Cli.tr(
                    "{anchor} is not an anchor: give the hash 'outage-kit audit head', a "
                    "report's footer or a backup's .json printed (its first 16 or more "
                    "hex digits will do, or the whole line as printed)."
                ).format(anchor=repr(args.anchor)),
                details={"flag": "--anchor"},
            )
        args.anchor = anchor
    kit = ctx.open_kit()
    audit = kit.audit
    breaks = audit.verify(anchor=args.anchor)
    count = len(audit.entries())
    anchored = audit.find_anchor(args.anchor) if args.anchor and not breaks else None
    replaced = None
    if args.anchor and len(breaks) == 1 and breaks[0].entry_id is None and not audit.verify():
        # only the anchor is missing: a restore may have replaced the entries that held it
        replaced = replaced_by_restore(audit, args.anchor, kit.store.backups)
        if replaced is not None:
            breaks = []
    text = (
        Cli.tr("Audit chain intact: %n entries.", "", count)
        + (
            Cli.tr(" It holds the anchor unchanged: entry {id} of {time}.").format(
                id=anchored.id, time=local_text(anchored.at)
            )
            if anchored
            else ""
        )
        + (_replaced_text(replaced) if replaced else "")
        if not breaks
        else "\n".join(
            [Cli.tr("Audit chain BROKEN:")]
            + [
                "  " + Cli.tr("entry {entry}: {reason}").format(entry=b.entry_id, reason=b.reason)
                if b.entry_id
                else f"  {b.reason}"
                for b in breaks
            ]
        )
    )
    ctx.emit(
        {
            "intact": not breaks,
            "entries": count,
            "breaks": [asdict(b) for b in breaks],
            "anchor_entry": anchored.id if anchored else None,
            "anchor_replaced_by_restore": (
                {
                    "restore_entry": replaced.restore.id,
                    "kept_in": str(replaced.kept),
                    "anchor_entry": replaced.anchor.id,
                }
                if replaced
                else None
            ),
        },
        text,
    )
    return 0 if not breaks else 1


def _replaced_text(replaced: ReplacedAnchor) -> str:
    return Cli.tr(
        "\nThe anchor (entry {anchor} of {anchor_time}) was taken after the backup restored "
        "on {restored} (store.restored, entry {entry}): entries after that backup are not in "
        "this store. The chain itself is sound; the replaced entries, with the anchor "
        "unchanged, are kept in {kept}."
    ).format(
        anchor=replaced.anchor.id,
        anchor_time=local_text(replaced.anchor.at),
        restored=local_text(replaced.restore.at),
        entry=replaced.restore.id,
        kept=replaced.kept,
    )


def run_head(ctx: CliContext, args: argparse.Namespace) -> int:
    head = ctx.open_kit().audit.head()
    ctx.emit(
        asdict(head),
        Cli.tr(
            "{text}\n(written {at}; later check it with 'outage-kit audit verify --anchor {hash}')"
        ).format(text=head.text(), at=local_text(head.at), hash=head.hash)
        if head.entry_id
        else Cli.tr("The audit log is empty."),
    )
    return 0
