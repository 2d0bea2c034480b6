"""A path's trouble on the incident page reads as one sentence (a tester's finding: "…
Serial ports on this computer: /dev/ttyS0. at 08:54." — the reason's own full stop before
the time): the SMS copies blame the modem that cannot be opened, and when, with one full stop."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.support.lang_bundle import load_into
from tests.support.unlocked import incidents_on

FIELDS = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC", "next_update": "23:59"}


def test_a_modem_that_cannot_be_opened_is_named_in_one_sentence(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")  # partners on e-mail and SMS
    relay = delivery_toml(("office-relay", free_port(), "none"))  # refuses
    set_delivery_doc(kit, relay + '\n[modem]\nport = "/dev/ttyUSB-not-there"\n')
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", FIELDS)

    _window, section = incidents_on(qtbot, store, paths, incident.reference)
    page = section.page
    # the kit tries its paths by itself: the modem cannot be opened; the page says so
    qtbot.waitUntil(lambda: "/dev/ttyUSB-not-there" in page.delivery.text(), timeout=30000)
    said = page.delivery.text()
    sms = next(line for line in said.split("\n") if "SMS copies" in line)
    assert "/dev/ttyUSB-not-there" in sms, said
    assert re.search(r"\. at \d\d:\d\d", said) is None, said  # no full stop before "at"
    assert re.search(r"[^.]\sat \d\d:\d\d\.", sms), sms  # one, after the time
