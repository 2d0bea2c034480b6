"""Every place of the incident page counts the same partners not told (a new user's walk:
the page's timer and the top bar said "initial notice: 1 partner not told, copy refused"
while the list said "2 partners not told" and the page "2 of 4 partners told — 1 queued,
1 refused": the partner whose copy was only queued was left out of the first). A notice
only queued has told nobody: every place counts the partners the notice still owes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import TIMER_COLUMN, IncidentsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into
from tests.support.unlocked import close_kit, unlocked_section

INITIAL = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC"}
BUSY = "noc@beta.example.com"  # a 451 once: its copy queued again, Beta not told
REFUSED = "betrieb@gamma.example.net"  # a 550: Gamma (e-mail only) not told


def test_every_place_counts_the_queued_partner_as_not_told(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")  # Alpha, Beta, Delta: e-mail and SMS; Gamma: e-mail
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    with relay_process(tmp_path / "relay", busy=[BUSY], unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # Alpha and Delta told; Beta queued; Gamma refused
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    section.tick()
    page = section.page
    assert "2 of 4 partners told — 1 queued, 1 refused" in page.delivery.text()
    listed = section.model.index(0, TIMER_COLUMN).data(Qt.ItemDataRole.DisplayRole)
    assert "2 partners not told" in listed, listed
    for said in (page.timer.text(), section.urgent.text()):
        # ("partner(s)" until `make translations` gives the new sentence its English plural)
        assert re.search(r"2 partners?(\(s\))? not told, 1 of them refused: phone those", said)
        assert "1 partner not told" not in said, said
    shown = cli("incident", "list").out  # the command line counts them the same
    assert re.search(r"2 partners?(\(s\))? not told, 1 of them refused", shown), shown
    assert "1 partner not told" not in shown, shown
    assert window.kit is not None
    close_kit(window)
