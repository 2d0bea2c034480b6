"""audit list, audit verify."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from app.commands.context import CliContext, SubParsers
from app.timefmt import iso, local_text, parse_time


def register(sub: SubParsers) -> None:
    audit = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", required=True, metavar="{list,verify,head}"
    )
    p = audit.add_parser("list", help="entries, newest first")
    p.add_argument("--since", help="ISO 8601 time (local when no zone)")
    p.add_argument("--action", help="only actions starting with this, e.g. store.")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=run_list)
    p = audit.add_parser("verify", help="check the hash chain (exit 0 if intact)")
    p.add_argument(
        "--anchor",
        metavar="H",
        help="a head printed earlier ('audit head', a report, a backup's .json): also prove "
        "the chain still holds it unchanged",
    )
    p.set_defaults(handler=run_verify)
    p = audit.add_parser("head", help="the chain's newest hash: write it down or print it")
    p.set_defaults(handler=run_head)


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    since = iso(parse_time(args.since, what="--since")) if args.since else None
    entries = ctx.open_kit().audit.entries(since=since, action_prefix=args.action, limit=args.limit)
    lines = [
        f"{local_text(e.at)}  {e.actor:12}  {e.action:24}  "
        + json.dumps(e.details, ensure_ascii=False)
        for e in entries
    ]
    ctx.emit([asdict(e) for e in entries], "\n".join(lines) or "No entries.")
    return 0


def run_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    audit = ctx.open_kit().audit
    breaks = audit.verify(anchor=args.anchor)
    count = len(audit.entries())
    anchored = audit.find_anchor(args.anchor) if args.anchor and not breaks else None
    text = (
        f"Audit chain intact: {count} entries."
        + (
            f" It holds the anchor unchanged: entry {anchored.id} of {local_text(anchored.at)}."
            if anchored
            else ""
        )
        if not breaks
        else "\n".join(
            ["Audit chain BROKEN:"]
            + [
                f"  entry {b.entry_id}: {b.reason}" if b.entry_id else f"  {b.reason}"
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
        },
        text,
    )
    return 0 if not breaks else 1


def run_head(ctx: CliContext, args: argparse.Namespace) -> int:
    head = ctx.open_kit().audit.head()
    ctx.emit(
        asdict(head),
        f"{head.text()}\n(written {local_text(head.at)}; later check it with "
        f"'outage-kit audit verify --anchor {head.hash}')"
        if head.entry_id
        else "The audit log is empty.",
    )
    return 0
