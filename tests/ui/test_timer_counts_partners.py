"""The incidents list's timer counts the partners not told, as the page and the top bar do
(a new user's walk: "notify by 11:35 · 54 s left · not delivered" when 3 of 4 partners had
the initial notice), and the alert banner does not say "(it is due)" while the top bar says
"54 s left"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.timefmt import now
from app.ui.incidents.section import TIMER_COLUMN, IncidentsSection
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_section
from tests.ui.test_copy_standing_words import INITIAL, REFUSED, _service


def test_the_timer_says_how_many_partners_are_not_told(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit, service = _service(store, tmp_path)
    # detected 12 minutes ago: the 15-minute notify deadline is near, its alert raised
    incident = service.create(
        "disaster", "SMS down", ["sms"], detected=now() - timedelta(minutes=12)
    )
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    with relay_process(tmp_path / "relay", unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # 3 of 4 partners told, 1 refused (550)
    kit.close()
    _window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    section.tick()
    timer = section.model.index(0, TIMER_COLUMN).data(Qt.ItemDataRole.DisplayRole)
    assert "1 partner not told" in timer and "not delivered" not in timer, timer
    assert "left" in section.urgent.text(), section.urgent.text()
    banner = section.banner.text()
    assert section.banner.isVisible() and "notify partners by" in banner, banner
    assert "(it is due)" not in banner, banner
    listed = cli("incident", "list").out
    assert "1 partner not told" in listed, listed
    install_language("pl")
    section.reload(select=incident.reference)
    section.tick()
    timer = section.model.index(0, TIMER_COLUMN).data(Qt.ItemDataRole.DisplayRole)
    assert "1 niepowiadomiony" in timer and "niedostarczone" not in timer, timer
    install_language("en")
