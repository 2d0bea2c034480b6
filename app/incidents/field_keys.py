"""Field keys that no template of a notice asks for: a typo ("scpoe.pl" for "scope.pl")
or a field of another bundle ("foo") would be dropped without a word, and the partners
would get the English text marked "(in English)" while the lint said "ok". The command
line refuses them, naming the key and the fields this notice's templates use.

Known besides the templates' fields: `title` (the title for every language without its
own), `title.<language>`, `next_update`. A `<field>.<language>` key whose field exists is
judged by its language (app/incidents/field_languages.py), as before."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from app.i18n import Msg
from app.incidents.model import NEXT_UPDATE, Recipient

# keys every notice takes, whatever its templates ask
KIT_KEYS = ("title", NEXT_UPDATE)
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_WRITTEN_IN = r"^(?P<name>.+)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)$"


def unknown_key_problems(
    fields: Mapping[str, str], asked: Collection[str], languages: Collection[str] = ()
) -> list[str]:
    """One problem per key of `fields` that is neither a field of `asked` (the notice's
    templates' fields), nor one of them written in a language, nor a kit key;
    `languages`: the audience's (for the example)."""
    known = set(asked) | set(KIT_KEYS)
    problems: list[str] = []
    for key in fields:
        if key in known:
            continue
        found = re.match(_WRITTEN_IN, key)
        if found and found["name"] in known - {NEXT_UPDATE}:
            continue  # a language's text: its language is checked on its own
        listed = ", ".join(sorted(set(asked) - {NEXT_UPDATE})) or Msg.tr("none")
        problems.append(
            Msg.tr(
                "The field '{key}' is not one this notice's templates use (they use: "
                "{fields}). Check its spelling; a text in another language is written "
                "<field>.<language>, e.g. '{example}'."
            ).format(key=key, fields=listed, example=_example(asked, languages))
        )
    return problems


def _example(asked: Collection[str], languages: Collection[str]) -> str:
    first = next((n for n in sorted(asked) if n != NEXT_UPDATE and not n.startswith("&^")), "title")
    other = sorted(lang for lang in languages if lang.split("-")[0] != "en")
    return f"{first}.{other[0] if other else 'sv'}"


def unknown_keys(
    fields: Mapping[str, str], asked: Collection[str], audience: Iterable[Recipient]
) -> list[str]:
    """`unknown_key_problems` for a notice's audience."""
    return unknown_key_problems(fields, asked, {r.language for r in audience})
