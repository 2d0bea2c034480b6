"""An amount finer than a cent is refused naming the value, never rounded in silence.

Rating exports carry per-event charges such as 0.004 or 12.345: read as cents they became
0.00 and 12.34 (banker's rounding) with no word, so a file of such charges totalled wrong
in the write-off report. Found walking `backlog import` with a hand-written rating CSV.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.support.cli import CliRunner

HEAD = "QID,Supplier,Service Number,Error,Usage Date,Charge,Currency"


def test_an_amount_finer_than_a_cent_is_refused_not_rounded(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    rows = [
        HEAD,
        "R-1,Carrier East,4811,No Tariff Found,2026-12-01,12.345,EUR",
        "R-2,Carrier East,4812,No Tariff Found,2026-12-01,-0.004,EUR",
        "R-3,Carrier East,4813,No Tariff Found,2026-12-01,2.500,EUR",
        "R-4,Carrier East,4814,No Tariff Found,2026-12-01,7.25,EUR",
    ]
    result = cli("--json", "backlog", "import", "--kind", "rating", str(write_csv(rows)))

    assert result.code == 1  # some rows refused, the good ones in
    assert result.json()["inserted"] == 2
    assert [p["line"] for p in result.json()["problems"]] == [2, 3]
    assert "'12.345'" in result.err and "cent" in result.err
    stored = cli("--json", "backlog", "query").json()["records"]
    assert sorted(r["amount_minor"] for r in stored) == [250, 725]


def test_a_semicolon_files_1_234_is_refused_as_ambiguous_not_as_finer_than_a_cent(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    """A ';' export presumes decimal commas while no amount shows its mark: its "1,234"
    read that way is 1.234, finer than a cent — more likely one thousand two hundred and
    thirty-four, so the officer is told its two readings (as a ',' export is), not that
    the kit keeps cents."""
    assert cli("init", "--operator", "Night Duty").code == 0
    rows = [
        HEAD.replace(",", ";"),
        "S-1;Carrier East;4811;No Tariff Found;2026-12-01;1,234;EUR",
        "S-2;Carrier East;4812;No Tariff Found;2026-12-01;5;EUR",
    ]
    export = write_csv(rows, name="rating.csv")
    result = cli("backlog", "import", "--kind", "rating", str(export))

    assert result.code == 1
    assert "line 2, Charge: '1,234' could be 1234 or 1.234" in result.err, result.err
    assert "finer than a cent" not in result.err
    stored = cli("--json", "backlog", "query").json()["records"]
    assert [r["amount_minor"] for r in stored] == [500]
