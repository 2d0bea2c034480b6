"""A Polish officer types "wczoraj 23:10", as the kit itself says a time back to them
("wczoraj 23:10 (pn. 30.11.2026 23:10 CET)"): the command line, as a second process in the
Polish kit, takes it — for the detection time, a notice's time field and the promise — and
refuses a word it does not know naming the forms it takes, in Polish. The English kit takes
"yesterday", "today", "tomorrow" the same way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from app.kit import Kit
from app.timefmt import read_time
from tests.support.cli import CliRunner
from tests.support.forms_bundle import officer_zone
from tests.support.officer_bundle import load_officer_bundle

POLISH = {"OUTAGE_KIT_LANG": "pl", "TZ": "Europe/Warsaw"}
WARSAW = {"TZ": "Europe/Warsaw"}


@pytest.fixture
def duty(kit: Kit, tmp_path: Path) -> Iterator[None]:
    """The duty team's bundle in a kit that the command line opens next (store closed)."""
    load_officer_bundle(kit, tmp_path / "src")
    kit.store.close()
    with officer_zone("Europe/Warsaw"):
        yield


def _yesterday_at(hour: int, minute: int) -> datetime:
    day = datetime.now().astimezone().date() - timedelta(days=1)
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def _open(cli: CliRunner, detected: str, env: dict[str, str]) -> tuple[int, str, str]:
    result = cli.subprocess(
        "--json",
        *("incident", "new", "--kind", "disaster", "--title", "Rating stuck"),
        *("--services", "billing", "--detected", detected),
        env=env,
    )
    return result.code, result.out, result.err


def test_the_polish_kit_reads_wczoraj_dzis_jutro(
    cli: CliRunner, duty: None, tmp_path: Path
) -> None:
    code, out, err = _open(cli, "wczoraj 23:10", POLISH)
    assert code == 0, err
    opened = json.loads(out)
    assert datetime.fromisoformat(opened["detected"]) == _yesterday_at(23, 10)

    # a notice's own time field and the promise, in the words the kit uses itself
    promise = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(hours=2)
    word = "dzisiaj" if promise.date() == datetime.now().astimezone().date() else "jutro"
    fields = tmp_path / "fields.json"
    fields.write_text(
        json.dumps(
            {
                "what_breaks": "Odnowienia nie są naliczane.",
                "began_at": "Wczoraj, 23:10",
                "next_update": f"{word} {promise:%H:%M}",
            }
        ),
        encoding="utf-8",
    )
    notify = cli.subprocess(
        "--json",
        *("incident", "notify", opened["reference"], "--stage", "initial"),
        *("--fields", str(fields)),
        env=POLISH,
    )
    assert notify.code == 0, notify.err
    queued = json.loads(notify.out)
    read = queued["times_read"]
    assert datetime.fromisoformat(read["began_at"]["utc"]) == _yesterday_at(23, 10)
    assert datetime.fromisoformat(read["next_update"]["utc"]) == promise.astimezone(UTC)
    assert datetime.fromisoformat(queued["next_update"]) == promise.astimezone(UTC)

    # said back in the words it was typed in, without --json
    again = cli.subprocess(
        *("incident", "new", "--kind", "disaster", "--title", "Rating stuck"),
        *("--services", "billing", "--detected", "wczoraj 23:10"),
        env=POLISH,
    )
    assert again.code == 0, again.err
    assert "wczoraj 23:10 (" in again.err and "(wpisano 'wczoraj 23:10')" in again.err


def test_the_polish_kit_refuses_an_unknown_word_naming_the_forms(
    cli: CliRunner, duty: None
) -> None:
    code, _out, err = _open(cli, "przedwczoraj 23:10", POLISH)
    assert code != 0 and "Internal error" not in err and "Błąd wewnętrzny" not in err
    assert "'przedwczoraj 23:10' nie jest godziną" in err
    assert "Wpisz np. 05:30 albo 5.30 (dziś), wczoraj 23:10, jutro 06:00," in err
    # a word alone has no time of day: said so, with the example in the same word
    code, _out, err = _open(cli, "wczoraj", POLISH)
    assert code != 0 and "np. wczoraj 05:30" in err


def test_the_english_kit_reads_yesterday_and_refuses_in_english(cli: CliRunner, duty: None) -> None:
    code, out, err = _open(cli, "yesterday 23:10", WARSAW)
    assert code == 0, err
    assert datetime.fromisoformat(json.loads(out)["detected"]) == _yesterday_at(23, 10)
    code, _out, err = _open(cli, "the day before 23:10", WARSAW)
    assert code != 0 and "Internal error" not in err
    assert "Write it like 05:30 or 5.30 (today), yesterday 23:10, tomorrow 06:00," in err


def test_a_day_word_keeps_the_zone_and_the_rules() -> None:
    """The day is the zone's own: 00:20 in Warsaw is still 30 November in UTC."""
    moment = datetime(2026, 11, 30, 23, 20, tzinfo=UTC)  # 1 December 00:20 in Warsaw
    with officer_zone("Europe/Warsaw"):
        assert read_time("yesterday 23:10", now=moment) == datetime(
            2026, 11, 30, 22, 10, tzinfo=UTC
        )
        assert read_time("yesterday 23:10 UTC", now=moment) == datetime(
            2026, 11, 29, 23, 10, tzinfo=UTC
        )
        assert read_time("tomorrow 06:00", now=moment) == datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
        assert read_time("Today, 00:10", now=moment) == datetime(2026, 11, 30, 23, 10, tzinfo=UTC)
