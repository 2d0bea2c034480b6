"""`audit list` in Polish reads each entry's details as "key: value" pairs with the keys
(and the stored words among the values) in Polish; `--json` keeps the stored details, and
the chain still verifies (issue 15). Each command is a second process."""

from __future__ import annotations

import json
from pathlib import Path

from app.kit import Kit
from app.paths import KitPaths
from tests.support.audit_entries import HELD, HELD_PL, OPENED, OPENED_PL, write_entries
from tests.support.cli import CliRunner

POLISH = {"OUTAGE_KIT_LANG": "pl"}


def test_audit_list_in_polish_names_the_details(
    kit: Kit, paths: KitPaths, passphrase_file: Path
) -> None:
    write_entries(kit.audit)
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)

    shown = cli.subprocess("audit", "list", "--limit", "2", env=POLISH).out.splitlines()
    assert shown[0].endswith(f"  outbox.held               {HELD_PL}"), shown
    assert shown[1].endswith(f"  incident.opened           {OPENED_PL}"), shown
    assert '"reference"' not in "\n".join(shown)

    english = cli.subprocess("audit", "list", "--limit", "1", env={"OUTAGE_KIT_LANG": "en"})
    assert english.out.rstrip().endswith(
        "messages: 3, 4; was: queued; channel: e-mail; reply: held by the officer; "
        'zone_hint: {"tz": "Europe/Warsaw"}'
    ), english.out

    data = json.loads(cli.subprocess("--json", "audit", "list", "--limit", "2", env=POLISH).out)
    assert [e["details"] for e in data] == [HELD, OPENED]  # as stored, in English keys
    assert [list(e["details"]) for e in data] == [list(HELD), list(OPENED)]  # writer's order
    assert cli.subprocess("audit", "verify", env=POLISH).code == 0
