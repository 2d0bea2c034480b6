"""outbox list | send | export-eml | webmail | settle | retry."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.commands.context import CliContext, SubParsers
from app.delivery.outbox import STATES, OutboxMessage
from app.delivery.service import Delivery
from app.delivery.webmail import HandOffBatch, open_in_browser
from app.errors import UserError
from app.timefmt import local_text


def register(sub: SubParsers) -> None:
    outbox = sub.add_parser(
        "outbox", help="the messages waiting, sent, or to decide"
    ).add_subparsers(
        dest="outbox_command",
        required=True,
        metavar="{list,send,export-eml,webmail,settle,retry}",
    )
    p = outbox.add_parser("list", help="messages, oldest first")
    p.add_argument("--state", choices=STATES)
    p.add_argument("--incident", help="only this incident's messages (reference)")
    p.add_argument("--limit", type=int, default=1000)
    p.set_defaults(handler=run_list)

    p = outbox.add_parser("send", help="send what is queued, failing over in priority order")
    p.add_argument("--via", metavar="PATH", help="only this path (see 'paths probe')")
    p.set_defaults(handler=run_send)

    p = outbox.add_parser("export-eml", help="write queued e-mails as .eml files (handed off)")
    p.add_argument("folder", type=Path, metavar="DIR")
    p.set_defaults(handler=run_export)

    p = outbox.add_parser("webmail", help="hand queued e-mail to a webmail compose page")
    p.add_argument("--path", metavar="NAME", help="webmail path (default: the first one on)")
    p.add_argument(
        "--open",
        action="store_true",
        help="open the next batch in the browser (it is marked handed-off)",
    )
    p.set_defaults(handler=run_webmail)

    p = outbox.add_parser("settle", help="decide uncertain or handed-off messages")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")
    p.add_argument("--as", dest="as_", required=True, choices=("sent", "resend"))
    p.set_defaults(handler=run_settle)

    p = outbox.add_parser("retry", help="queue a failed message again")
    p.add_argument("id", type=int)
    p.set_defaults(handler=run_retry)


def _delivery(ctx: CliContext) -> Delivery:
    delivery = Delivery.for_kit(ctx.open_kit())
    delivery.recover_interrupted()  # a crash while sending shows up as uncertain
    for note in delivery.recovery_notes:  # an .eml export a crash cut short
        print(note, file=sys.stderr)
    return delivery


def message_data(message: OutboxMessage, delivery: Delivery | None = None) -> dict[str, Any]:
    data = asdict(message)
    data["references"] = list(message.references)
    if delivery is not None:
        data["attempt_log"] = [asdict(a) for a in delivery.outbox.attempts(message.id)]
    return data


def message_line(m: OutboxMessage) -> str:
    reply = f"  — {m.last_reply}" if m.last_reply else ""
    return (
        f"{m.id:>6}  {m.state:10}  {m.channel:5}  {m.recipient:32}  {m.path or '-':12}  "
        f"{m.attempts}×  {local_text(m.updated_at)}  {m.subject[:50]}{reply}"
    )


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    messages = delivery.outbox.messages(
        state=args.state, incident_ref=args.incident, limit=args.limit
    )
    counts = delivery.outbox.counts()
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "empty"
    text = "\n".join([f"Outbox: {summary}.", *map(message_line, messages)])
    ctx.emit({"counts": counts, "messages": [message_data(m, delivery) for m in messages]}, text)
    return 0


def run_send(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    report = delivery.send(via=args.via)
    if report.total == 0:
        ctx.emit(asdict(report), "Nothing is queued.")
        return 0
    ctx.emit(asdict(report), report.summary())
    return 0 if report.sent == report.total else 1


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    written = delivery.export_eml(args.folder)
    ctx.emit(
        {"folder": str(args.folder), "files": [str(p) for p in written]},
        f"Wrote {len(written)} .eml file(s) to {args.folder}. They are marked handed-off: once "
        "sent from another mail client, settle them with 'outage-kit outbox settle ID --as sent'.",
    )
    return 0


def run_webmail(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    handoff = delivery.webmail(args.path, opener=open_in_browser)
    batches = handoff.plan()
    data: dict[str, Any] = {"path": handoff.profile.name, "batches": list(map(_batch, batches))}
    if not args.open:
        lines = [f"Batch {i}: {b.label} (messages {_ids(b)})" for i, b in enumerate(batches, 1)]
        hint = "'outage-kit outbox webmail --open' opens the first one in the browser."
        ctx.emit(data, "\n".join([*lines, hint]) if lines else "No queued e-mail to hand off.")
        return 0
    if not batches:
        raise UserError("No queued e-mail to hand off; nothing was opened.")
    batch = batches[0]
    result = handoff.open(batch)
    where = (
        [f"Opened the {handoff.profile.name} compose page: {batch.label}. Recipients are in Bcc."]
        if result.opened
        else [
            f"No web browser opened. Open this {handoff.profile.name} compose link in a browser "
            f"by hand ({batch.label}; recipients are in Bcc):",
            result.url,
        ]
    )
    text = [
        *where,
        *(
            ["The text is too long for the link; paste it as the message body:", batch.clipboard]
            if batch.clipboard
            else []
        ),
        f"Once it is sent there: outage-kit outbox settle {_ids(batch)} --as sent",
        f"If it was not: outage-kit outbox settle {_ids(batch)} --as resend",
        f"{len(batches) - 1} more batch(es) queued for webmail.",
    ]
    handed = {**_batch(batch), "browser_opened": result.opened, "url": result.url}
    ctx.emit({**data, "opened": handed}, "\n".join(text))
    return 0


def _batch(batch: HandOffBatch) -> dict[str, Any]:
    return {
        "ids": list(batch.ids),
        "recipients": len(batch.recipients),
        "subject": batch.subject,
        "body_in_link": batch.clipboard is None,
    }


def _ids(batch: HandOffBatch) -> str:
    return " ".join(map(str, batch.ids))


def run_settle(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    settled = delivery.settle_all(args.ids, as_=args.as_)
    verdict = "marked sent" if args.as_ == "sent" else "queued to be sent again"
    data = [message_data(m) for m in settled]
    ids = ", ".join(str(m.id) for m in settled)
    noun = "Message" if len(settled) == 1 else "Messages"
    ctx.emit(data[0] if len(data) == 1 else data, f"{noun} {ids} {verdict}.")
    return 0


def run_retry(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    message = delivery.retry(args.id)
    ctx.emit(message_data(message), f"Message {message.id} queued again.")
    return 0
