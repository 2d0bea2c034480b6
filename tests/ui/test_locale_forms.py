"""The kit writes dates and numbers itself (app.localfmt: the core and the command line never
import Qt), so the window, `backlog query` and a report say one amount the same way. Its
Polish must be what Qt (CLDR) writes for pl_PL, its English the en_GB grouping with the
kit's ISO dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale

from app import localfmt
from app.ui.language import locale_for

NUMBERS = (0, 7, 999, 1000, 1234, 9999, 10000, 12345, 999999, 1234567, 100000000, -1234, -12345)
DAYS = (date(2026, 1, 5), date(2026, 12, 1), date(2027, 10, 31))


@pytest.mark.parametrize("code", ["en", "pl"])
def test_counts_and_amounts_are_what_qt_writes(code: str) -> None:
    locale = locale_for(code)
    for number in NUMBERS:
        assert localfmt.count_text(number, language=code) == locale.toString(number)
    for minor in (0, 5, 14502, 123456, 1234567, -99, -1234567):
        whole = locale.toString(abs(minor) // 100)
        sign = locale.negativeSign() if minor < 0 else ""
        expected = f"{sign}{whole}{locale.decimalPoint()}{abs(minor) % 100:02d}"
        assert localfmt.amount_text(minor, language=code) == expected


def test_polish_days_are_qts_short_form() -> None:
    locale = locale_for("pl")
    for day in DAYS:
        shown = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
        assert localfmt.day_text(day, language="pl") == shown
    assert localfmt.day_text(date(2026, 12, 1), language="pl") == "1.12.2026"
    assert localfmt.day_text(date(2026, 12, 1), language="en") == "2026-12-01"


def test_polish_money_groups_with_a_non_breaking_space() -> None:
    assert localfmt.money_text(14502, "SEK", language="pl") == "145,02 SEK"
    assert localfmt.money_text(1234567, "SEK", language="pl") == "12\u00a0345,67 SEK"
    assert localfmt.money_text(1234567, "SEK", language="en") == "12,345.67 SEK"
    assert localfmt.money_text(1234567, language=localfmt.MACHINE) == "12345.67"
    moment = datetime.fromisoformat("2026-12-01T05:30:00+00:00")
    assert localfmt.moment_text(moment, language=localfmt.MACHINE).startswith("2026-12-01 ")
