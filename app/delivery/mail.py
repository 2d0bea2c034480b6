"""One outbox row → one RFC 5322 message, addressed to its one recipient only.

Header text with letters beyond ASCII is encoded here as RFC 2047 words, each space inside a
word: Python 3.11's own folding drops the space between an ASCII word and an encoded one
("down — Łódź" arrives as "down —Łódź"; CPython issue 92081). Line breaks of any kind
(CR, LF, U+2028, …) in any header field become a space.
"""

from __future__ import annotations

import functools
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from app.delivery.outbox import OutboxMessage
from app.delivery.replies import BAD_ADDRESS, said
from app.timefmt import now

_ADDRESS = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]+$")
# every character str.splitlines() breaks at (email's folding does), and the other controls
_LINE_BREAKS = re.compile(r"\s*[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+\s*")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\t]")
_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
_WORD_START, _WORD_END = "=?utf-8?q?", "?="
#: a language tag as RFC 5646 writes them ("pl", "pt-BR"): anything else gets no header
_TAG = r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*"
# one language, or those of a mixed text: "en, pt-BR" (RFC 3282)
_LANGUAGE_TAG = re.compile(rf"^{_TAG}(?:, {_TAG})*$")
MAX_LINE = 78  # RFC 5322's line length for headers (998 is the hard limit)


class BadMessage(ValueError):
    """This message cannot be sent as it is (bad address); the reason is the text."""


def one_line(text: str) -> str:
    """Line breaks in a subject or name fold to a space: a notice still goes out, and no
    header can be injected. `policy.SMTP` would refuse them anyway (our second guard)."""
    return _CONTROLS.sub(" ", _LINE_BREAKS.sub(" ", text)).strip()


def _q(char: str) -> str:
    return "".join(
        "_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in char.encode()
    )


def encoded_words(text: str, *, first_room: int) -> list[str]:
    """`text` as Q-encoded words of whole characters, the first fitting in `first_room`
    characters, the others in a continuation line (spaces travel inside the words: the
    space between two encoded words is not part of the text)."""
    frame = len(_WORD_START) + len(_WORD_END)
    words: list[str] = []
    current: list[str] = []
    size = 0
    room = min(first_room, MAX_LINE - 3)
    for char in text:
        encoded = _q(char)
        if current and frame + size + len(encoded) > room:
            words.append(_WORD_START + "".join(current) + _WORD_END)
            current, size, room = [], 0, MAX_LINE - 3  # " " + word, within 75
        current.append(encoded)
        size += len(encoded)
    words.append(_WORD_START + "".join(current) + _WORD_END)
    return words


def folded_at_spaces(text: str, *, first_room: int) -> list[str] | None:
    """`text` (ASCII) as header lines that unfold to exactly `text`: each fold sits before
    a space that precedes a word, the first line holds at least the first word. None when
    a word does not fit on a line of its own. (Python's folder moves a whole value that
    fits on a line of its own onto the continuation line, "Subject:\r\n [OK-…", which
    parsers read back with a leading space.)"""
    first, *rest = text.split(" ")
    if len(first) > first_room:
        return None
    lines: list[str] = []
    line = first
    for word in rest:
        if word and len(line) + 1 + len(word) > (first_room if not lines else MAX_LINE - 1):
            if len(word) > MAX_LINE - 1:
                return None
            lines.append(line)
            line = word  # the continuation line starts with the space before it
        else:
            line += " " + word
    return [*lines, line]


def set_text_header(mail: EmailMessage, name: str, text: str) -> None:
    """`name: text` (unstructured, e.g. Subject), folded by us so that it unfolds to exactly
    `text`: at spaces when ASCII, as encoded words otherwise (or when a word is too long,
    or the text holds what a reader would take for an encoded word)."""
    text = one_line(text)
    room = MAX_LINE - len(name) - 2
    lines = folded_at_spaces(text, first_room=room) if text.isascii() and "=?" not in text else None
    mail.set_raw(name, "\n ".join(lines or encoded_words(text, first_room=room)))


def set_address_header(mail: EmailMessage, name: str, display: str, address: str) -> None:
    """`name: display <address>`. A display name beyond ASCII is one encoded word (in an
    address, parsers disagree about the space between two encoded words): a name too long
    for one loses its end, which only the partner's own name in To: shows."""
    display = one_line(display)
    if not display:
        mail[name] = address
        return
    if display.isascii():  # quoted as needed ("Ops, night desk")
        local, _, domain = address.partition("@")
        mail[name] = Address(display_name=display, username=local, domain=domain)
        return
    while len(encoded_words(display, first_room=MAX_LINE - 3)) > 1:
        display = display[:-1].rstrip()
    [word] = encoded_words(display, first_room=MAX_LINE - 3)
    fits = len(name) + 2 + len(word) + len(address) + 3 <= MAX_LINE
    mail.set_raw(name, f"{word} <{address}>" if fits else f"{word}\n <{address}>")


def check_address(address: str) -> str:
    if not _ADDRESS.match(address):
        # kept in English by the outbox, shown in the reader's language (`shown_reply`)
        raise BadMessage(said(BAD_ADDRESS, address=repr(address)))
    return address


