"""The quarantine reasons of the Emersion guide, shipped in resources/quarantine_reasons.csv."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache

from app.resources import resource

_DASHES = re.compile(r"[\u2010-\u2015\-]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Reason:
    category: str  # bms | rating
    name: str
    description: str
    recommended_action: str


def reason_key(text: str) -> str:
    """Exports write "Rating Failed – Unknown Reason" with any dash, case and spacing."""
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip().casefold()


class ReasonCatalog:
    def __init__(self, reasons: list[Reason]) -> None:
        self.reasons = reasons
        self._by_key = {reason_key(r.name): r for r in reasons}

    @classmethod
    def shipped(cls) -> ReasonCatalog:
        return _shipped()

    def find(self, text: str) -> Reason | None:
        return self._by_key.get(reason_key(text))

    def canonical(self, text: str) -> tuple[str, bool]:
        """The guide's spelling and True, or the text as given and False (kept, flagged)."""
        found = self.find(text)
        return (found.name, True) if found else (text.strip(), False)


@cache
def _shipped() -> ReasonCatalog:
    text = resource("quarantine_reasons.csv").read_text(encoding="utf-8-sig")
    rows = csv.DictReader(io.StringIO(text))
    return ReasonCatalog(
        [
            Reason(r["category"], r["reason"], r["description"], r["recommended_action"])
            for r in rows
        ]
    )
