"""The Delivery paths page in Polish lists the last probe's steps in Polish: "sieć: BŁĄD:
szuka sieci", not "network: …" — the modem's own identifiers (AT, SIM) as they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.delivery.service import Delivery
from app.kit import Kit
from app.ui.language import install_language
from app.ui.outbox.paths_page import PathsPage
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.modem_sim import ModemSim


def test_the_paths_page_reads_the_probe_in_polish(
    qtbot: QtBot, kit: Kit, delivery: Delivery
) -> None:
    install_language("pl")  # (the autouse fixture puts English back)
    i18n.install("pl")
    sim = ModemSim()
    try:
        sim.registration = "2"
        set_delivery_doc(kit, f'[modem]\nport = "{sim.port}"\nbaud = 115200\n')
        page = PathsPage(lambda: delivery)
        qtbot.addWidget(page)
        page.reload()
        page.show_probes(delivery.probe())
    finally:
        sim.close()
    item = page.list.item(0)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = page.details.text()
    assert "AT: modem odpowiada<br>SIM: gotowa<br>sieć: BŁĄD: szuka sieci" in shown, shown
    assert "network" not in shown and "NIE DZIAŁA" in shown, shown
