"""One Polish word for telling partners: the kit says "powiadomić" ("powiadom partnerów",
"powiadomiono 3 z 7") everywhere, and the incident page's own guidance said "poinformuj",
"nie zostali poinformowani", "Poinformowano inaczej" (a walk read both on one page). Driven
through the page of an outage opened on the command line: its guidance, its initial-notice
dialog, its Told another way dialog — and no Polish translation uses the other verb."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.incidents.test_window import Officer
from tests.support.unlocked import small_window

POLISH = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "outage_kit_pl.ts"
OTHER_VERB = re.compile(r"poinform", re.IGNORECASE)


def _texts(widget: QLabel | QPushButton | FollowUpDialog | ToldDialog) -> str:
    """Every label, button and tooltip the widget shows, and its title."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
        found += [child.text(), child.toolTip()]
    return "\n".join(found)


def test_the_incident_page_says_powiadom_as_the_rest_of_the_kit(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", free_port(), "none")))  # down
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    reference = service.create("disaster", "Rating engine stalled", ["sms"]).reference
    window = small_window(qtbot, store, paths, "pl")
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=reference)
    page = section.page
    said = _texts(page)
    assert "partnerzy nie zostali powiadomieni" in page.why.text(), page.why.text()
    assert not OTHER_VERB.search(said), said

    officer = Officer(qtbot)
    officer.click(page.initial_button)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    said = _texts(dialog)
    assert "żaden partner nie został jeszcze powiadomiony" in said, said
    assert not OTHER_VERB.search(said), said
    officer.type(dialog.form.editors["impact"], "Saldo prepaid nie jest aktualizowane.")
    officer.type(dialog.form.editors["actions"], "Restart silnika taryfikacji.")
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    officer.click(dialog.queue)

    section.reload(select=reference)
    qtbot.waitUntil(lambda: page.told_button.isVisible(), timeout=10000)
    officer.click(page.told_button)
    told = section.asking
    assert isinstance(told, ToldDialog)
    said = _texts(told)
    assert "Przekazano inaczej" in said and "Jak ich powiadomiłeś?" in said, said  # as its button
    assert not OTHER_VERB.search(said), said
    told.reject()
    assert not OTHER_VERB.search(_texts(page)), _texts(page)


def test_no_polish_translation_uses_the_other_verb() -> None:
    text = POLISH.read_text(encoding="utf-8")
    translations = re.findall(r"<(?:translation|numerusform)[^>]*>([^<]*)<", text)
    assert translations
    assert [t for t in translations if OTHER_VERB.search(t)] == []
