"""outbox list | send | export-eml | webmail | settle | retry."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.commands.progress import percent_progress
from app.delivery.counts import counts_text
from app.delivery.outbox import SETTLE_CHOICES, STATES, OutboxMessage
from app.delivery.replies import shown_reply
from app.delivery.service import Delivery
from app.delivery.webmail import HandOffBatch, open_in_browser
from app.errors import UserError
from app.i18n import Cli, Words, channel_word
from app.incidents.told_by_hand import refused_first
from app.timefmt import local_text


def register(sub: SubParsers) -> None:
    outbox = sub.add_parser("outbox", help=command_help("outbox")).add_subparsers(
        dest="outbox_command",
        required=True,
        metavar="{list,send,export-eml,webmail,settle,retry}",
    )
    p = outbox.add_parser("list", help=Cli.tr("messages, oldest first"))
    p.add_argument("--state", choices=STATES, help=Cli.tr("only messages in this state"))
    p.add_argument("--incident", help=Cli.tr("only this incident's messages (reference)"))
    p.add_argument(
        "--limit",
        type=int,
        default=1000,
        help=Cli.tr("at most this many messages, the oldest first (default 1000)"),
    )
    p.set_defaults(handler=run_list)

    p = outbox.add_parser(
        "send", help=Cli.tr("send what is queued, failing over in priority order")
    )
    p.add_argument("--via", metavar="PATH", help=Cli.tr("only this path (see 'paths probe')"))
    p.set_defaults(handler=run_send)

    p = outbox.add_parser(
        "export-eml", help=Cli.tr("write queued e-mails as .eml files (handed off)")
    )
    p.add_argument("folder", type=Path, metavar="DIR", help=Cli.tr("where to write the .eml files"))
    p.add_argument(
        "--progress",
        action="store_true",
        help=Cli.tr("say the export's progress on stderr even when it is not a terminal"),
    )
    p.set_defaults(handler=run_export)

    p = outbox.add_parser("webmail", help=Cli.tr("hand queued e-mail to a webmail compose page"))
    p.add_argument(
        "--path", metavar="NAME", help=Cli.tr("webmail path (default: the first one on)")
    )
    p.add_argument(
        "--open",
        action="store_true",
        help=Cli.tr("open the next batch in the browser (it is marked handed-off)"),
    )
    p.set_defaults(handler=run_webmail)

    p = outbox.add_parser("settle", help=Cli.tr("decide uncertain or handed-off messages"))
    _message_ids(p)
    p.add_argument(
        "--as",
        dest="as_",
        required=True,
        choices=SETTLE_CHOICES,
        help=Cli.tr(
            "sent: it did go out; resend: queue it again; superseded: no longer needed, a "
            "later notice of its incident reached the partner"
        ),
    )
    p.set_defaults(handler=run_settle)

    p = outbox.add_parser("retry", help=Cli.tr("queue failed messages again"))
    _message_ids(p)
    p.set_defaults(handler=run_retry)


def _message_ids(p: argparse.ArgumentParser) -> None:
    """The messages a command changes, all or none (`settle`, `retry`)."""
    p.add_argument(
        "ids",
        type=int,
        nargs="+",
        metavar="ID",
        help=Cli.tr(
            "message numbers, as 'outbox list' shows them (all or none: one that cannot be "
            "changed so leaves every one as it was)"
        ),
    )


def _delivery(ctx: CliContext) -> Delivery:
    delivery = Delivery.for_kit(ctx.open_kit())
    delivery.recover_interrupted()  # a crash while sending shows up as uncertain
    for note in delivery.recovery_notes:  # an .eml export a crash cut short
        print(note, file=sys.stderr)
    return delivery


def message_data(
    message: OutboxMessage, delivery: Delivery | None = None, refused: str | None = None
) -> dict[str, Any]:
    """`refused`: the server's refusal of a message then told another way."""
    data = asdict(message)
    data["references"] = list(message.references)
    if delivery is not None:
        data["attempt_log"] = [asdict(a) for a in delivery.outbox.attempts(message.id)]
    if refused is not None:
        data["refused"] = refused
    return data


