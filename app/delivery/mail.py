"""One outbox row → one RFC 5322 message, addressed to its one recipient only."""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from app.delivery.outbox import OutboxMessage
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
    if sender:
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


def eml_name(message: OutboxMessage) -> str:
    return f"outage-kit-{message.id:06d}.eml"


def eml_bytes(message: OutboxMessage, *, sender: str, reply_to: str) -> bytes:
    """The message as a draft for any other mail client: `X-Unsent: 1` makes Outlook (and
    others) open it for sending, not as received mail. No `sender`: the client fills in
    its own account."""
    mail = build_email(message, sender=sender, reply_to=reply_to)
    mail["X-Unsent"] = "1"
    return mail.as_bytes(policy=policy.SMTP)