def build_email(
    message: OutboxMessage, *, sender: str, reply_to: str = "", date: str | None = None
) -> EmailMessage:
    recipient = check_address(message.recipient)
    mail = EmailMessage(policy=policy.SMTP)
    if sender:
        mail["From"] = one_line(sender)
    set_address_header(mail, "To", message.recipient_name, recipient)
    if reply_to:
        mail["Reply-To"] = one_line(reply_to)
    set_text_header(mail, "Subject", message.subject)
    _set_own_fields(mail, message, date or format_datetime(now()))
    if message.incident_ref:
        mail["X-Outage-Kit-Incident"] = one_line(message.incident_ref)
    mail.set_content(message.body)  # (clears every Content-* field set before it)
    if message.language and _LANGUAGE_TAG.match(message.language):
        mail["Content-Language"] = message.language  # the notice's words: pl, "en, pt-BR"…
    return mail


def email_bytes(message: OutboxMessage, *, sender: str, reply_to: str, date: str) -> bytes:
    """`build_email(…).as_bytes(policy=policy.SMTP)`, byte for byte, at a fraction of the
    work: the header fields every recipient of a notice shares (From, Reply-To, Subject,
    the incident, the MIME fields) and the encoded body come from a template made once per
    notice; only To, Date, Message-ID and the threading fields are made per message. The
    sender builds one message per partner, on the interpreter lock its sessions share."""
    recipient = check_address(message.recipient)
    before, between, after = _template(
        message.subject, message.body, message.incident_ref, sender, reply_to, message.language
    )
    mail = EmailMessage(policy=policy.SMTP)
    set_address_header(mail, "To", message.recipient_name, recipient)
    if _PLAIN_DATE.fullmatch(date) and _PLAIN_ID.fullmatch(message.message_id):
        # as they come out of the header parser, without the parsing (see `_PLAIN`)
        plain = f"Date: {date}\r\nMessage-ID: {message.message_id}\r\n".encode()
        thread = EmailMessage(policy=policy.SMTP)
        _set_threading(thread, message)
        items = [*mail.raw_items(), *thread.raw_items()]
    else:
        plain = b""
        _set_own_fields(mail, message, date)
        items = list(mail.raw_items())
    fields = [policy.SMTP.fold_binary(name, value) for name, value in items]
    return b"".join((before, fields[0], between, plain, *fields[1:], after))


def _set_own_fields(mail: EmailMessage, message: OutboxMessage, date: str) -> None:
    """The fields after Subject that are each message's own (see `build_email`)."""
    # The time it leaves (a resend carries its own): partners read the promise against it.
    mail["Date"] = date
    # Fixed at queue time and reused on every attempt: a resend is recognisably the same
    # message, and follow-ups thread under it.
    mail["Message-ID"] = message.message_id
    _set_threading(mail, message)


def _set_threading(mail: EmailMessage, message: OutboxMessage) -> None:
    if message.in_reply_to:
        mail["In-Reply-To"] = one_line(message.in_reply_to)
    if message.references:
        mail["References"] = one_line(" ".join(message.references))


#: a Date as `format_datetime` writes it and a Message-ID as the kit makes them come out of
#: the header parser unchanged (others may not: "<an id@host>" comes out as "<an")
_PLAIN_DATE = re.compile(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}")
_PLAIN_ID = re.compile(r"<[0-9a-f]{1,40}@[a-z0-9.-]{1,30}>")
_ANY_DATE = "Thu, 01 Jan 2026 00:00:00 +0000"  # the template's, never sent
_OWN = {b"to", b"date", b"message-id", b"in-reply-to", b"references"}


@functools.lru_cache(maxsize=16)
def _template(
    subject: str,
    body: str,
    incident_ref: str | None,
    sender: str,
    reply_to: str,
    language: str | None,
) -> tuple[bytes, bytes, bytes]:
    """What `build_email` makes of a notice for any recipient, as bytes: the fields before
    To, those between To and Date, and from the first field after the message's own ones
    to the end (the blank line and the body included)."""
    stand_in = OutboxMessage(
        0, "<0@outage-kit.invalid>", "email", "x@example.com", "", subject, body,
        incident_ref, None, None, (), "queued", None, 0, "", "", "", None, language,
    )  # fmt: skip
    whole = build_email(stand_in, sender=sender, reply_to=reply_to, date=_ANY_DATE).as_bytes(
        policy=policy.SMTP
    )
    head, _, text = whole.partition(b"\r\n\r\n")
    parts: list[list[bytes]] = [[], [], []]
    part = 0
    for field in re.split(rb"\r\n(?![ \t])", head):
        name = field.split(b":", 1)[0].lower()
        if name in _OWN:
            part = 1 if name == b"to" else 2
        else:
            parts[part].append(field + b"\r\n")
    return b"".join(parts[0]), b"".join(parts[1]), b"".join(parts[2]) + b"\r\n" + text


def eml_file_name(message: int) -> str:
    """The .eml export's file of outbox message `message`."""
    return f"outage-kit-{message:06d}.eml"


def eml_bytes(message: OutboxMessage, *, sender: str, reply_to: str) -> bytes:
    """The message as a draft for any other mail client: `X-Unsent: 1` makes Outlook (and
    others) open it for sending, not as received mail. No `sender`: the client fills in
    its own account."""
    mail = build_email(message, sender=sender, reply_to=reply_to)
    mail["X-Unsent"] = "1"
    return mail.as_bytes(policy=policy.SMTP)