def message_line(m: OutboxMessage, refused: str | None = None) -> str:
    reply = f"  — {shown_reply(m.last_reply)}" if m.last_reply else ""
    if refused is not None:  # the partner was told; the address still needs IT
        reply = "  — " + Cli.tr(
            "refused by the server ({reply}); the partner was told another way"
        ).format(reply=shown_reply(refused))
    return (
        f"{m.id:>6}  {Words.tr(m.state):10}  {channel_word(m.channel):6}  {m.recipient:32}  "
        f"{shown_reply(m.path or '-'):12}  "
        f"{m.attempts}×  {local_text(m.updated_at)}  {m.subject[:50]}{reply}"
    )


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    reference = _incident_reference(ctx, args.incident) if args.incident else None
    messages = delivery.outbox.messages(state=args.state, incident_ref=reference, limit=args.limit)
    counts = delivery.outbox.counts(incident_ref=reference)
    summary = counts_text(counts) or Cli.tr("empty")
    head = (
        Cli.tr("Outbox of {reference}: {summary}.").format(reference=reference, summary=summary)
        if reference
        else Cli.tr("Outbox: {summary}.").format(summary=summary)
    )
    matching = counts.get(args.state, 0) if args.state else sum(counts.values())
    cut = len(messages) < matching
    more = (
        Cli.tr(
            "Shown: the oldest {shown} of {matching}; --limit N shows more (the counts above "
            "are of all of them)."
        ).format(shown=len(messages), matching=matching)
        if cut
        else ""
    )
    refused = refused_first(delivery.conn, ids=[m.id for m in messages])
    lines = [message_line(m, refused.get(m.id)) for m in messages]
    text = "\n".join(filter(None, [head, *lines, more]))
    data = {
        "counts": counts,
        "messages": [message_data(m, delivery, refused.get(m.id)) for m in messages],
        "matching": matching,
        "limit": args.limit,
        "truncated": cut,  # a script checking "every message" must not read a cut list
    }
    ctx.emit(data, text)
    return 0


def _incident_reference(ctx: CliContext, text: str) -> str:
    """The incident's own reference (a mistyped one is refused by name, not listed empty)."""
    from app.incidents.service import IncidentService

    kit = ctx.open_kit()
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    return service.get(text).reference


