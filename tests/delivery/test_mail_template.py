"""The sender builds each partner's message from a template per notice (`email_bytes`): what
leaves must be, byte for byte, what `build_email` makes of the same message — in every
shipped language, with names, threading and bodies of every kind, and for every partner
of a notice after the first."""

from __future__ import annotations

from email import policy
from itertools import product

import pytest

from app.delivery.mail import BadMessage, build_email, email_bytes
from app.delivery.outbox import OutboxMessage
from tests.delivery.test_headers import SUBJECTS

DATE = "Tue, 01 Dec 2026 07:55:00 +0000"
NAMES = ("", "Ops, night desk", "Łukasz Żółć, nocna zmiana", "Operações " * 9)
BODIES = (
    "Body.\n",
    "Awaria bramki SMS — Łódź.\n.leading dot\r\nCRLF line\n",
    "x" * 1200 + "\nlong line above\n",
    "Next update no later than 19:40.",
)
IDENTITIES = (("duty@example.com", "noc@example.com"), ("Ops <duty@example.com>", ""), ("", ""))


def message(number: int, **fields: object) -> OutboxMessage:
    values: dict[str, object] = {
        "id": number,
        "message_id": f"<{number:032x}@outage-kit.invalid>",
        "channel": "email",
        "recipient": f"partner{number:04d}@example.com",
        "recipient_name": "",
        "subject": SUBJECTS["en"],
        "body": BODIES[0],
        "incident_ref": "OK-2026-0042",
        "notice_id": 7,
        "in_reply_to": None,
        "references": (),
        "state": "queued",
        "path": None,
        "attempts": 0,
        "last_reply": "",
        "created_at": "",
        "updated_at": "",
    }
    values.update(fields)
    return OutboxMessage(**values)  # type: ignore[arg-type]


def reference(m: OutboxMessage, sender: str, reply_to: str, date: str = DATE) -> bytes:
    mail = build_email(m, sender=sender, reply_to=reply_to, date=date)
    return mail.as_bytes(policy=policy.SMTP)


@pytest.mark.parametrize("subject", list(SUBJECTS.values()))
def test_every_partner_of_a_notice_gets_what_build_email_makes(subject: str) -> None:
    number = 0
    for (sender, reply_to), body, incident in product(IDENTITIES, BODIES, ("OK-2026-0042", None)):
        for name in NAMES:  # the same notice to several partners: the template is reused
            number += 1
            m = message(number, subject=subject, body=body, incident_ref=incident,
                        recipient_name=name)  # fmt: skip
            assert email_bytes(m, sender=sender, reply_to=reply_to, date=DATE) == reference(
                m, sender, reply_to
            )


def test_threading_fields_and_line_breaks_come_out_as_build_email_makes_them() -> None:
    first = "<00000000000000000000000000000001@outage-kit.invalid>"
    cases = [
        message(1),
        message(2, in_reply_to=first, references=(first,)),
        message(3, in_reply_to=first, references=tuple(f"<{i:040x}@x.example>" for i in range(9))),
        message(4, subject="Title\r\nBcc: someone@example.com", recipient_name="A\nB"),
        message(5, references=(first,)),
        message(6, message_id="<an older kit's id@example.com>"),  # not as the kit makes them
        message(7, message_id=f"<{'7' * 64}@outage-kit.invalid>"),
    ]  # fmt: skip
    for m in cases:
        sender, reply_to = IDENTITIES[0]
        for date in (DATE, "Mon, 05 Jan 2026 09:03:07 +0000"):
            made = email_bytes(m, sender=sender, reply_to=reply_to, date=date)
            assert made == reference(m, sender, reply_to, date)
    assert b"\r\nBcc:" not in email_bytes(cases[3], sender="", reply_to="", date=DATE)
    injected = message(8, message_id="<a@b>\r\nBcc: someone@example.com")
    for build in (email_bytes, build_email):  # refused alike: the message fails, never leaves
        with pytest.raises(ValueError, match="linefeed"):
            build(injected, sender="", reply_to="", date=DATE)


def test_a_bad_address_is_refused_as_build_email_refuses_it() -> None:
    with pytest.raises(BadMessage, match="not a usable e-mail address"):
        email_bytes(message(1, recipient="ops@example.com, boss@example.com"),
                    sender="", reply_to="", date=DATE)  # fmt: skip


@pytest.mark.parametrize(
    "language", [None, "pl", "pt-BR", "sv", "en", "en, pt-BR", "not a tag", "en,, pt", ""]
)
def test_content_language_and_ids_at_a_senders_domain_as_build_email_makes_them(
    language: str | None,
) -> None:
    domains = ("example.com", "noc.operations.billing.example-partner.net")  # the 2nd: long
    cases = product(IDENTITIES, domains, BODIES[:2])
    for number, ((sender, reply_to), domain, body) in enumerate(cases, 1):
        first = f"<{number:032x}@{domain}>"
        m = message(number, language=language, message_id=f"<{number + 1:032x}@{domain}>",
                    in_reply_to=first, references=(first,), body=body)  # fmt: skip
        made = email_bytes(m, sender=sender, reply_to=reply_to, date=DATE)
        assert made == reference(m, sender, reply_to)
        head = made.split(b"\r\n\r\n")[0].split(b"\r\n")
        said = [line for line in head if line.startswith(b"Content-Language:")]
        valid = language in ("pl", "pt-BR", "sv", "en", "en, pt-BR")
        assert said == ([f"Content-Language: {language}".encode()] if valid else [])
        unfolded = b" ".join(head).replace(b"  ", b" ")  # a long ID goes on a line of its own
        assert f"Message-ID: <{number + 1:032x}@{domain}>".encode() in unfolded
