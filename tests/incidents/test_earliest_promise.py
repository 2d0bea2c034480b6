"""The next-update clock runs to the earliest promise any told partner holds. The initial
notice promised an update within two hours and reached every partner; the first update
promised the next one within forty minutes and reached all but one (an SMS-only partner,
no modem): the partners who have it wait for 40 minutes, not two hours. (The clock kept
saying two hours until the last partner had the update.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.incidents.test_first_time_audience import _bundle, _fields
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
LATE, SOON = NOW + timedelta(hours=2), NOW + timedelta(minutes=40)


def _due(cli: CliRunner, ref: str) -> datetime:
    shown = cli("--json", "incident", "show", ref).json()
    (timer,) = shown["deadlines"]
    return datetime.fromisoformat(timer["due"])


def test_the_clock_runs_to_the_earliest_promise_a_told_partner_holds(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    _bundle(cli, tmp_path, 1, CONTACTS)
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    ).out.strip()
    began = (NOW - timedelta(minutes=30)).strftime("%Y-%m-%d %H:%M UTC")
    start = {"customer_impact": "SMS MT traffic is not delivered.", "start_time": began}
    initial = _fields(tmp_path, "initial", {**start, "next_update": LATE.isoformat()})
    assert cli("incident", "notify", ref, "--stage", "initial", "--fields", initial).code == 0
    assert cli("incident", "told", ref, "--how", "phoned every NOC").code == 0
    assert _due(cli, ref) == LATE

    progress = {"progress": "The SMSC vendor is replacing a card.", "next_update": SOON.isoformat()}
    update = _fields(tmp_path, "update", {"customer_impact": start["customer_impact"], **progress})
    assert cli("incident", "notify", ref, "--stage", "update", "--fields", update).code == 0
    assert _due(cli, ref) == LATE  # queued only: nobody holds the new promise yet
    told = cli("incident", "told", ref, "--how", "phoned", "--partner", "beta nordic")
    assert told.code == 0, told.err
    assert _due(cli, ref) == SOON  # Beta Nordic was promised 40 minutes
