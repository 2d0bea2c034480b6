"""Field keys written for one language ("impact.sv") that nobody in the audience reads:
a typo ("progress.se" for Swedish) or a partner who left would carry the words to no
one while the notice said "ok". The same refusal, in the same words, as
`incident extend --note-lang` gives for a language none of the partners reads."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from app.i18n import Msg
from app.incidents.model import Recipient
from app.notices.languages import is_primary

# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_LANGUAGE_KEY = r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\.(?P<lang>[a-z]{2,3}(?:-[A-Za-z]{2,4})?)$"


def languages_read(recipients: Iterable[Recipient]) -> set[str]:
    """What the audience reads: each partner's language and its base ('pt' for 'pt-BR')."""
    found: set[str] = set()
    for r in recipients:
        found |= {r.language, r.language.split("-")[0]}
    return found


def unread_language_problems(
    fields: Mapping[str, str], recipients: Sequence[Recipient], reference: str
) -> list[str]:
    """One problem per filled-in field key whose language no recipient reads."""
    if not recipients:
        return []  # (an empty audience is its own problem)
    read = languages_read(recipients)
    problems: list[str] = []
    for name, value in fields.items():
        found = re.match(_LANGUAGE_KEY, name)
        if not found or not str(value).strip() or is_primary(found["lang"]):
            continue
        if found["lang"] not in read:
            problems.append(
                Msg.tr(
                    "The field '{key}' is written in {language}: nobody of {reference}'s "
                    "partners reads that language (they read: {languages}). Write it for "
                    "one of those, or leave it out."
                ).format(
                    key=name,
                    language=found["lang"],
                    reference=reference,
                    languages=", ".join(sorted({r.language for r in recipients})),
                )
            )
    return problems


def read_only(fields: Mapping[str, str], recipients: Iterable[Recipient]) -> dict[str, str]:
    """`fields` less the language-keyed ones nobody of `recipients` reads: the kit's own
    sentences (a planned reminder, a moved or longer window), written in every language it
    ships, go where someone reads them (an officer's typed key is refused instead, above)."""
    read = languages_read(recipients)
    kept: dict[str, str] = {}
    for name, value in fields.items():
        found = re.match(_LANGUAGE_KEY, name)
        if found and not is_primary(found["lang"]) and found["lang"] not in read:
            continue
        kept[name] = value
    return kept
