"""Amounts and dates in the command line's human output follow the kit's language (issue
15: "dates and numbers follow the locale"), as a real second process prints them: Polish
writes 12 345,60 SEK (a non-breaking space groups, a comma before the grosze) and
1.12.2026 05:30:07; English keeps 12,345.60 SEK and the ISO day. --json never changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app import i18n
from app.backlog.importer import BacklogImporter
from app.kit import Kit
from tests.backlog.conftest import HEADER
from tests.support.cli import CliRunner

ROWS = (
    "Q000001,101,CDR_101.csv,Carrier North,CDR,46700000001,TK1,Quarantine,No Tariff Found,"
    "2026-12-01 05:30:07,2026-12-01,,12345.60,SEK,60",
    "Q000002,101,CDR_101.csv,Carrier North,CDR,46700000002,TK1,Quarantine,No Tariff Found,"
    "2026-11-30 23:05:00,2026-12-01,,145.02,SEK,60",
)


def _line(out: str, quarantine_id: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(quarantine_id))


def test_backlog_query_writes_amounts_and_days_in_the_kits_language(
    kit: Kit,
    importer: BacklogImporter,
    write_csv: Callable[..., Path],
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    importer.run(write_csv([HEADER, *ROWS]))
    kit.store.close()

    polish = cli.subprocess("backlog", "query", env={i18n.ENV_NAME: "pl"})
    assert polish.code == 0, polish.err
    first, second = _line(polish.out, "Q000001"), _line(polish.out, "Q000002")
    assert "1.12.2026 05:30:07" in first and "12\u00a0345,60 SEK" in first, first
    assert "30.11.2026 23:05:00" in second and "145,02 SEK" in second, second
    assert "2026-12-01" not in polish.out and "145.02" not in polish.out

    english = cli.subprocess("backlog", "query", env={i18n.ENV_NAME: "en"})
    assert english.code == 0, english.err
    first, second = _line(english.out, "Q000001"), _line(english.out, "Q000002")
    assert "2026-12-01 05:30:07" in first and "12,345.60 SEK" in first, first
    assert "2026-11-30 23:05:00" in second and "145.02 SEK" in second, second

    # chosen in Settings (the data folder's choice) rather than by the environment
    monkeypatch.delenv(i18n.ENV_NAME)
    chosen = cli.subprocess("settings", "language", "pl", env={"LANG": "C.UTF-8"})
    assert chosen.code == 0, chosen.err
    again = cli.subprocess("backlog", "query", env={"LANG": "C.UTF-8"})
    assert _line(again.out, "Q000002") == _line(polish.out, "Q000002")

    machine = [
        json.loads(cli.subprocess("--json", "backlog", "query", env={i18n.ENV_NAME: code}).out)
        for code in ("pl", "en")
    ]
    assert machine[0] == machine[1]
    record = next(r for r in machine[0]["records"] if r["quarantine_id"] == "Q000001")
    assert (record["amount_minor"], record["call_date"]) == (1234560, "2026-12-01T05:30:07")
