"""The incident flows driven in the real window, as a duty officer does them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.commands.context import CliContext
from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.app import first_run
from app.ui.contacts.demo_choice import OBJECT_NAME
from app.ui.first_run import FirstRunDialog
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.main_window import MainWindow
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.support.mail_sink import MailSink

PASSPHRASE = "Correct-Horse-42-battery"


class Officer:
    """Drives widgets the way a person does and counts each interaction: a click, a
    chosen item or a typed field."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, button: QWidget) -> None:
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def type(self, widget: QWidget, text: str) -> None:
        self.count += 1
        self.qtbot.keyClicks(widget, text)

    def tick(self, items: QListWidget, text: str) -> None:
        """Click the check box of the item whose label starts with `text`."""
        self.count += 1
        matches = [items.item(i) for i in range(items.count())]
        item = next(i for i in matches if i.text().startswith(text))
        rect = items.visualItemRect(item)
        point = QPoint(rect.left() + 10, rect.center().y())
        self.qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert item.checkState() == Qt.CheckState.Checked


def _wait_health(qtbot: QtBot, window: MainWindow) -> None:
    """Let the start-up check finish, then lock: sections (and their timers) go before the
    store closes, as when the officer locks the kit."""
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    window.lock()
    qtbot.wait(10)


def _section(window: MainWindow) -> IncidentsSection:
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    return section


def _fill_wizard(officer: Officer, dialog: NewIncidentDialog, service: str) -> None:
    officer.tick(dialog.services, service)
    officer.click(dialog.next)
    editors = dialog.form.editors
    officer.type(editors["impact"], "Partners cannot send SMS through operator gateways.")
    officer.type(editors["actions"], "Gateway team restarting the SMPP binds.")
    officer.click(dialog.next)
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    officer.click(dialog.queue)


def cold_start(
    qtbot: QtBot, tmp_path: Path, officer: Officer
) -> tuple[CliContext, MainWindow, Store]:
    """A new workstation: the first-run dialog typed in (operator, passphrase twice, demo
    data ticked, Create), as the officer does it."""
    ctx = CliContext(home=tmp_path / "kit", passphrase_file=None, as_json=False, keeper=NoKeyring())
    window = MainWindow(paths=ctx.paths, keeper=ctx.keeper)
    qtbot.addWidget(window)

    def fill_first_run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        officer.type(dialog.operator, "Night Duty")
        officer.type(dialog.passphrase, PASSPHRASE)
        officer.type(dialog.repeat, PASSPHRASE)
        demo = dialog.findChild(QCheckBox, OBJECT_NAME)
        assert demo is not None
        officer.click(demo)
        officer.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    QTimer.singleShot(0, fill_first_run)
    store = first_run(ctx, window)
    assert store is not None
    return ctx, window, store


def test_cold_start_to_a_queued_initial_notice_in_at_most_12_interactions(
    qtbot: QtBot, tmp_path: Path
) -> None:
    officer = Officer(qtbot)
    _ctx, window, store = cold_start(qtbot, tmp_path, officer)
    window.open_store(store)
    window.show()
    section = _section(window)
    officer.click(section.disaster_button)
    dialog = section.dialog
    assert isinstance(dialog, NewIncidentDialog)
    _fill_wizard(officer, dialog, "SMS/MPS gateways")

    assert officer.count <= 12
    print(f"cold start → queued initial notice: {officer.count} interactions")
    assert window.kit is not None
    queued = Outbox(conn=window.kit.store.conn, audit=window.kit.audit).messages()
    assert queued and not any(m.state == "sent" for m in queued)  # no relay listens here
    reference = queued[0].incident_ref
    assert reference is not None
    subjects = {m.subject for m in queued if m.channel == "email"}
    assert f"[{reference}] Awaria: SMS/MPS gateways" in subjects
    assert f"[{reference}] Service disruption: SMS/MPS gateways" in subjects
    assert all("Gateway team restarting" in m.body for m in queued if m.channel == "email")
    assert section.page.incident is not None and section.page.incident.reference == reference
    _wait_health(qtbot, window)


@pytest.fixture
def demo_window(qtbot: QtBot, store: Store, paths: KitPaths, sink: MailSink) -> MainWindow:
    kit = Kit.open(store)
    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    # pytest-qt closes the window before fixture teardown runs: wait for the start-up
    # check here, while the window is certainly alive.
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    return window


def _follow_up(
    officer: Officer,
    section: IncidentsSection,
    button: QPushButton,
    fill: Callable[[FollowUpDialog], None],
) -> None:
    assert button.isEnabled()
    officer.click(button)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    fill(dialog)
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    officer.click(dialog.queue)


def _confirm_close(officer: Officer, section: IncidentsSection) -> None:
    officer.click(section.page.close_button)
    box = section.confirm
    assert box is not None
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    officer.click(yes)


