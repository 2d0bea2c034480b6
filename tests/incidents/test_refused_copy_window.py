"""A copy the relay refused (550) is said as refused, with the server's reply and what to
do, never as waiting in the outbox to be sent "by itself" (a tester's finding); Send now is
offered only while something is queued, and says so when nothing is; the page's counts are
in whole sentences ("1 e-mail copy waits", not "1 e-mail copy wait"); IT fixes the address
in the contact bundle, as the Outbox says it (the page said "the directory")."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox, OutboxMessage
from app.incidents.model import Incident
from app.incidents.service import IncidentService
from app.incidents.told_by_hand import record
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from app.ui.language import install_language
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section
from tests.support.wall_clock import gone

FIELDS = {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting"}


def initial_texted_but_one(
    kit: Kit, detected: datetime | None = None
) -> tuple[Incident, str, list[OutboxMessage]]:
    """Demo partners, an outage's initial notice queued; its SMS partners texted from a phone
    (no modem here). Returns the incident, the address of a partner who reads e-mail only
    (a refusal leaves them untold) and the e-mail copies."""
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create(
        "disaster", "SMS down", ["sms"], groups=["subscriptions"], detected=detected
    )
    service.notify(incident, "initial", {**FIELDS, "next_update": "23:59"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    mails = [m for m in outbox.messages() if m.channel == "email"]
    texts = [m.id for m in outbox.messages() if m.channel == "sms"]
    notice = service.notices(incident)[0].id
    record(kit.store.conn, kit.audit, reference=incident.reference, notice_id=notice,
           how="texted", messages=texts)  # fmt: skip
    texted = {m.recipient_name for m in outbox.messages() if m.channel == "sms"}
    return incident, next(m.recipient for m in mails if m.recipient_name not in texted), mails


def test_a_refused_copy_is_said_refused_and_send_now_is_not_offered(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit = Kit.open(store)
    incident, gone_address, mails = initial_texted_but_one(kit)
    with relay_process(tmp_path / "relay", unknown=[gone_address]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # every copy but one goes; that one is refused
        kit.close()
        window, section = unlocked_section(qtbot, paths, IncidentsSection)
        assert window.kit is not None
        outbox = Outbox(conn=window.kit.store.conn, audit=window.kit.audit)
        section.reload(select=incident.reference)
        page = section.page
        qtbot.waitUntil(lambda: "refused" in page.delivery.text(), timeout=30000)
    said = page.delivery.text()
    assert "1 copy refused by the mail server" in said, said
    assert "550" in said and "Told another way" in said, said
    # the contact bundle, as the Outbox and the Kit menu name it: not "the directory"
    assert "fix the address in the contact bundle" in said and "directory" not in said, said
    assert "wait in the outbox" not in said and "by itself when" not in said, said
    install_language("pl")
    section.reload(select=incident.reference)
    assert "katalog" not in page.delivery.text(), page.delivery.text()
    assert "poprawienie adresu w pakiecie kontaktów" in page.delivery.text()
    install_language("en")
    section.reload(select=incident.reference)
    assert page.send_button.isHidden()  # nothing queued: nothing for it to send
    tries = outbox.get(next(m.id for m in mails if m.recipient == gone_address)).attempts

    # clicked anyway (e.g. the page was shown before another window sent the rest)
    page.send_button.setVisible(True)
    page.send_button.setEnabled(True)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert "nothing is queued, so nothing was sent" in window.statusBar().currentMessage()
    assert outbox.get(next(m.id for m in mails if m.recipient == gone_address)).attempts == tries

    # the officer phones that partner: told, and the server's refusal stays on record
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog)
    qtbot.keyClicks(ask.how, "phoned the NOC")
    qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    assert not page.delivery.isVisible()  # every partner has it
    refused_id = next(m.id for m in mails if m.recipient == gone_address)
    box = window.show_section("Outbox")
    assert isinstance(box, OutboxSection)
    box.reload()
    row = next(r for r in range(box.model.rowCount()) if box.model.row_at(r).id == refused_id)
    reply = str(box.model.data(box.model.index(row, box.model.columnCount() - 1)))
    assert "550 5.1.1" in reply and "the partner was told another way" in reply, reply
    listed = cli("--json", "outbox", "list", "--incident", incident.reference).json()
    [row] = [m for m in listed["messages"] if m["id"] == refused_id]
    assert row["state"] == "sent" and "550" in row["refused"], row
    text = cli("outbox", "list", "--incident", incident.reference).out
    [line] = [x for x in text.splitlines() if x.strip().startswith(str(refused_id))]
    assert "550 5.1.1" in line and "the partner was told another way" in line, line
    report = tmp_path / "report.html"
    made = cli("report", "incident", incident.reference, "--format", "html", "--out", str(report))
    assert made.code == 0, made.err
    html = report.read_text(encoding="utf-8")
    assert "550 5.1.1 No such user here" in html  # the refused copy, with its reply
    assert "told another way" in html
    close_kit(window)
