"""The incident page says its copies' states as they are: the list of notices counts each
state in the kit's language with its own plural (a tester's walk read "2 w kolejce,
6 wysłana" and "6 nieudana" in the Polish window, where the Outbox says "6 wysłanych"), and a
notice whose copies the relay refused is not headed "queued"."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.unlocked import close_kit, unlocked_section
from tests.support.wall_clock import gone

FIELDS = {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting"}


def _polish(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def test_the_notice_list_counts_states_in_polish(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create(
        "disaster", "SMS down", ["sms"], groups=["sms-gateways", "subscriptions", "brazil"]
    )
    service.notify(incident, "initial", {**FIELDS, "next_update": "23:59"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    mails = sorted(m.recipient for m in outbox.messages() if m.channel == "email")
    refused = mails[:2]
    with relay_process(tmp_path / "relay", unknown=refused) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # the e-mails go but two (550); SMS wait for a modem
    sent = len(mails) - len(refused)
    queued = sum(1 for m in outbox.messages() if m.state == "queued")
    assert sent >= 5 and queued >= 1
    kit.close()
    install_language("pl")
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    states = section.page.timeline.topLevelItem(0).text(3)
    assert f"{sent} {_polish(sent, 'wysłana', 'wysłane', 'wysłanych')}" in states, states
    assert "2 nieudane" in states, states
    assert f"{queued} w kolejce" in states, states
    close_kit(window)


def test_a_notice_refused_by_the_relay_is_not_called_queued(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    """A lone relay refused every e-mail copy ("550 5.7.1 Relaying denied"); the SMS copies
    wait for a modem. The page's heading said "⚠ Initial notice queued — NOT DELIVERED YET"
    (a walk: six of eight copies were refused, not queued); it says not delivered, and the
    refusals follow with what to do."""
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"], groups=["sms-gateways"])
    service.notify(incident, "initial", {**FIELDS, "next_update": "23:59"})
    with relay_process(tmp_path / "relay", refuse_all="550 5.7.1 Relaying denied") as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    states = {m.state for m in outbox.messages()}
    assert states == {"failed", "queued"}, states  # e-mail refused, SMS waiting
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    said = section.page.delivery.text()
    assert said.startswith("⚠ Initial notice NOT DELIVERED YET: no partner has it ("), said
    assert "queued — NOT DELIVERED" not in said, said
    assert "refused by the mail server for a fault or a rule of its own" in said, said
    close_kit(window)
