"""Which title each partner reads (issue 15, the incident's title per language).

The title typed when the incident is opened is the English title — the one every
language without its own gets — unless the officer said it is in another language
(`incident new --title-lang pl`: stored as that language's title, the same text). A
notice's fields may give `title.<language>` (that language's own) and `title` (the
English title, for every language without its own); both are kept on the incident, so
later notices keep them.

The kit's rule: a partner reads the title in their language when it was given, else in
English, marked "(in English)" in the notice's language where English is not theirs —
as every other English part of a notice is. A title given only in a language the partner
does not read is not sent: the notice is refused, saying to give the English title."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.contacts.iso639 import language_problem
from app.errors import UserError
from app.i18n import Msg
from app.notices.languages import PRIMARY, is_primary
from app.store import db

_TAG = re.compile(r"^[a-z]{2}(-[A-Za-z]{2})?$")


def title_language(incident_title: str, titles: Mapping[str, str]) -> str:
    """The language of the title typed at opening: English, unless it was given as
    another language's title and no English title was given since."""
    if titles.get(PRIMARY):
        return PRIMARY
    said = sorted(
        lang for lang, text in titles.items() if text == incident_title and not is_primary(lang)
    )
    return said[0] if said else PRIMARY


def title_for(incident_title: str, titles: Mapping[str, str], language: str) -> tuple[str, str]:
    """(the title, the language it is in) for a notice written in `language`."""
    for lang in (language, language.split("-")[0]):
        if titles.get(lang):
            return titles[lang], lang
    if titles.get(PRIMARY):
        return titles[PRIMARY], PRIMARY
    return incident_title, title_language(incident_title, titles)


def checked_title_language(language: str) -> str:
    """`incident new --title-lang`: a language tag ("pl", "pt-BR"), or a UserError."""
    tag = language.strip()
    if not _TAG.match(tag):
        raise UserError(
            Msg.tr("--title-lang {language} should look like en, pl or pt-BR.").format(
                language=repr(language)
            )
        )
    problem = language_problem(tag)
    if problem:
        raise UserError(f"--title-lang: {problem}")
    return tag


def keep_title(conn: db.Connection, incident_id: int, language: str, title: str) -> None:
    """Keep `title` as the incident's title in `language` (later notices use it)."""
    conn.execute(
        "INSERT OR REPLACE INTO incident_titles (incident_id, language, title) VALUES (?, ?, ?)",
        (incident_id, language, title.strip()),
    )