def run_send(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.commands.schedule_cmds import run_json, run_text, schedule_pass

    planned = schedule_pass(ctx)  # planned notices that came due are queued first
    said = run_text(planned) if planned.fired or planned.failed or planned.missed else ""
    delivery = _delivery(ctx)
    failed_before = {m.id for m in delivery.outbox.messages(state="failed")}
    report = delivery.send(via=args.via)
    uncertain = delivery.outbox.counts()["uncertain"]
    data = {**asdict(report), "planned": run_json(planned), "uncertain": uncertain}
    said = "\n".join(filter(None, [said, _uncertain_text(uncertain)]))
    if report.total == 0:
        reported = (
            Cli.tr(
                "The network reported on %n sent SMS (delivered or failed).", "", report.reported
            )
            if report.reported
            else ""
        )
        nothing = " ".join(filter(None, [Cli.tr("Nothing is queued."), reported]))
        ctx.emit(data, "\n".join(filter(None, [said, nothing])))
        return 0
    # which copies failed, and why: the officer phones those partners (the summary counts)
    failed = [m for m in delivery.outbox.messages(state="failed") if m.id not in failed_before]
    listed = [Cli.tr("Failed:")] + [message_line(m) for m in failed] if failed else []
    ctx.emit(data, "\n".join(filter(None, [said, report.summary(), *listed])))
    # an older copy held because a later notice reached its partner is no failure
    return 0 if report.sent + report.superseded == report.total else 1


def run_export(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    progress = percent_progress(
        ctx,
        args.progress,
        lambda percent: Cli.tr("Writing .eml files: {percent}%").format(percent=percent),
    )
    written = delivery.export_eml(args.folder, progress=progress)
    ctx.emit(
        {"folder": str(args.folder), "files": [str(p) for p in written]},
        Cli.tr(
            "Wrote %n .eml file(s) to {folder}. They are marked handed-off: once sent from "
            "another mail client, settle them with 'outage-kit outbox settle ID --as sent'.",
            "",
            len(written),
        ).format(folder=args.folder),
    )
    return 0


def run_webmail(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    handoff = delivery.webmail(args.path, opener=open_in_browser)
    batches = handoff.plan()
    data: dict[str, Any] = {"path": handoff.profile.name, "batches": list(map(_batch, batches))}
    if not args.open:
        lines = [
            Cli.tr("Batch {number}: {label} (messages {ids})").format(
                number=i, label=b.label, ids=_ids(b)
            )
            for i, b in enumerate(batches, 1)
        ]
        hint = Cli.tr("'outage-kit outbox webmail --open' opens the first one in the browser.")
        ctx.emit(
            data, "\n".join([*lines, hint]) if lines else Cli.tr("No queued e-mail to hand off.")
        )
        return 0
    if not batches:
        raise UserError(Cli.tr("No queued e-mail to hand off; nothing was opened."))
    batch = batches[0]
    result = handoff.open(batch)
    where = (
        [
            Cli.tr("Opened the {path} compose page: {label}. Recipients are in Bcc.").format(
                path=handoff.profile.name, label=batch.label
            )
        ]
        if result.opened
        else [
            Cli.tr(
                "No web browser opened. Open this {path} compose link in a browser by hand "
                "({label}; recipients are in Bcc):"
            ).format(path=handoff.profile.name, label=batch.label),
            result.url,
        ]
    )
    text = [
        *where,
        *(
            [
                Cli.tr("The text is too long for the link; paste it as the message body:"),
                batch.clipboard,
            ]
            if batch.clipboard
            else []
        ),
        Cli.tr("Once it is sent there: outage-kit outbox settle {batch} --as sent").format(
            batch=_ids(batch)
        ),
        Cli.tr("If it was not: outage-kit outbox settle {batch} --as resend").format(
            batch=_ids(batch)
        ),
        Cli.tr("%n more batch(es) queued for webmail.", "", len(batches) - 1),
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
    ids = ", ".join(str(m.id) for m in settled)
    verdict = {
        "sent": Cli.tr("Message(s) {ids} marked sent.", "", len(settled)),
        "resend": Cli.tr("Message(s) {ids} queued to be sent again.", "", len(settled)),
        "superseded": Cli.tr(
            "Message(s) {ids} held as no longer needed: a later notice reached the partner; "
            "they are not sent.",
            "",
            len(settled),
        ),
    }[args.as_]
    data = [message_data(m) for m in settled]
    ctx.emit(data[0] if len(data) == 1 else data, verdict.format(ids=ids))
    return 0


def run_retry(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = _delivery(ctx)
    retried = delivery.retry_all(args.ids)
    ids = ", ".join(str(m.id) for m in retried)
    data = [message_data(m) for m in retried]
    said = Cli.tr("Message(s) {ids} queued again.", "", len(retried)).format(ids=ids)
    ctx.emit(data[0] if len(data) == 1 else data, said)
    return 0


def _uncertain_text(count: int) -> str:
    """A send never re-sends a message a crash left uncertain: it says they wait for the
    officer, each time, until settled."""
    if not count:
        return ""
    return Cli.tr(
        "%n message(s) uncertain: their sending was cut short (the connection was lost "
        "while they went out, or the kit was stopped), so they may or may not have reached "
        "the partner. Nothing re-sends them by itself: see `outbox list --state uncertain`, "
        "then `outbox settle ID --as sent` or `--as resend` (or `--as superseded` once a "
        "later notice of the incident reached that partner).",
        "",
        count,
    )
