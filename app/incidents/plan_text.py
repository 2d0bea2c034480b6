"""The sentences planned work writes itself — a reminder, "work started", an extension, a
move — in each partner's language, with every time in the partner's own zone.

Each sentence goes into the notice's free text `progress` (English, the text every language
falls back to) and `progress.<language>` for each other language the kit ships (Polish), as
the officer's own per-language free text does (issue 15): a partner whose language the kit
does not ship reads the English sentence under the note "the details are in English".

Times are written as the kit writes them for the record ("2026-03-15 01:00 UTC"); the
composer turns each such time into the partner's local time with its zone
(`app.notices.localtime.localize`) when it renders the notice for them, e-mail and SMS.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.i18n import LANGUAGES, SOURCE_LANGUAGE, Catalog, warn_missing
from app.incidents.model import partner_time
from app.notices.languages import PRIMARY, is_primary, key

# the free-text field the plan's sentences go into
PROGRESS = "progress"


@dataclass(frozen=True)
class Phrase:
    """A marked sentence, translated later into the language of the partners reading it."""

    source: str
    n: int = -1

    def into(self, language: str) -> str:
        catalog = _catalog(language)
        text = self.source
        if catalog is not None:
            text = catalog.translate(PartnerText.__name__, self.source, "", self.n)
        return text.replace("%n", str(self.n)) if self.n >= 0 else text


class PartnerText:
    """What partners read from the kit itself. `PartnerText.tr("…")` marks the sentence for
    lupdate (this class's name is the context a translator sees) and returns it untranslated:
    a notice speaks each partner's language, not the officer's."""

    @staticmethod
    def tr(source: str, disambiguation: str = "", n: int = -1) -> Phrase:
        del disambiguation
        return Phrase(source, n)


@functools.lru_cache(maxsize=8)
def _catalog(language: str) -> Catalog | None:
    try:  # English too: its file holds the plural forms ("1 hour", "2 hours")
        return Catalog.load(language)
    except (OSError, ValueError) as err:
        if language in LANGUAGES:  # a shipped one: the English source stands in, said in the log
            warn_missing(language, err)
        return None


def shipped_languages() -> tuple[str, ...]:
    """The languages the kit writes its own sentences in (English first)."""
    return (SOURCE_LANGUAGE, *sorted(code for code in LANGUAGES if code != SOURCE_LANGUAGE))


def duration(left: timedelta, language: str) -> str:
    """'2 days 3 hours', '5 hours', '40 minutes' — rounded to what matters to partners."""
    minutes = max(0, round(left.total_seconds() / 60))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts: list[Phrase] = []
    if days:
        parts.append(PartnerText.tr("%n day(s)", "", days))
        if hours:
            parts.append(PartnerText.tr("%n hour(s)", "", hours))
    elif hours:
        parts.append(PartnerText.tr("%n hour(s)", "", hours))
        if mins:
            parts.append(PartnerText.tr("%n minute(s)", "", mins))
    else:
        parts.append(PartnerText.tr("%n minute(s)", "", mins))
    return " ".join(p.into(language) for p in parts)


def _fields(write: dict[str, str]) -> dict[str, str]:
    """{language: sentence} → the notice's fields: `progress` in English, `progress.pl`, …"""
    return {
        (PROGRESS if language == SOURCE_LANGUAGE else key(PROGRESS, language)): text
        for language, text in write.items()
    }


def _with(text: str, words: str) -> str:
    """The officer's own words after the kit's sentence, as they wrote them."""
    return text + (f" {words.strip()}" if words.strip() else "")


def reminder_fields(start: datetime, end: datetime, moment: datetime) -> dict[str, str]:
    phrase = PartnerText.tr(
        "Reminder: the planned maintenance starts in {left}, at {start}, and is planned to "
        "end at {end}."
    )
    return _fields(
        {
            lang: phrase.into(lang).format(
                left=duration(start - moment, lang),
                start=partner_time(start),
                end=partner_time(end),
            )
            for lang in shipped_languages()
        }
    )


def started_fields(start: datetime, end: datetime) -> dict[str, str]:
    phrase = PartnerText.tr(
        "The planned maintenance started at {start}. It is planned to end at {end}."
    )
    return _fields(
        {
            lang: phrase.into(lang).format(start=partner_time(start), end=partner_time(end))
            for lang in shipped_languages()
        }
    )


# the officer's own words for partners (an extension's note, a move's reason) by language:
# PRIMARY ("en") holds the text every language without its own falls back to
Words = Mapping[str, str]


def words_by_language(words: str | Words) -> dict[str, str]:
    """{language: text} with the empty texts left out; a bare string is the fallback text."""
    found = {PRIMARY: words} if isinstance(words, str) else dict(words)
    return {lang: text.strip() for lang, text in found.items() if text.strip()}


def _officer_words(sentence: Callable[[str], str], words: str | Words) -> dict[str, str]:
    """The kit's sentence with the officer's words, per language (issue 15, point 2):
    a language with its own words gets its sentence and them; a language without gets no
    text of its own when there are fallback words — its partners read the English text
    under the note "the details are in English", as the officer's free text does — and its
    bare sentence when there are none. A language the kit does not ship (Swedish) with the
    officer's own words gets them after the English sentence."""
    given = words_by_language(words)
    fallback = given.get(PRIMARY, "")
    found: dict[str, str] = {}
    for lang in (*shipped_languages(), *sorted(given)):
        if lang in found or (is_primary(lang) and lang != PRIMARY):
            continue
        own = given.get(lang) or given.get(lang.split("-")[0], "")
        if lang == PRIMARY:
            found[lang] = _with(sentence(lang), fallback)
        elif own:
            found[lang] = _with(sentence(lang), own)
        elif not fallback and lang in shipped_languages():
            found[lang] = sentence(lang)
    return _fields(found)


def extension_fields(old_end: datetime, new_end: datetime, note: str | Words) -> dict[str, str]:
    phrase = PartnerText.tr(
        "The planned maintenance takes longer than planned: the window, planned to end at "
        "{old_end}, now ends at {new_end}."
    )
    return _officer_words(
        lambda lang: phrase.into(lang).format(
            old_end=partner_time(old_end), new_end=partner_time(new_end)
        ),
        note,
    )


def move_fields(
    old: tuple[datetime, datetime],
    new: tuple[datetime, datetime],
    reason: str | Words,
) -> dict[str, str]:
    phrase = PartnerText.tr(
        "The planned maintenance has moved. New window: {start} to {end} (was {old_start} "
        "to {old_end})."
    )
    because = PartnerText.tr("Reason: {reason}")
    reasons = {
        lang: because.into(lang).format(reason=text)
        for lang, text in words_by_language(reason).items()
    }
    return _officer_words(
        lambda lang: phrase.into(lang).format(
            start=partner_time(new[0]),
            end=partner_time(new[1]),
            old_start=partner_time(old[0]),
            old_end=partner_time(old[1]),
        ),
        reasons,
    )


def with_progress(fields: dict[str, str], progress: dict[str, str]) -> dict[str, str]:
    """The plan's fields with the kit's sentences as the progress text (any progress text
    in another language left from the announcement's fields is dropped: it is stale)."""
    kept = {k: v for k, v in fields.items() if k != PROGRESS and not k.startswith(PROGRESS + ".")}
    return {**kept, **progress}
