"""A currency is a code of ISO 4217 in use, not any three letters (issue s11): "XYZ" or a
typo ("SKE") would add its amounts up under a currency of its own on the dashboard and in
the write-off report. The import refuses the row naming the code; a withdrawn code says
which replaced it; lower case is still read ("eur")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.backlog.currencies import ACTIVE, WITHDRAWN
from tests.backlog.test_import_checks import OWN_HEADER, own_row
from tests.support.cli import CliRunner


def test_the_list_holds_the_codes_in_use_and_not_the_withdrawn_ones() -> None:
    assert {"EUR", "USD", "PLN", "SEK", "NOK", "DKK", "CHF", "GBP", "XCG", "ZWG"} <= ACTIVE
    assert not ACTIVE & set(WITHDRAWN)
    assert all(len(c) == 3 and c.isalpha() and c.isupper() for c in ACTIVE)
    assert 170 < len(ACTIVE) < 190


def test_a_code_that_is_no_currency_is_refused_by_the_command_line(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    export = write_csv(
        [
            OWN_HEADER,
            own_row("M-1", currency="XYZ"),
            own_row("M-2", currency="eur"),
            own_row("M-3", currency="HRK"),
            own_row("M-4", currency="SKE"),
            own_row("M-5", currency="SEK"),
        ],
        name="kestrel-voice.csv",
    )
    done = cli.subprocess("backlog", "import", "--kind", "rating", str(export))
    assert done.code == 1 and "Internal error" not in done.err
    assert (
        "line 2, Currency: XYZ is not an ISO 4217 currency code in use (such as EUR, USD, "
        "PLN, SEK, NOK): check the Currency column for a typo"
    ) in done.err
    assert "line 5, Currency: SKE is not an ISO 4217 currency code in use" in done.err
    assert "line 4, Currency: HRK is a withdrawn currency: it was replaced by EUR" in done.err
    listed = cli("--json", "backlog", "query").json()["records"]
    stored = {r["quarantine_id"]: r["currency"] for r in listed}
    assert stored == {"M-2": "EUR", "M-5": "SEK"}
