"""A handed-off copy of an older notice is not owed once a later notice reached its partner
(the walk of session 15): closing held only the uncertain such copies, so the close, the
closed incident's page and `incident show` still asked the officer to confirm a webmail
copy of the initial notice whose partner had the resolution. The resolution reaches every
partner through a real relay in a process of its own; the officer closes in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_section
from tests.ui.test_copy_standing_words import _outage


def _resolved_after_a_webmail_initial(
    store: Store, tmp_path: Path, relay: RelayProcess
) -> tuple[str, int]:
    """One partner's initial e-mail handed off as webmail (never confirmed), the others sent;
    then the resolution reached every partner through `relay`. The store is closed."""
    kit, incident = _outage(store, tmp_path)
    delivery = make_delivery(kit)
    handed = delivery.outbox.queued_ids(channel="email")[0]
    delivery.outbox.hand_off([handed], path="webmail")
    set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
    make_delivery(kit).send()
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    service.notify(
        service.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:10 UTC"}
    )
    report = make_delivery(kit).send()
    assert report.sent == 4 and not report.left_queued, report
    kit.close()
    return incident.reference, handed


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _nothing_owed(cli: CliRunner, reference: str, handed: int) -> None:
    shown = cli("incident", "show", reference).out
    assert "handed off" not in shown and "Mark sent" not in shown, shown
    [copy] = [m for m in cli("--json", "outbox", "list").json()["messages"] if m["id"] == handed]
    assert copy["state"] == "held", copy
    assert f"a later notice of {reference} reached the partner" in copy["last_reply"], copy


def test_closing_in_the_window_asks_nothing_of_a_superseded_handed_off_copy(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        reference, handed = _resolved_after_a_webmail_initial(store, tmp_path, relay)
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=reference)
    page = section.page
    assert page.close_button.isEnabled(), page.close_button.toolTip()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    ask = section.confirm
    assert isinstance(ask, QMessageBox)
    qtbot.mouseClick(ask.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.kit is not None
    closed = IncidentService(
        conn=window.kit.store.conn, audit=window.kit.audit, settings=window.kit.settings
    ).get(reference)
    assert not closed.is_open
    said = [box.informativeText() for box in _boxes()]
    assert not any("still wait" in text for text in said), said
    assert (
        Outbox(conn=window.kit.store.conn, audit=window.kit.audit).messages(state="handed-off")
        == []
    )
    _nothing_owed(cli, reference, handed)


def test_incident_close_owes_nothing_for_a_superseded_handed_off_copy(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        reference, handed = _resolved_after_a_webmail_initial(store, tmp_path, relay)
    closed = cli("--json", "incident", "close", reference)
    assert closed.code == 0, closed.err
    assert closed.json()["still_owed"] == {}, closed.out
    assert cli("incident", "close", reference).code != 0  # closed once
    _nothing_owed(cli, reference, handed)
