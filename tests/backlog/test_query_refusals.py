"""`backlog query` with a limit that shows nothing, or a status the kit does not know: refused
with a message saying what to give instead — never a quiet page of one record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner


def test_non_positive_limit_and_unknown_status_are_refused(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backlog", "import", str(write_csv([HEADER, *sample_rows(5)]))).code == 0

    for limit in ("0", "-5", "many"):
        refused = cli("backlog", "query", "--limit", limit)
        assert refused.code == 2, limit
        assert refused.out == ""  # no records shown
        assert "is not a number of records; give 1 or more" in refused.err
    assert cli("--json", "backlog", "query", "--limit", "2").json()["total"] == 5

    unknown = cli("backlog", "query", "--status", "nonsense")
    assert unknown.code != 0 and unknown.out == ""
    assert "'nonsense' is not a status; use one of quarantined, pending, cleansed," in unknown.err
