"""An older copy never reaches a partner after a newer notice of the same incident did (a
tester's finding: "Send again" on an uncertain initial notice sent "Service disruption… next
update by 23:59" sixteen minutes after that partner's "Resolved", even after the close).

The outage's initial notice is cut off after DATA for one partner (uncertain), then the
resolution reaches every partner over a real relay in a process of its own. Send again is
refused, in the window and on the command line, saying what reached them since and what to
do: No longer needed (`outbox settle ID --as superseded`), which holds the copy, audited.
Closing the incident holds it too: nothing asks the officer about it after the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.errors import UserError
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import make_delivery, queue, send_cut_once_after_data, set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_section
from tests.ui.test_copy_standing_words import _outage

INITIAL_SUBJECT = "Service disruption"


def _resolved_after_an_uncertain_initial(
    store: Store, tmp_path: Path, relay: RelayProcess
) -> tuple[str, int]:
    """The incident's reference and its uncertain initial copy; the resolution reached every
    partner through `relay`. The store is closed."""
    kit, incident = _outage(store, tmp_path)
    send_cut_once_after_data(kit)
    [uncertain] = Outbox(conn=kit.store.conn, audit=kit.audit).messages(state="uncertain")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    service.notify(
        service.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:10 UTC"}
    )
    set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
    report = make_delivery(kit).send()
    assert report.sent == 4 and not report.left_queued, report
    kit.close()
    assert len(relay.received()) == 4  # every partner has the resolution
    return incident.reference, uncertain.id


def _initial_copies(relay: RelayProcess) -> list[str]:
    return [str(m["Subject"]) for m in relay.received() if INITIAL_SUBJECT in str(m["Subject"])]


def test_send_again_refused_on_the_command_line_then_settled_as_superseded(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        reference, message = _resolved_after_an_uncertain_initial(store, tmp_path, relay)
        again = cli("outbox", "settle", str(message), "--as", "resend")
        assert again.code != 0
        said = " ".join(again.err.split())
        assert f"Message {message} is not sent again" in said, said
        assert f"a later notice of {reference} (resolution) reached" in said, said
        assert f"'outage-kit outbox settle {message} --as superseded'" in said, said
        polish = cli.subprocess(
            "outbox", "settle", str(message), "--as", "resend", env={"OUTAGE_KIT_LANG": "pl"}
        )
        said = " ".join(polish.err.split())
        assert polish.code != 0 and "nie zostanie wysłana ponownie" in said, said
        assert f"późniejsze powiadomienie {reference} (usunięcie awarii) dotarło" in said, said
        sent = cli("outbox", "send")
        assert _initial_copies(relay) == [], sent.out  # the stale notice never left
        assert "uncertain" in sent.out  # it still waits for the officer: said

        done = cli("outbox", "settle", str(message), "--as", "superseded")
        assert done.code == 0, done.err
        assert "held as no longer needed" in done.out, done.out
        [held] = [
            m
            for m in cli("--json", "outbox", "list", "--state", "held").json()["messages"]
            if m["id"] == message
        ]
        assert f"a later notice of {reference} reached the partner" in held["last_reply"]
        assert "uncertain" not in cli("outbox", "send").out  # nothing left to settle
        assert _initial_copies(relay) == []
        entries = cli("--json", "audit", "list").json()
        assert any(
            e["action"] == "outbox.held" and e["details"].get("message") == message for e in entries
        ), entries[:3]
        # a copy nothing later reached is still needed: not settled as superseded
        not_needed = cli("outbox", "settle", str(message), "--as", "superseded")
        assert not_needed.code != 0 and "only uncertain or handed-off" in not_needed.err


def test_closing_holds_the_uncertain_older_copy_and_stops_asking(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        reference, message = _resolved_after_an_uncertain_initial(store, tmp_path, relay)
        closed = cli("incident", "close", reference)
        assert closed.code == 0, closed.err
        again = cli("outbox", "settle", str(message), "--as", "resend")
        assert again.code != 0  # held: nothing sends it
        sent = cli("outbox", "send")
        assert "uncertain" not in sent.out and "settle" not in sent.out, sent.out
        assert _initial_copies(relay) == []
        [held] = [
            m for m in cli("--json", "outbox", "list").json()["messages"] if m["id"] == message
        ]
        assert held["state"] == "held", held
        assert f"a later notice of {reference} reached the partner" in held["last_reply"]


def test_send_again_in_the_window_offers_no_longer_needed(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    with relay_process(tmp_path / "relay") as relay:
        reference, message = _resolved_after_an_uncertain_initial(store, tmp_path, relay)
        window, box = unlocked_section(qtbot, paths, OutboxSection)
        incidents = window.show_section("Incidents")
        assert isinstance(incidents, IncidentsSection)
        incidents.reload(select=reference)
        said = incidents.page.delivery.text()
        assert "1 copy UNCERTAIN" in said and "a later notice has reached" in said, said
        assert "No longer needed" in said and "else Send again" not in said, said
        window.show_section("Outbox")
        box.reload()
        [row] = [r for r in range(box.model.rowCount()) if box.model.row_at(r).id == message]
        box.table.selectRow(row)
        details = box.details.toPlainText()
        assert f"Since it, a later notice of {reference} (resolution) reached" in details
        assert box.unneeded_button.isEnabled() and box.resend_button.isEnabled()
        install_language("pl")
        box.table.clearSelection()
        box.table.selectRow(row)
        assert "późniejsze powiadomienie" in box.details.toPlainText(), box.details.toPlainText()
        install_language("en")

        asked: list[str] = []

        def answer() -> None:
            question = box.superseded_box
            assert question is not None
            asked.append(question.text() + " " + question.informativeText())
            [unneeded] = [
                b
                for b in question.findChildren(QAbstractButton)
                if b.text() == "Mark them no longer needed"
            ]
            qtbot.mouseClick(unneeded, Qt.MouseButton.LeftButton)

        QTimer.singleShot(300, answer)
        qtbot.mouseClick(box.resend_button, Qt.MouseButton.LeftButton)
        assert asked and "will not be sent again" in asked[0], asked
        assert f"#{message}: a later notice of {reference} (resolution)" in asked[0], asked
        outbox = box.delivery.outbox
        assert outbox.get(message).state == "held"
        assert not box.resend_button.isEnabled()  # held: nothing to settle any more
        assert outbox.counts()["queued"] == 0
        box.runner.send()
        qtbot.waitUntil(lambda: box.runner.sending is None, timeout=20000)
        assert _initial_copies(relay) == []  # the stale notice never reached the partner
        assert len(relay.received()) == 4


def test_a_copy_nothing_later_reached_is_still_needed(kit: Kit) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [message] = queue(kit, ["ops@example.com"])
    assert outbox.claim(message.id, path="relay")
    assert outbox.recover_interrupted() == [message.id]  # a crash: uncertain
    delivery = make_delivery(kit)
    with pytest.raises(UserError, match=f"Message {message.id} is still needed"):
        delivery.settle(message.id, as_="superseded")
    assert delivery.settle(message.id, as_="resend").state == "queued"
