"""Searching text as an officer types it at 3 a.m.: on a keyboard without Polish letters
("gdansk" finds "Gdańsku", "przelaczenie" finds "Przełączenie"), in any case, and — when
nothing has the words exactly — with a letter or two wrong ("medaition", "bramek" for
"bramki")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

#: letters NFKD does not take apart into a base letter and a mark
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_WORD = r"\w+"
#: how alike two words must be to count as the same word mistyped (difflib's ratio)
NEAR = 0.8
#: words shorter than this are only ever matched exactly
NEAR_MIN = 4


def plain_letters(text: str) -> str:
    """ "dziś" → "dzis": each letter without its mark, as typed on a keyboard without it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(text: str) -> str:
    """`text` as searches compare it: no marks, case folded."""
    return plain_letters(text).casefold()


class Haystack:
    """One searchable text, folded once (the window searches it on every keystroke)."""

    def __init__(self, *parts: str) -> None:
        self.text = folded("\n".join(parts))
        self._words: frozenset[str] | None = None

    def has(self, words: list[str]) -> bool:
        return all(w in self.text for w in words)

    def has_near(self, words: list[str]) -> bool:
        if self._words is None:
            self._words = frozenset(re.findall(_WORD, self.text))
        return all(w in self.text or _near(w, self._words) for w in words)


def needle_words(text: str) -> list[str]:
    return folded(text).split()


def search(haystacks: Iterable[tuple[str, Haystack]], text: str) -> tuple[list[str], bool]:
    """The keys whose haystack has every word of `text` (folded); when none has, the keys
    whose haystack has every word or one a letter or two off, and True ("similar")."""
    words = needle_words(text)
    pairs = list(haystacks)
    if not words:
        return [key for key, _ in pairs], False
    exact = [key for key, hay in pairs if hay.has(words)]
    if exact:
        return exact, False
    return [key for key, hay in pairs if hay.has_near(words)], True


def _near(word: str, words: frozenset[str]) -> bool:
    if len(word) < NEAR_MIN:
        return False
    import difflib  # only when nothing matched exactly: not at every start

    candidates = [w for w in words if abs(len(w) - len(word)) <= 2]
    return bool(difflib.get_close_matches(word, candidates, n=1, cutoff=NEAR))


#: a phone number as people type it: digits, spaces, +, -, dots, slashes, brackets
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_PHONE_TYPED = r"[+\d\s\-./()]+"


def names_someone(text: str, *fields: str, phone: str = "") -> bool:
    """`text` names this person or partner: every word of it in `fields` (marks and case
    ignored: "osla laka" finds "Ośla Łąka"), or, typed as a number ("+48 500", "(0)500-000"),
    its digits in `phone` (kept without spaces)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 3 and re.fullmatch(_PHONE_TYPED, text.strip()):
        return digits in "".join(ch for ch in phone if ch.isdigit())
    return Haystack(*fields).has(needle_words(text))
