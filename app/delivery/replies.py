"""The kit's own words on a message (held, handed off, interrupted, refused, …): stored in
English — the source text of a translation — with their values filled in, and shown in the
language of whoever reads them (`shown_reply`): the officer who sent in Polish and the one
who reads the outbox in English each see their own. A server's or a modem's own reply is
kept as it came, quoted inside the kit's words; a text an older version stored already
translated (or any text the kit does not know) is shown as it was stored.

Every stored sentence is declared here (`STORED`), so a reader in another process, another
language, or a later version recognises it: `said(TEMPLATE, value=…)` stores one, and the
reader matches the stored text against each template (its values may be kit sentences in
turn, shown translated too)."""

from __future__ import annotations

import re
from functools import lru_cache

from app.delivery.modem_codes import CME_TEXT, CMS_TEXT, MODEM_REFUSED, NETWORK_REFUSED
from app.i18n import Msg, language, tr_noop

HELD_REPLY = tr_noop(
    "Msg", "held: its promised update time passed before it could leave; re-issue the notice"
)
#: messages of a closed incident still waiting: stored with the reference in English (the
#: key), shown in the kit's language (`shown_reply`) whoever closed it in which language
CLOSED_REPLY = tr_noop("Msg", "held: {reference} was closed; partners have its end")
#: an older copy a later notice of the incident made obsolete (app/incidents/superseded.py):
#: held by the kit before it could leave, or by the officer (No longer needed)
SUPERSEDED = tr_noop(
    "Msg", "held: a later notice of {reference} reached the partner; this older copy is not sent"
)
SETTLED_SUPERSEDED = tr_noop(
    "Msg",
    "the officer marked it no longer needed: a later notice of {reference} reached the partner",
)
#: the stored replies of copies held as superseded (the incident page counts them apart)
SUPERSEDED_REPLIES = (SUPERSEDED, SETTLED_SUPERSEDED)

# -- the outbox's own transitions ----------------------------------------------------------
HANDED_OFF = tr_noop("Msg", "handed off")
INTERRUPTED = tr_noop(
    "Msg", "interrupted while sending (crash or power cut): it may have left; settle it"
)
INTERNAL_ERROR = tr_noop("Msg", "internal error: settle it")
SETTLED_SENT = tr_noop("Msg", "the officer marked it sent")
SETTLED_RESEND = tr_noop("Msg", "the officer queued it to be sent again")
RETRIED = tr_noop("Msg", "the officer queued it again after it failed")
WEBMAIL_SENT = tr_noop("Msg", "the officer confirmed webmail {path} sent it")
WEBMAIL_NOT_SENT = tr_noop("Msg", "webmail {path} did not send it; queued again")
TOLD_ANOTHER_WAY = tr_noop("Msg", "told another way: {how}")
# the path of a message the officer told another way (the Path column; reports say it too)
BY_HAND = tr_noop("Msg", "by hand: {how}")
# what older versions stored for either answer
WEBMAIL_SETTLED = tr_noop("Msg", "webmail {path}")
EXPORT_FAILED = tr_noop("Msg", "the .eml export failed ({error}); its file was removed")
EXPORT_CUT_SHORT = tr_noop("Msg", "the .eml export was cut short; its file was removed")
SMS_DELIVERED = tr_noop("Msg", "the network reports it delivered to the phone")
SMS_UNDELIVERED = tr_noop("Msg", "the network could not deliver part(s) {parts}: {statuses}")

# -- SMTP ------------------------------------------------------------------------------------
NOT_CONNECTED = tr_noop("Msg", "not connected")
BAD_ADDRESS = tr_noop("Msg", "{address} is not a usable e-mail address; correct the contact")
SENDER_REFUSED = tr_noop("Msg", "sender refused: {reply}")
RECIPIENT_REFUSED = tr_noop("Msg", "recipient refused: {reply}")
# a path that took none of the recipients it was given (`DispatchReport.paths_down`)
EVERY_RECIPIENT_REFUSED = tr_noop("Msg", "it refused every recipient ({reply})")
DATA_REFUSED = tr_noop("Msg", "DATA refused: {reply}")
MESSAGE_REFUSED = tr_noop("Msg", "message refused: {reply}")
LOST_BEFORE = tr_noop("Msg", "connection lost before the message went out ({error})")
LOST_WHILE = tr_noop(
    "Msg", "connection lost while the message went out ({error}): the server may have it"
)
# how the connection was lost (the {error} of LOST_BEFORE, LOST_WHILE: app/delivery/
# unreachable.py `lost`); the system's own text goes to the log
CLOSED_BY_SERVER = tr_noop("Msg", "the server closed the connection")
STOPPED_ANSWERING = tr_noop("Msg", "the server stopped answering")
CONNECTION_CUT = tr_noop("Msg", "the network connection was cut")
LOST_SOMEHOW = tr_noop("Msg", "the detail is in the kit's log")

# -- SMS over a modem ------------------------------------------------------------------------
NOT_A_NUMBER = tr_noop("Msg", "{number} is not a phone number like +46700000000")
NOT_SMS_TEXT = tr_noop("Msg", "the text cannot be sent as SMS ({error})")
EXPLAINED = tr_noop("Msg", "{reply} — {meaning}")
IN_PART = tr_noop("Msg", "part {index}/{count}: {why}")
PARTS_SENT = tr_noop("Msg", "{sent} of {count} parts sent (+CMGS: {refs}); {rest}")
NO_ANSWER = tr_noop("Msg", "no answer after sending ({error})")

