"""A stored wall-clock time reads the same for people however it is written: the form
billing writes ('2026-12-28T23:59:00'), cut out of the text for the Backlog's cells, and
every other form `datetime.fromisoformat` reads, through `wall_text`."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from app.localfmt import stored_wall_text, wall_text


def _expected(text: str, *, seconds: bool, language: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return wall_text(moment, seconds=seconds, language=language)


def _texts() -> list[str]:
    rng = random.Random(18)
    start = datetime(1, 1, 1)
    texts = []
    for _ in range(300):
        moment = start + timedelta(seconds=rng.randrange(0, 10_000 * 365 * 86400))
        iso = moment.isoformat()
        texts += [iso, iso.replace("T", " "), iso[:16], iso + ".25", iso + "+01:00"]
    return [
        *texts,
        "2026-12-28T23:59+01",
        "2026-12-28T23:59Z",
        "0999-01-02T03:04:05",
        "2026-W52-1T23:59:00",
        "20261228T235900",
        "not a date",
        "",
    ]


@pytest.mark.parametrize("language", ["en", "pl"])
@pytest.mark.parametrize("seconds", [False, True])
def test_a_stored_time_reads_as_wall_text_writes_it(seconds: bool, language: str) -> None:
    for text in _texts():
        assert stored_wall_text(text, seconds=seconds, language=language) == _expected(
            text, seconds=seconds, language=language
        ), text
