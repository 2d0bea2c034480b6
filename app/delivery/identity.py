"""What an e-mail says about where it comes from and whom it is for, beyond From and To.

- **Message-ID**: a random left part (128 bits) at the domain of the sending path's From
  address, so relays and partners' filters see an ID of the sender's own domain, not the
  reserved `outage-kit.invalid` that some of them penalise. The ID is fixed at queue time
  (a resend is recognisably the same message; follow-ups thread under it) from the first
  e-mail path that would send. A message queued before any SMTP path was set up gets
  `outage-kit.invalid`, renamed in the outbox to the first path's domain when it is sent
  or exported (`adopt_sender_domain`) — with the earlier IDs queued messages refer to, so a
  partner's thread still holds and the outbox shows the ID that left.
- **Content-Language**: the languages of the notice's words for this partner (`pl`,
  `pt-BR`), read from the notice's audience and texts (`LANGUAGE_SQL`, a column of every
  outbox row). Where a partner's language has no template of its own the text is mixed —
  the template's words (English) and the partner's own: the officer's text in their
  language, or the marks "(em inglês)" after each English part — and both are stated,
  the template's first: `en, pt-BR` (RFC 3282's list; it said `en` alone).
"""

from __future__ import annotations

import re
import secrets

from app.audit import AuditLog
from app.store import db

#: the domain of an ID made while no e-mail path said whose mail this is
PLACEHOLDER_DOMAIN = "outage-kit.invalid"
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_DOMAIN = (
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    r"(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"
)
_PLACEHOLDER_END = f"@{PLACEHOLDER_DOMAIN}>"

#: the languages of an outbox row's words (NULL: not a notice, or an SMS): the partner's
#: text in the notice (its time zone too), said in the template's language, and in the
#: partner's too when the template is another language's (a pt template for pt-BR is not)
LANGUAGE_SQL = (
    "CASE WHEN outbox.channel = 'email' THEN (SELECT CASE WHEN t.template_language IS NULL "
    "THEN a.language WHEN lower(a.language) = lower(t.template_language) OR lower(a.language) "
    "LIKE lower(t.template_language) || '-%' THEN t.template_language "
    "ELSE t.template_language || ', ' || a.language END "
    "FROM notice_audience a LEFT JOIN notice_texts t ON t.notice_id = "
    "a.notice_id AND t.language = a.language AND t.channel = 'email' AND t.timezone = "
    "a.timezone WHERE a.notice_id = outbox.notice_id AND a.contact_key = "
    "lower(outbox.recipient)) END"
)


def sender_domain(sender: str) -> str:
    """The domain of a From ("Duty desk <duty@Example.COM>" → "example.com"); "" when
    there is none usable."""
    # imported here: email.utils brings socket and the charset modules, ~5 ms of the
    # window's start, which imports this module (the outbox) but makes no ID then
    from email.utils import parseaddr

    address = parseaddr(sender)[1]
    if "@" not in address:
        return ""
    domain = address.rpartition("@")[2].strip().rstrip(".").lower()
    try:
        domain = domain.encode("idna").decode("ascii")  # "exämple.se" → "xn--exmple-cua.se"
    except UnicodeError:
        return ""
    return domain if re.match(_DOMAIN, domain) else ""


def new_message_id(sender: str = "") -> str:
    """A Message-ID nobody else makes: 32 random hex digits at the sender's domain."""
    return f"<{secrets.token_hex(16)}@{sender_domain(sender) or PLACEHOLDER_DOMAIN}>"


def adopt_sender_domain(conn: db.Connection, audit: AuditLog, sender: str) -> int:
    """Queued e-mails whose IDs were made before any SMTP path was set up take the domain
    of `sender` (the first path's From, as at queue time) in the outbox itself, so what
    leaves is what the outbox shows; the IDs queued messages refer to are renamed with
    them. An ID already handed over is never renamed. Call under the sender lock.
    Returns how many messages changed."""
    domain = sender_domain(sender)
    if not domain:
        return 0
    like = f"%{_PLACEHOLDER_END}%"
    rows = conn.execute(
        "SELECT id, message_id, in_reply_to, refs FROM outbox WHERE state = 'queued' AND "
        "channel = 'email' AND (message_id LIKE ? OR in_reply_to LIKE ? OR refs LIKE ?)",
        (like, like, like),
    ).fetchall()
    renamed = {
        str(r[1]): str(r[1])[: -len(_PLACEHOLDER_END)] + f"@{domain}>"
        for r in rows
        if str(r[1]).endswith(_PLACEHOLDER_END)
    }
    if not renamed:
        return 0

    def named(message_id: str) -> str:
        return renamed.get(message_id, message_id)

    changes = [
        (named(str(r[1])), named(str(r[2])) if r[2] else r[2],
         " ".join(named(ref) for ref in str(r[3] or "").split()), int(r[0]))
        for r in rows
    ]  # fmt: skip
    with db.transaction(conn):
        conn.executemany(
            "UPDATE outbox SET message_id = ?, in_reply_to = ?, refs = ? WHERE id = ?", changes
        )
        audit.append("outbox.message_ids_named", count=len(renamed), domain=domain)
    return len(renamed)
