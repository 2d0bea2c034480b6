"""The Outbox section driven like an officer would, with a real SMTP server behind it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.kit import Kit
from app.ui.outbox.handoff_dialog import HandOffDialog
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import LocalCA, delivery_toml, free_port, smtp_server


@pytest.fixture
def sections(kit: Kit) -> Iterator[list[OutboxSection]]:
    """Sections stop before the store closes, as the window stops them before it locks."""
    made: list[OutboxSection] = []
    yield made
    for section in made:
        section.shutdown()
    QThreadPool.globalInstance().waitForDone()


def make_section(qtbot: QtBot, kit: Kit, sections: list[OutboxSection]) -> OutboxSection:
    section = OutboxSection(kit)
    qtbot.addWidget(section)
    sections.append(section)
    qtbot.waitUntil(lambda: section.runner.probing is None and bool(section.lights.probes))
    return section


def select(section: OutboxSection, ids: set[int]) -> None:
    selection = section.table.selectionModel()
    selection.clearSelection()
    for row in range(section.model.rowCount()):
        if section.model.row_at(row).id in ids:
            selection.select(
                section.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_send_from_the_window_with_failover_and_the_count_in_the_label(
    qtbot: QtBot, kit: Kit, test_ca: LocalCA, sections: list[OutboxSection]
) -> None:
    with smtp_server("starttls", ca=test_ca) as relay:
        set_delivery_doc(
            kit,
            delivery_toml(
                ("office", free_port(), "tls"),
                ("backup", relay, "starttls"),
                ca_file=test_ca.ca_file,
            ),
        )
        queue(kit, ["alpha@example.com", "beta@example.net", "gamma@example.org"])
        labels: list[str] = []
        section = OutboxSection(kit)
        qtbot.addWidget(section)
        sections.append(section)
        section.label_changed.connect(labels.append)
        section.reload()
        assert labels[-1] == "Outbox (3)"
        # the first probe finds the backup working and sends the queue by itself
        qtbot.waitUntil(lambda: len(relay.recorder.received) == 3, timeout=10000)
        qtbot.waitUntil(lambda: section.runner.sending is None)
        qtbot.waitUntil(lambda: labels[-1] == "Outbox", timeout=5000)
    assert "3 sent (backup: 3)" in section.message.text()
    assert {section.model.row_at(r).state for r in range(3)} == {"sent"}
    assert "office" in section.lights.toolTip() and "DOWN" in section.lights.toolTip()


def test_an_uncertain_message_is_settled_by_the_officer(
    qtbot: QtBot, kit: Kit, monkeypatch: pytest.MonkeyPatch, sections: list[OutboxSection]
) -> None:
    [first, second] = queue(kit, ["alpha@example.com", "beta@example.net"])
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    outbox.claim(first.id, path="relay")
    outbox.claim(second.id, path="relay")  # then the power went out
    section = make_section(qtbot, kit, sections)
    assert "were being sent when the kit stopped" in section.message.text()
    select(section, {first.id})
    assert section.mark_sent_button.isEnabled() and not section.retry_button.isEnabled()
    assert "Attempts:" in section.details.toPlainText()
    section.mark_sent_button.click()
    assert outbox.get(first.id).state == "sent"
    select(section, {second.id})
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    section.resend_button.click()
    assert outbox.get(second.id).state == "queued"
    assert outbox.get(second.id).message_id == second.message_id


def test_webmail_hand_off_opens_batches_through_the_one_opener(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection]
) -> None:
    set_delivery_doc(kit, '[[webmail]]\nname = "gmail"\ncompose_url = "gmail"\n')
    queue(kit, [f"partner{i}@example.com" for i in range(90)])
    section = make_section(qtbot, kit, sections)
    opened: list[str] = []
    dialog = HandOffDialog(section.delivery, opener=lambda url: opened.append(url) or True)
    qtbot.addWidget(dialog)
    assert len(dialog.batches) >= 2
    dialog.open_button.click()
    assert opened == [dialog.batches[0].url]
    section.reload()
    column = next(
        c
        for c in range(section.model.columnCount())
        if section.model.headerData(c, Qt.Orientation.Horizontal) == "Path"
    )
    handed = {
        section.model.data(section.model.index(row, column))
        for row in range(section.model.rowCount())
        if section.model.row_at(row).state == "handed-off"
    }
    assert handed == {"gmail"}  # the Path column says where they went
    assert dialog.sent_button.isEnabled()
    dialog.sent_button.click()
    counts = section.delivery.outbox.counts()
    assert counts["sent"] == len(dialog.batches[0].ids)
    assert dialog.list.currentRow() == 1 and dialog.open_button.isEnabled()


def test_export_eml_from_the_window(
    qtbot: QtBot, kit: Kit, tmp_path: Path, sections: list[OutboxSection]
) -> None:
    queue(kit, ["alpha@example.com", "beta@example.net"])
    section = make_section(qtbot, kit, sections)
    section.export_eml_to(tmp_path / "usb")
    qtbot.waitUntil(lambda: section.eml_export is None, timeout=10000)
    assert len(list((tmp_path / "usb").glob("*.eml"))) == 2
    assert section.delivery.outbox.counts()["handed-off"] == 2
    assert "Mark sent" in section.message.text()


def test_the_officer_orders_and_switches_paths_in_the_window(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection]
) -> None:
    set_delivery_doc(kit, delivery_toml(("office", 2525, "starttls"), ("modem-smtp", 465, "tls")))
    section = make_section(qtbot, kit, sections)
    page = section.paths_page
    page.reload()
    assert page.list.count() == 2 and page.selected_name() == "office"
    page.down_button.click()
    assert [p.name for p in section.delivery.paths.all()] == ["modem-smtp", "office"]
    item = page.list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert [p.name for p in section.delivery.paths.enabled()] == ["modem-smtp"]
    assert "DOWN" in page.list.item(0).text() or "works" in page.list.item(0).text()
    actions = [e.action for e in kit.audit.entries(action_prefix="paths.")]
    assert actions == ["paths.disabled", "paths.reordered"]


def test_the_sim_pin_is_set_from_the_paths_page(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection], monkeypatch: pytest.MonkeyPatch
) -> None:
    set_delivery_doc(kit, '[modem]\nport = "/dev/ttyUSB-not-there"\n')
    section = make_section(qtbot, kit, sections)
    page = section.paths_page
    page.reload()
    page.list.setCurrentRow(0)
    assert page.password_button.text() == "Set SIM &PIN…"
    answers = iter([("12ab", True), ("4321", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    errors: list[str] = []
    monkeypatch.setattr("app.ui.outbox.paths_page.show_error", lambda w, e: errors.append(str(e)))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page.password_button.click()
    assert errors == ["A SIM PIN is 4 to 8 digits; nothing was stored."]
    page.password_button.click()
    assert section.delivery.passwords.get("modem") == "4321"


def test_sms_status_reports_arrive_in_the_window_without_a_probe(
    qtbot: QtBot, kit: Kit, sections: list[OutboxSection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runner's periodic pass reads the modem's status reports: the officer sees
    sent → delivered without probing."""
    from app.ui.outbox import runner as runner_module
    from tests.delivery.modem_sim import ModemSim

    monkeypatch.setattr(runner_module, "REPORTS_SECONDS", 0.3)
    sim = ModemSim(hold_reports=True)  # the network reports after the send is over
    try:
        set_delivery_doc(kit, f'[modem]\nport = "{sim.port}"\nbaud = 115200\n')
        [message] = queue(kit, ["+46700000001"], channel="sms", body="Gateway down.")
        section = make_section(qtbot, kit, sections)  # the probe finds the modem: it sends
        outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
        qtbot.waitUntil(lambda: outbox.get(message.id).state == "sent", timeout=10_000)
        qtbot.waitUntil(lambda: section.runner.sending is None, timeout=10_000)
        # from here on a probe reads nothing: only the periodic pass can see the reports
        monkeypatch.setattr(Delivery, "probe", lambda self, timeout=10.0: [])
        sim.release_reports()
        qtbot.waitUntil(lambda: outbox.get(message.id).state == "delivered", timeout=10_000)
        qtbot.waitUntil(
            lambda: any(
                section.model.row_at(r).state == "delivered"
                for r in range(section.model.rowCount())
            ),
            timeout=5_000,
        )
    finally:
        section_list = list(sections)
        for made in section_list:
            made.shutdown()
        sections.clear()
        QThreadPool.globalInstance().waitForDone()
        sim.close()


