"""The period report in Polish (issue 15): its headings, summary, tables, charts and totals
are in the kit's language; the partners' own notice text is quoted as they read it."""

from __future__ import annotations

import re
from datetime import timedelta

from app import i18n
from app.reports.period import gather_period, period_document
from tests.reports.conftest import T0, Night

#: what the period report printed in English whatever the kit's language
ENGLISH = (
    "Partner communication during incidents",
    "In short",
    "began in the period",
    "unplanned outage",
    "The first notice was",
    "update time promised",
    "to partners:",
    "Written off in the period",
    ">Totals<",
    ">Trends<",
    ">Each incident<",
    "Write-offs by reason",
    "Messages out per delivery path",
    "Missed update promises",
    "Late first notices",
    "Report made",
    "Longest outage",
    ">Reference<",
    ">Lasted<",
    "Kept: update promises kept",
)


def test_the_period_report_speaks_polish(night: Night) -> None:
    i18n.install("pl")
    day = T0.date()
    figures = gather_period(night.kit.store.conn, day, day + timedelta(days=1), actor="test")
    page = period_document(figures).html
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())

    assert '<html lang="pl">' in page
    assert "Komunikacja z partnerami podczas incydentów" in text
    assert "1 incydent rozpoczął się w tym okresie: 1 nieplanowana awaria, prace planowane: 0." in (
        text
    )
    assert "Pierwsze powiadomienie wyszło PO TERMINIE w 1 z 1 awarii" in text
    assert "Obiecano 2 terminy aktualizacji: DOTRZYMANE: 1, NIEDOTRZYMANE: 1." in text
    assert "Odpisy według przyczyny" in text and "Najdłuższa awaria" in text
    assert "Wiadomości w stanie „wysłana”" in text  # the count of each state, the state in Polish
    left = [english for english in ENGLISH if english in page]
    assert not left, left
