"""Every language version of a notice as partners got it (issue 15): the text stored when
the notice was queued (`notice_texts`, one per language, channel and time zone), who it
was for and how many of those messages left the kit — so a manager reads what the Polish
and the Czech partners actually received, not one language's text for all.

Texts are never re-rendered from today's templates: a language whose text was not stored
with the notice is reported as missing, in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.i18n import Msg, channel_word
from app.incidents.model import Recipient
from app.localfmt import count_text

CHANNELS = ("email", "sms")


@dataclass(frozen=True)
class ChannelCopy:
    """One channel of a language version: its text and its partners."""

    channel: str  # "email" | "sms"
    subject: str  # "" for SMS
    body: str  # the new text as rendered (e-mail follow-ups quote the earlier notices below it)
    partners: int  # partners of this language and zone who take this channel
    out: int  # of their messages, those that left the kit (sent or handed off)
    stored: bool = True  # False: no text of this language and channel was stored
    # the time zone whose text this is when the partners' own zone had none stored
    zone_of_text: str = ""


@dataclass(frozen=True)
class TextVersion:
    """A notice in one language for the partners of one time zone (every time in the text
    is theirs)."""

    language: str
    timezone: str
    copies: tuple[ChannelCopy, ...]
    # the language of the template's words when the language had no template of its own
    template_language: str = ""
    partners: int = 0  # partners of this language and zone, any channel

    def copy(self, channel: str) -> ChannelCopy | None:
        return next((c for c in self.copies if c.channel == channel), None)

    @property
    def missing(self) -> bool:
        return any(not c.stored for c in self.copies)

    @property
    def email(self) -> ChannelCopy | None:
        return self.copy("email")

    @property
    def sms(self) -> ChannelCopy | None:
        return self.copy("sms")


StoredText = tuple[str, str, str, str, str, str]  # language, channel, zone, subject, body, tmpl


def text_versions(
    stored: Sequence[StoredText],
    recipients: Sequence[Recipient],
    out_messages: Iterable[tuple[str, str]],
) -> list[TextVersion]:
    """The versions of one notice, by language then time zone. `out_messages`: (channel,
    recipient address) of each of its messages that left the kit."""
    texts = {(t[0], t[1], t[2]): t for t in stored}
    wanted: Counter[tuple[str, str, str]] = Counter()
    people: Counter[tuple[str, str]] = Counter()
    by_address: dict[tuple[str, str], Recipient] = {}
    for r in recipients:
        people[(r.language, r.timezone)] += 1
        if r.wants_email:
            wanted[(r.language, "email", r.timezone)] += 1
            by_address[("email", r.email)] = r
        if r.wants_sms:
            wanted[(r.language, "sms", r.timezone)] += 1
            by_address[("sms", r.phone)] = r
    out: Counter[tuple[str, str, str]] = Counter()
    for channel, address in out_messages:
        who = by_address.get((channel, address))
        if who is not None:
            out[(who.language, channel, who.timezone)] += 1
    groups = sorted({(k[0], k[2]) for k in texts} | {(k[0], k[2]) for k in wanted})
    versions: list[TextVersion] = []
    for language, zone in groups:
        copies: list[ChannelCopy] = []
        template_language = ""
        for channel in CHANNELS:
            key = (language, channel, zone)
            if key not in texts and not wanted[key]:
                continue
            text = texts.get(key) or _any_zone(texts, language, channel)
            if text is None:
                copies.append(ChannelCopy(channel, "", "", wanted[key], out[key], stored=False))
                continue
            if text[5] and text[5] != language:
                template_language = text[5]
            copies.append(
                ChannelCopy(
                    channel,
                    text[3] if channel == "email" else "",
                    text[4],
                    wanted[key],
                    out[key],
                    zone_of_text="" if text[2] == zone else text[2],
                )
            )
        versions.append(
            TextVersion(language, zone, tuple(copies), template_language, people[(language, zone)])
        )
    return versions


def _any_zone(
    texts: Mapping[tuple[str, str, str], StoredText], language: str, channel: str
) -> StoredText | None:
    """A text of the language and channel stored for another zone (a notice stored before
    the kit kept one per zone has one, in UTC)."""
    return next((t for k, t in sorted(texts.items()) if k[:2] == (language, channel)), None)


# -- as the report says it ---------------------------------------------------------------


def versions_heading(versions: Sequence[TextVersion]) -> str:
    """ "Texts as sent: 3 languages, 4 versions" (one per language and time zone)."""
    languages = len({v.language for v in versions})
    return (
        Msg.tr("Texts as sent: ")
        + Msg.tr("%n language(s), ", "", languages)
        + Msg.tr("%n version(s)", "", len(versions))
        + Msg.tr(" (one per language and partners' time zone; times in the text are theirs)")
    )


def version_heading(version: TextVersion) -> str:
    """ "pl · Europe/Warsaw · 3 partners"."""
    return f"{version.language} · {version.timezone} · " + Msg.tr(
        "%n partner(s)", "", version.partners
    )


def copy_line(copy: ChannelCopy) -> str:
    """ "E-mail to 3 partners, 3 out" / "SMS to 1 partner, 0 out"."""
    text = (
        Msg.tr("E-mail to %n partner(s)", "", copy.partners)
        if copy.channel == "email"
        else Msg.tr("SMS to %n partner(s)", "", copy.partners)
    )
    return text + Msg.tr(", {out} out").format(out=count_text(copy.out))


def version_notes(version: TextVersion) -> list[str]:
    """What a manager must know to read the version right: the template it came from, a
    text of another zone, a text that was not stored."""
    notes: list[str] = []
    if version.template_language:
        notes.append(
            Msg.tr(
                "Written from the {template} template: the templates had none in {language}."
            ).format(template=version.template_language, language=version.language)
        )
    for copy in version.copies:
        if not copy.stored:
            notes.append(
                Msg.tr(
                    "No {channel} text in {language} was stored with this notice, so the "
                    "report cannot show what these partners received (it never re-creates "
                    "a text from today's templates)."
                ).format(channel=channel_word(copy.channel), language=version.language)
            )
        elif copy.zone_of_text:
            notes.append(
                Msg.tr(
                    "The {channel} text shown is the one stored for {zone} (the notice kept "
                    "no text for {own}; times in it are for {zone})."
                ).format(
                    channel=channel_word(copy.channel), zone=copy.zone_of_text, own=version.timezone
                )
            )
    return notes
