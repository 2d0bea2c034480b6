"""Told another way names the partners told: `incident told --partner` (a name without
Polish letters, an address, a number as written) records that partner's messages on every
channel and leaves the others waiting; a name that is no waiting partner changes nothing
and says who is waiting. (A tester phoned one partner and the kit recorded another
partner's SMS as told.)"""

from __future__ import annotations

from pathlib import Path

from tests.incidents.test_first_time_audience import PROMISE, _bundle, _fields
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS


def _waiting(cli: CliRunner, ref: str) -> list[tuple[str, str]]:
    listed = cli("--json", "outbox", "list", "--incident", ref).json()
    rows = listed["messages"] if isinstance(listed, dict) else listed
    return sorted((m["recipient"], m["state"]) for m in rows)


def test_told_names_the_partner_and_leaves_the_others_waiting(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    _bundle(cli, tmp_path, 1, CONTACTS)
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    ).out.strip()
    fields = _fields(
        tmp_path,
        "initial",
        {
            "customer_impact": "SMS MT traffic is not delivered.",
            "start_time": "2026-11-30 21:40 UTC",
            "next_update": PROMISE.isoformat(),
        },
    )
    assert cli("incident", "notify", ref, "--stage", "initial", "--fields", fields).code == 0
    before = _waiting(cli, ref)
    assert len(before) == 7 and {s for _, s in before} == {"queued"}

    told = cli("--json", "incident", "told", ref, "--how", "phoned", "--partner", "beta nordic")
    assert told.code == 0 and told.json()["messages"] == 2  # its e-mail and its SMS
    by_number = cli("--json", "incident", "told", ref, "--how", "rang", "--partner", "+55 11 0000")
    assert by_number.json()["messages"] == 2  # Delta: the number names the partner
    after = dict(_waiting(cli, ref))
    assert after["noc@beta.example.com"] == "sent" and after["noc@delta.example.com"] == "sent"
    assert after["ops@alpha.example.com"] == "queued"
    assert after["betrieb@gamma.example.net"] == "queued"

    unknown = cli("incident", "told", ref, "--how", "phoned", "--partner", "Omega Telecom")
    assert unknown.code == 2 and "nothing was recorded" in unknown.err
    assert "Alpha Media (Ops desk)" in unknown.err and "Gamma Spiele (Betrieb)" in unknown.err
    assert dict(_waiting(cli, ref)) == after