def test_disaster_initial_update_resolution_close(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    section = _section(window)
    officer = Officer(qtbot)
    officer.click(section.disaster_button)
    dialog = section.dialog
    assert isinstance(dialog, NewIncidentDialog)
    _fill_wizard(officer, dialog, "Subscriptions")
    page = section.page
    assert page.incident is not None
    reference = page.incident.reference
    assert not page.close_button.isEnabled()
    assert "resolution" in page.why.text()
    # the notify clock stops when partners have the notice, not when it is queued
    incident = page.incident
    assert "not told" in section.timer_text(incident)
    qtbot.waitUntil(lambda: "update by" in section.timer_text(incident), timeout=30000)

    def progress(d: FollowUpDialog) -> None:
        officer.type(d.form.editors["progress"], "Billing restarted, catching up.")
        officer.tick(d.groups, "Brazilian partners")  # additions are allowed

    _follow_up(officer, section, page.update_button, progress)
    assert window.kit is not None
    outbox = Outbox(conn=window.kit.store.conn, audit=window.kit.audit)
    messages = outbox.messages(incident_ref=reference)
    address = "rozliczenia@wisla.example.com"
    initial, update = [m for m in messages if m.recipient == address]
    assert update.in_reply_to == initial.message_id
    assert update.subject == f"[{reference}] Aktualizacja: Subscriptions"
    assert update.body.index("Billing restarted") < update.body.index("> Dotychczasowe")
    assert page.timeline.topLevelItemCount() == 2
    added = [m for m in messages if m.recipient == "suporte@paulista.example.net"]
    assert len(added) == 1 and "> Início:" in added[0].body  # sees the earlier notice too

    def summary(d: FollowUpDialog) -> None:
        officer.type(d.form.editors["summary"], "A full disk on the billing node.")

    _follow_up(officer, section, page.resolve_button, summary)
    assert not page.update_button.isEnabled()
    qtbot.waitUntil(page.close_button.isEnabled, timeout=30000)  # once partners have it
    resolution = [m for m in outbox.messages(incident_ref=reference) if m.recipient == address][-1]
    assert resolution.references == (initial.message_id, update.message_id)
    assert "> Billing restarted" in resolution.body
    _confirm_close(officer, section)
    assert section.model.rowCount() == 0  # closed incidents leave the open list
    assert "no timer" in section.urgent.text()


def _wizard_on_fields(
    officer: Officer, button: QPushButton, section: IncidentsSection, service: str
) -> NewIncidentDialog:
    """Open the new-incident wizard with `button`, tick `service`, go on to the fields."""
    officer.click(button)
    dialog = section.dialog
    assert isinstance(dialog, NewIncidentDialog)
    officer.tick(dialog.services, service)
    officer.click(dialog.next)
    return dialog


def test_preview_says_how_many_sms_each_partner_gets(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Polish letters push an SMS into UCS-2 (70 characters): the preview says so, and how
    many numbered SMS each partner will get, before anything is queued."""
    section = _section(demo_window)
    officer = Officer(qtbot)
    dialog = _wizard_on_fields(officer, section.disaster_button, section, "SMS/MPS gateways")
    # typed through the input method in real life; QTest can only click Latin-1 keys
    for name, text in (
        ("impact", "Brak wysyłki SMS do wszystkich sieci."),
        ("actions", "Restart połączeń SMPP."),
    ):
        editor = dialog.form.editors[name]
        if isinstance(editor, QPlainTextEdit):
            editor.insertPlainText(text)
        else:
            assert isinstance(editor, QLineEdit)
            editor.insert(text)
    officer.click(dialog.next)
    polish = dialog.preview.text_of("pl", "sms")
    assert polish.startswith("(") and "UCS-2 (" in polish and "'ł'" in polish.split("\n")[0]
    assert "numbered SMS to each partner" in polish.split("\n")[0]
    labels = [dialog.preview.tabs.tabText(i) for i in range(dialog.preview.tabs.count())]
    assert any(label.startswith("Polish SMS") and "SMS each" in label for label in labels), labels
    dialog.reject()


def test_downtime_refused_closing_until_completed(qtbot: QtBot, demo_window: MainWindow) -> None:
    section = _section(demo_window)
    officer = Officer(qtbot)
    dialog = _wizard_on_fields(officer, section.planned_button, section, "One-shot payments")
    officer.type(dialog.form.editors["impact"], "No DirectPay payments during the window.")
    officer.type(dialog.form.editors["work"], "Payment gateway upgrade.")
    officer.click(dialog.next)
    preview = dialog.preview.text_of("pt-BR", "email")
    assert "Manutenção programada" in preview
    officer.click(dialog.queue)
    page = section.page
    assert page.incident is not None and page.incident.kind == "downtime"
    assert not page.close_button.isEnabled()
    assert "completion" in page.why.text()
    # Closing anyway (e.g. from the CLI's service) is refused too: the rule is in the core.
    with pytest.raises(Exception, match="completion"):
        section.service.close(page.incident)

    # the window opens tomorrow: it cannot be completed yet, only cancelled
    assert not page.complete_button.isEnabled()
    assert "has not started yet" in page.complete_button.toolTip()

    def cancelled(d: FollowUpDialog) -> None:
        text = d.form.editors["reason"]
        assert isinstance(text, QPlainTextEdit)
        officer.type(text, "The vendor postponed the upgrade.")

    _follow_up(officer, section, page.cancel_button, cancelled)
    qtbot.waitUntil(page.close_button.isEnabled, timeout=30000)
    _confirm_close(officer, section)
    assert section.service.incidents() == []


def test_wizard_names_what_is_missing(qtbot: QtBot, demo_window: MainWindow) -> None:
    section = _section(demo_window)
    dialog = section.new_incident("disaster")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert "Tick at least one affected service" in dialog.problems.text()
    Officer(qtbot).tick(dialog.services, "Brazilian operators")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert not dialog.queue.isEnabled()
    # named as the form labels it (the key too: what --fields takes), in the kit's language
    said = dialog.preview.problems.text()
    assert "Fill in the field 'Impact (what partners cannot do) (impact)'" in said, said
    from app.ui.language import install_language

    install_language("pl")
    said = " ".join(dialog.flow.composition().problems)
    assert "'Wpływ" in said and "(impact)'" in said and "'impact'" not in said, said
    dialog.reject()
    assert section.service.incidents() == []
