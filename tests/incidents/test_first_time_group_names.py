"""A follow-up's "for the first time" warning names the groups in the kit's language: a
Polish dry run said "W grupach: Everyone (all) 3." though the bundle names the group
"Wszyscy partnerzy" in Polish (groups.csv `name.pl`), as the incident page and the report
already did. English keeps the bundle's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.incidents.test_first_time_audience import JOINED, PROMISE, _bundle, _fields
from tests.support.cli import CliRunner
from tests.support.lang_bundle import CONTACTS

GROUPS = "id,name,description,name.pl\nall,Everyone,every partner,Wszyscy partnerzy\n"


@pytest.mark.parametrize(
    ("language", "said"),
    [("pl", "W grupach: Wszyscy partnerzy (all) 3."), ("en", "In the groups: Everyone (all) 3.")],
)
def test_the_newcomers_groups_are_named_in_the_kits_language(
    cli: CliRunner, tmp_path: Path, language: str, said: str
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    _bundle(cli, tmp_path, 1, CONTACTS, GROUPS)
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    ).out.strip()
    initial = {
        "customer_impact": "SMS MT traffic is not delivered.",
        "start_time": "2026-11-30 21:40 UTC",
        "next_update": PROMISE.isoformat(),
    }
    fields = _fields(tmp_path, "initial", initial)
    assert cli("incident", "notify", ref, "--stage", "initial", "--fields", fields).code == 0
    assert cli("incident", "told", ref, "--how", "phoned every NOC").code == 0
    _bundle(cli, tmp_path, 2, CONTACTS + JOINED, GROUPS)  # three more partners in the group `all`
    update = {"customer_impact": "Still no MT.", "progress": "Vendor on site."}
    fields = _fields(tmp_path, "update", {**update, "next_update": PROMISE.isoformat()})
    dry = cli.subprocess(
        "incident", "notify", ref, "--stage", "update", "--fields", fields, "--dry-run",
        env={"OUTAGE_KIT_LANG": language},
    )  # fmt: skip
    assert dry.code == 0, dry.out + dry.err
    assert said in dry.out, dry.out
