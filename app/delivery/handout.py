"""A notice handed out by hand when the kit cannot write (its disk full): nothing is queued or
recorded. The officer copies each text with its recipients into webmail, or saves .eml drafts
on another disk (a USB stick) for any mail client; SMS copies are listed to send from a phone.

The same builders as the outbox's (`mail.eml_bytes`, `webmail.plan_batches`), over messages
that are never stored: what partners get reads as a queued notice would.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.delivery.identity import new_message_id
from app.delivery.mail import BadMessage, eml_bytes, one_line
from app.delivery.outbox import NewMessage, OutboxMessage
from app.errors import DiskFull, UserError, is_disk_full
from app.fsutil import fsync_dir, write_private
from app.i18n import Msg
from app.timefmt import iso, now


@dataclass(frozen=True)
class HandOut:
    """One text and everyone who gets it by one channel."""

    channel: str  # "email" or "sms"
    subject: str
    body: str
    recipients: tuple[str, ...]  # addresses (Bcc) or phone numbers


def unstored(messages: Sequence[NewMessage]) -> list[OutboxMessage]:
    """`messages` as the outbox would hold them, numbered from 1, never stored."""
    at = iso(now())
    return [
        OutboxMessage(
            id=number,
            message_id=new_message_id(),
            channel=m.channel,
            recipient=m.recipient,
            recipient_name=m.recipient_name,
            subject=m.subject,
            body=m.body,
            incident_ref=m.incident_ref,
            notice_id=None,
            in_reply_to=m.in_reply_to,
            references=m.references,
            state="queued",
            path=None,
            attempts=0,
            last_reply="",
            created_at=at,
            updated_at=at,
            promise_at=m.promise_at,
        )
        for number, m in enumerate(messages, start=1)
    ]


def hand_outs(messages: Sequence[OutboxMessage]) -> list[HandOut]:
    """The texts of a notice, each with its recipients (e-mail first, then SMS)."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for m in messages:
        groups.setdefault((m.channel, one_line(m.subject), m.body), []).append(m.recipient)
    ordered = sorted(groups.items(), key=lambda item: item[0][0] != "email")
    return [HandOut(c, s, b, tuple(dict.fromkeys(r))) for (c, s, b), r in ordered]


def eml_name(message: OutboxMessage) -> str:
    reference = "".join(c for c in (message.incident_ref or "notice") if c.isalnum() or c in "-_")
    return f"{reference}-{message.id:05d}.eml"


def write_eml_files(folder: Path, messages: Sequence[OutboxMessage]) -> list[Path]:
    """One .eml draft per e-mail into `folder`, all or none: a full disk (a USB stick) or a
    failed write removes the files written and says so."""
    mails = [m for m in messages if m.channel == "email"]
    if not mails:
        raise UserError(Msg.tr("This notice goes to nobody by e-mail; no .eml file was written."))
    try:
        drafts = {eml_name(m): eml_bytes(m, sender="", reply_to="") for m in mails}
    except (BadMessage, ValueError) as err:
        raise UserError(
            Msg.tr("The notice cannot be written as e-mail ({error}); nothing was written.").format(
                error=err
            )
        ) from None
    written: list[Path] = []
    try:
        for name, data in drafts.items():
            write_private(folder / name, data)
            written.append(folder / name)
    except OSError as err:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            fsync_dir(folder)
        if is_disk_full(err):
            raise DiskFull(
                Msg.tr(
                    "The disk holding {folder} is full too: the %n file(s) written were "
                    "removed. Choose a folder on another disk (a USB stick) and save again.",
                    "",
                    len(written),
                ).format(folder=folder)
            ) from None
        raise UserError(
            Msg.tr(
                "Writing to {folder} failed ({error}); the files written were removed. Choose "
                "another folder."
            ).format(folder=folder, error=err.strerror or err)
        ) from None
    return written
