"""One outbox row → one RFC 5322 message, addressed to its one recipient only."""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from app.delivery.outbox import OutboxMessage
from app.fsutil import write_private
from app.timefmt import now

_ADDRESS = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+$")
_LINE_BREAKS = re.compile(r"[\r\n]+\s*")


class BadMessage(ValueError):
    """This message cannot be sent as it is (bad address); the reason is the text."""


def one_line(text: str) -> str:
    """Line breaks in a subject or name fold to a space: a notice still goes out, and no
    header can be injected. `policy.SMTP` would refuse them anyway (our second guard)."""
    return _LINE_BREAKS.sub(" ", text).strip()


def check_address(address: str) -> str:
    if not _ADDRESS.match(address):
        raise BadMessage(f"{address!r} is not a usable e-mail address; correct the contact")
    return address


def build_email(
    message: OutboxMessage, *, sender: str, reply_to: str = "", date: str | None = None
) -> EmailMessage:
    recipient = check_address(message.recipient)
    mail = EmailMessage(policy=policy.SMTP)
    mail["From"] = sender
    local, _, domain = recipient.partition("@")
    name = one_line(message.recipient_name)
    mail["To"] = Address(display_name=name, username=local, domain=domain) if name else recipient
    if reply_to:
        mail["Reply-To"] = reply_to
    mail["Subject"] = one_line(message.subject)
    # The time it leaves (a resend carries its own): partners read the promise against it.
    mail["Date"] = date or format_datetime(now())
    # Fixed at queue time and reused on every attempt: a resend is recognisably the same
    # message, and follow-ups thread under it.
    mail["Message-ID"] = message.message_id
    if message.in_reply_to:
        mail["In-Reply-To"] = message.in_reply_to
    if message.references:
        mail["References"] = " ".join(message.references)
    if message.incident_ref:
        mail["X-Outage-Kit-Incident"] = one_line(message.incident_ref)
    mail.set_content(message.body)
    return mail


def export_eml(messages: list[OutboxMessage], folder: Path, *, sender: str) -> list[Path]:
    """Write each message as `<id>.eml` into `folder` (for any other mail client)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for message in messages:
        data = build_email(message, sender=sender).as_bytes(policy=policy.SMTP)
        path = folder / f"outage-kit-{message.id:06d}.eml"
        write_private(path, data)
        written.append(path)
    return written
