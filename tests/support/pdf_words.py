"""A PDF's words with where they stand, page by page (poppler's `pdftotext -bbox`), so a
test can tell which page a row's text landed on and which column it stayed in."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float


def pdf_words(path: Path) -> list[list[Word]]:
    """Each page's words, in the order pdftotext reads them."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    )
    return [
        [
            Word(html.unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4]))
            for m in _WORD.finditer(page)
        ]
        for page in _PAGE.findall(done.stdout)
    ]


def page_text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)
