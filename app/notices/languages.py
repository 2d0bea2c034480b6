"""Free text per language (issue 15, point 2).

The officer writes a notice's free text (impact, actions, progress, …) once, in English,
the text every partner gets; a tab per language of the audience takes the same fields in
that language. They travel with the notice's fields as `<field>.<language>` (e.g.
`impact.sv`, and `title.sv` for the incident's title). A language without its own text
gets the English one, and the notice says so in the partner's language next to each part
that is English ("(på engelska)"), so a notice mostly in Swedish is not called English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

_T = TypeVar("_T")

#: the language of the notice's main text, which every other language falls back to
PRIMARY = "en"
#: "(the details are in English)" in the partner's language; a language not listed gets
#: the English sentence
_DETAILS_IN_ENGLISH = {
    "en": "The details of this notice are in English.",
    "pl": "Szczegóły tej informacji podajemy w języku angielskim.",
    "pt": "Os detalhes deste aviso estão em inglês.",
    "sv": "Detaljerna i detta meddelande är på engelska.",
    "de": "Die Einzelheiten dieser Mitteilung sind auf Englisch.",
    "es": "Los detalles de este aviso están en inglés.",
    "fr": "Les détails de cet avis sont en anglais.",
    "it": "I dettagli di questo avviso sono in inglese.",
    "nl": "De details van dit bericht zijn in het Engels.",
    "nb": "Detaljene i denne meldingen er på engelsk.",
    "no": "Detaljene i denne meldingen er på engelsk.",
    "da": "Detaljerne i denne meddelelse er på engelsk.",
    "fi": "Tämän ilmoituksen tiedot ovat englanniksi.",
    "cs": "Podrobnosti tohoto oznámení jsou v angličtině.",
    "sk": "Podrobnosti tohto oznámenia sú v angličtine.",
    "uk": "Подробиці цього повідомлення наведено англійською мовою.",
    "ru": "Подробности этого уведомления приведены на английском языке.",
    "hu": "Az értesítés részletei angol nyelvűek.",
    "ro": "Detaliile acestei notificări sunt în limba engleză.",
    "lt": "Šio pranešimo išsami informacija pateikiama anglų kalba.",
    "lv": "Šī paziņojuma sīkāka informācija ir angļu valodā.",
    "et": "Selle teate üksikasjad on inglise keeles.",
}

#: "(in English)" in the notice's language: follows each part of a notice whose text is the
#: English one because the officer gave none in the partner's language; a language not
#: listed gets the English words
_IN_ENGLISH = {
    "en": "in English",
    "pl": "po angielsku",
    "pt": "em inglês",
    "sv": "på engelska",
    "de": "auf Englisch",
    "es": "en inglés",
    "fr": "en anglais",
    "it": "in inglese",
    "nl": "in het Engels",
    "nb": "på engelsk",
    "no": "på engelsk",
    "da": "på engelsk",
    "fi": "englanniksi",
    "cs": "v angličtině",
    "sk": "v angličtine",
    "uk": "англійською",
    "ru": "на английском",
    "hu": "angolul",
    "ro": "în engleză",
    "lt": "anglų kalba",
    "lv": "angļu valodā",
    "et": "inglise keeles",
}

#: the heading of each earlier notice quoted below a follow-up (a reply chain's header)
#: and the word for its subject, in the language of the notice it is quoted in; a
#: language not listed gets the English words
_EARLIER_NOTICE = {
    "en": ("Earlier notice", "Subject"),
    "pl": ("Wcześniejsza informacja", "Temat"),
    "pt": ("Aviso anterior", "Assunto"),
    "sv": ("Tidigare meddelande", "Ämne"),
    "de": ("Frühere Mitteilung", "Betreff"),
    "es": ("Aviso anterior", "Asunto"),
    "fr": ("Avis précédent", "Objet"),
    "it": ("Avviso precedente", "Oggetto"),
    "nl": ("Eerder bericht", "Onderwerp"),
    "nb": ("Tidligere melding", "Emne"),
    "no": ("Tidligere melding", "Emne"),
    "da": ("Tidligere meddelelse", "Emne"),
    "fi": ("Aiempi ilmoitus", "Aihe"),
    "cs": ("Předchozí oznámení", "Předmět"),
    "sk": ("Predchádzajúce oznámenie", "Predmet"),
    "uk": ("Попереднє повідомлення", "Тема"),
    "ru": ("Предыдущее уведомление", "Тема"),
    "hu": ("Korábbi értesítés", "Tárgy"),
    "ro": ("Notificare anterioară", "Subiect"),
    "lt": ("Ankstesnis pranešimas", "Tema"),
    "lv": ("Iepriekšējais paziņojums", "Temats"),
    "et": ("Varasem teade", "Teema"),
}


def is_primary(language: str) -> bool:
    return language.split("-")[0] == PRIMARY


def key(name: str, language: str) -> str:
    """The field key of `name` written in `language`: 'impact.sv'."""
    return f"{name}.{language}"


def translated(fields: Mapping[str, str], name: str, language: str) -> tuple[str, bool]:
    """The value of field `name` for partners reading `language`, and whether it is their
    own (False: the English text stands in)."""
    if not is_primary(language):
        for lang in (language, language.split("-")[0]):
            own = (fields.get(key(name, lang)) or "").strip()
            if own:
                return own, True
    return (fields.get(name) or "").strip(), is_primary(language)


def titles_in(fields: Mapping[str, str]) -> dict[str, str]:
    """The incident title's translations a notice's fields carry (`title.<language>`),
    and a plain `title` as the English title (the one every language without its own
    gets; app/incidents/titles.py)."""
    found = {
        k.split(".", 1)[1]: v.strip()
        for k, v in fields.items()
        if k.startswith("title.") and v.strip()
    }
    plain = (fields.get("title") or "").strip()
    if plain:  # (typed over a "title.en" the window filled in from before)
        found[PRIMARY] = plain
    return found


def _in(table: Mapping[str, _T], language: str) -> _T:
    """`language`'s entry, else its base language's ('pt' for 'pt-BR'), else English."""
    return table.get(language, table.get(language.split("-")[0], table[PRIMARY]))


def details_note(language: str) -> str:
    return _in(_DETAILS_IN_ENGLISH, language)


def in_english_mark(language: str, own: Mapping[str, str] | None = None) -> str:
    """'(på engelska)': what follows a part of a `language` notice that is the English text;
    `own`: a bundle's words per language (bundle.toml `[templates.in_english]`), first."""
    for lang in (language, language.split("-")[0]):
        if own and own.get(lang):
            return f"({own[lang]})"
    return f"({_in(_IN_ENGLISH, language)})"


def earlier_notice_words(language: str) -> tuple[str, str]:
    """("Earlier notice", "Subject") in `language`: the header of a quoted earlier notice."""
    return _in(_EARLIER_NOTICE, language)