def test_a_busy_sender_is_retried_quietly_and_a_clicked_send_is_told_without_a_modal(
    qtbot: QtBot,
    kit: Kit,
    test_ca: LocalCA,
    sections: list[OutboxSection],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another real process holds the sender lock (a command-line `outbox send`): the
    automatic send says so in the status line and tries again later; only the officer's
    own click gets a message, titled, that does not block the window."""
    modal: list[object] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: modal.append(a))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_SENDER_LOCK, str(kit.store.paths.home)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with smtp_server("starttls", ca=test_ca) as relay:
            set_delivery_doc(
                kit, delivery_toml(("office", relay, "starttls"), ca_file=test_ca.ca_file)
            )
            queue(kit, ["alpha@example.com", "beta@example.net"])
            section = OutboxSection(kit)
            qtbot.addWidget(section)
            sections.append(section)
            section.show()
            # the first probe finds the path working; the automatic send meets the lock
            qtbot.waitUntil(lambda: "Trying again in" in section.message.text(), timeout=10000)
            assert "another Outage Kit window or command is busy" in section.message.text()
            assert section.runner.timer.isActive()  # it retries by itself
            assert section.busy_box is None and not modal
            assert not relay.recorder.received
            # the officer clicks Send: told, in a titled message that leaves the window usable
            qtbot.mouseClick(section.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: section.busy_box is not None, timeout=10000)
            box = section.busy_box
            assert box is not None and box.isVisible() and not box.isModal()
            assert box.windowTitle() == "Outbox busy"
            assert "is sending right now" in box.text() and "stay queued" in box.text()
            assert QApplication.activeModalWidget() is None and not modal
            box.close()
            # the other process finishes: the retry sends the queue
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(10)
            section.runner.timer.start(10)  # the retry's back-off, shortened
            qtbot.waitUntil(lambda: len(relay.recorder.received) == 2, timeout=15000)
            qtbot.waitUntil(lambda: section.runner.sending is None)
            assert "2 sent" in section.message.text() and not modal
    finally:
        holder.kill()
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()


HOLD_SENDER_LOCK = """
import sys
from pathlib import Path
from app.delivery.lock import SenderLock
lock = SenderLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""


def test_send_again_sends_now_over_the_working_relay(
    qtbot: QtBot, kit: Kit, monkeypatch: pytest.MonkeyPatch, sections: list[OutboxSection]
) -> None:
    """A new user pressed Send again on uncertain messages with the relay green; five
    minutes later the relay had still not got them (they waited for the back-off)."""
    with smtp_server("none") as relay:
        set_delivery_doc(kit, delivery_toml(("office", relay, "none")))
        [cut] = queue(kit, ["alpha@example.com"])
        Outbox(conn=kit.store.conn, audit=kit.audit).claim(cut.id, path="office")  # power cut
        [later] = queue(kit, ["beta@example.net"])
        section = make_section(qtbot, kit, sections)
        qtbot.waitUntil(lambda: len(relay.recorder.received) == 1, timeout=10000)
        qtbot.waitUntil(lambda: section.runner.sending is None)
        outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
        assert outbox.get(cut.id).state == "uncertain" and outbox.get(later.id).state == "sent"
        section.state_filter.setCurrentIndex(section.state_filter.findData("uncertain"))
        select(section, {cut.id})
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        section.resend_button.click()
        qtbot.waitUntil(lambda: outbox.get(cut.id).state == "sent", timeout=10000)
        assert len(relay.recorder.received) == 2
        assert section.runner.timer.interval() >= 30_000  # not by a retry: at once