# -- why queued messages wait (`outbox send`'s "paths down") --------------------------------
NO_EMAIL_PATH = tr_noop("Msg", "no SMTP profile is set up and switched on")
NO_SMS_PATH = tr_noop("Msg", "no modem is set up and switched on")
# the names `DispatchReport.paths_down` gives a channel without a path (kept in JSON)
NO_PATH_NAMES = {
    "no email path": tr_noop("Msg", "no e-mail path"),
    "no sms path": tr_noop("Msg", "no SMS path"),
}

# every sentence the kit stores on a message, with values or without
STORED: tuple[str, ...] = (
    HELD_REPLY,
    CLOSED_REPLY,
    SUPERSEDED,
    SETTLED_SUPERSEDED,
    HANDED_OFF,
    INTERRUPTED,
    INTERNAL_ERROR,
    SETTLED_SENT,
    SETTLED_RESEND,
    RETRIED,
    WEBMAIL_SENT,
    WEBMAIL_NOT_SENT,
    WEBMAIL_SETTLED,
    TOLD_ANOTHER_WAY,
    BY_HAND,
    EXPORT_FAILED,
    EXPORT_CUT_SHORT,
    SMS_DELIVERED,
    SMS_UNDELIVERED,
    NOT_CONNECTED,
    BAD_ADDRESS,
    SENDER_REFUSED,
    RECIPIENT_REFUSED,
    EVERY_RECIPIENT_REFUSED,
    DATA_REFUSED,
    MESSAGE_REFUSED,
    LOST_BEFORE,
    LOST_WHILE,
    CLOSED_BY_SERVER,
    STOPPED_ANSWERING,
    CONNECTION_CUT,
    LOST_SOMEHOW,
    NOT_A_NUMBER,
    NOT_SMS_TEXT,
    EXPLAINED,
    IN_PART,
    PARTS_SENT,
    NO_ANSWER,
    NO_EMAIL_PATH,
    NO_SMS_PATH,
    MODEM_REFUSED,
    NETWORK_REFUSED,
    *CME_TEXT.values(),
    *CMS_TEXT.values(),
)
# the short English words older versions stored, shown as the sentence that replaced them
LEGACY: dict[str, str] = {
    "officer": tr_noop("Msg", "settled by the officer"),
    "retry": RETRIED,
    "the export was cut short": EXPORT_CUT_SHORT,
}
_FIELD = re.compile(r"\{(\w+)\}")


def said(template: str, **values: object) -> str:
    """A kit sentence as a message keeps it: `template` (one of `STORED`) in English, its
    values filled in. Shown with `shown_reply`."""
    return template.format(**values)


@lru_cache(maxsize=256)  # a handful of texts (one per incident) over many held copies
def is_superseded(stored: str) -> bool:
    """Whether a held message's stored reply says a later notice made it obsolete."""
    found = _template_of(stored)
    return found in SUPERSEDED_REPLIES


def _template_of(stored: str) -> str | None:
    """The kit sentence (one of `STORED` with values) `stored` was written from, if any."""
    for pattern, template in _patterns():
        if pattern.match(stored) is not None:
            return template
    return None


def closed_reply(reference: str) -> str:
    """The stored reply of a message held because its incident was closed."""
    return said(CLOSED_REPLY, reference=reference)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each stored sentence with values as a pattern of its English text; the ones with
    more literal words first (the most specific wins over "{reply} — {meaning}")."""
    found: list[tuple[re.Pattern[str], str]] = []
    for template in STORED:
        if not _FIELD.search(template):
            continue
        parts = _FIELD.split(template)  # literal, name, literal, name, …, literal
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)" for i, part in enumerate(parts)
        )
        found.append((re.compile(f"^{regex}$", re.DOTALL), template))
    found.sort(key=lambda p: -len(_FIELD.sub("", p[1])))
    return tuple(found)


def shown_reply(stored: str) -> str:
    """A message's reply as the reader reads it: the kit's own words (stored in English) in
    the kit's language, a server's reply as the server wrote it."""
    if not stored or language() == "en":
        return stored
    return _shown(stored, language())


@lru_cache(maxsize=4096)
def _shown(stored: str, _language: str) -> str:
    if stored in LEGACY:
        return Msg.tr(LEGACY[stored])
    if stored in _PLAIN:
        return Msg.tr(stored)
    for pattern, template in _patterns():
        found = pattern.match(stored)
        if found is not None:
            values = {k: _shown(v, _language) for k, v in found.groupdict().items()}
            return Msg.tr(template).format(**values)
    return stored


_PLAIN = frozenset(t for t in STORED if not _FIELD.search(t))


def shown_path_down(name: str, why: str) -> tuple[str, str]:
    """A path that is down, and why, in the reader's language (`DispatchReport.paths_down`
    names a channel without any path by an English key, kept as such in JSON)."""
    known = NO_PATH_NAMES.get(name)
    return (Msg.tr(known) if known else name), shown_reply(why)


# an e-mail address as servers quote it ("<ops@fjord.example.net>:"), and a phone number
# written internationally or as nine or more digits (not a date, a time or "5.1.1")
# as text: `re` compiles (and keeps) each when first used, not at every start of the window
_ADDRESS = r"<?[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+>?"
_NUMBER = r"(?<![\w+])(?:\+\d[\d ()/-]{6,}\d|\d{3}[ -]?\d{3}[ -]?\d{3,})(?!\w)"


def without_contacts(text: str) -> str:
    """`text` (a server's reply, the words of "told another way") for a page that leaves the
    machine: partners' e-mail addresses and phone numbers replaced by what they are. The
    report names the partner beside it."""
    text = re.sub(_ADDRESS, Msg.tr("[address]"), text)
    return re.sub(_NUMBER, Msg.tr("[number]"), text)
