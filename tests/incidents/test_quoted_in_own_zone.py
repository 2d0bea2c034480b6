"""A partner who joined at the update (a group added) reads every quoted earlier notice in
their own zone and language (a new user's walk: in the resolution, a London partner saw the
quoted update in GMT but the quoted initial notice in its UTC version, "Began … 11:05 UTC";
a German one saw it in English). The command line's dry run and the window's preview."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.section import IncidentsSection
from tests.support.cli import CliRunner
from tests.support.lang_bundle import write_source
from tests.support.unlocked import section_on

CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Alpha Media,Ops desk,ops@alpha.example.com,,en,UTC,first,email
Beta Link,NOC,noc@beta.example.com,,en,Europe/London,later,email
Gamma Spiele,Betrieb,betrieb@gamma.example.net,,de,Europe/Helsinki,later,email
"""
GROUPS = "id,name,description\nfirst,First partners,told first\nlater,Later partners,told later\n"
ROUTING = "service,group\nsms,first\nbilling,first\n"
# a winter day: London is on GMT (+00:00), Helsinki on EET (+02:00)
INITIAL = {"customer_impact": "No MT.", "start_time": "2026-11-30 11:05 UTC"}


def _resolved_later(store: Store, tmp_path: Path) -> tuple[IncidentService, str]:
    """An outage told to the first group, then updated with the later group added."""
    kit = Kit.open(store)
    extra = {"contacts.csv": CONTACTS, "groups.csv": GROUPS, "routing.csv": ROUTING}
    source = write_source(tmp_path / "src", extra=extra)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    update = {"customer_impact": "No MT.", "progress": "Rerouting.", "next_update": "23:59"}
    service.notify(service.get(incident.reference), "update", update, add_groups=["later"])
    kit.store.conn.commit()
    return service, incident.reference


def _quoted_initial(body: str) -> str:
    """The quoted initial notice: the last quote of the chain (newest first)."""
    return body.rsplit("--------", 1)[-1]


def test_the_resolution_quotes_the_initial_notice_in_each_partners_zone(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    _service, reference = _resolved_later(store, tmp_path)
    fields = tmp_path / "resolved.json"
    fields.write_text(json.dumps({"end_time": "2026-11-30 12:25 UTC"}), encoding="utf-8")
    shown = cli(
        "--json",
        "incident",
        "notify",
        reference,
        "--stage",
        "resolved",
        "--fields",
        str(fields),
        "--dry-run",
    ).json()
    texts = {(t["language"], t["timezone"]): t["body"] for t in shown["notices"]}
    london = _quoted_initial(texts[("en", "Europe/London")])
    assert "Started: 2026-11-30 11:05 GMT" in london, london
    assert "UTC" not in london, london
    helsinki = _quoted_initial(texts[("de", "Europe/Helsinki")])
    assert "Beginn: 2026-11-30 13:05 EET" in helsinki, helsinki  # German, their zone
    assert "Started:" not in helsinki, helsinki
    first = _quoted_initial(texts[("en", "UTC")])
    assert "Started: 2026-11-30 11:05 UTC" in first, first  # as that partner had it


def test_the_update_dialog_preview_quotes_in_each_partners_zone(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    _service, reference = _resolved_later(store, tmp_path)
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=reference)
    qtbot.mouseClick(section.page.resolve_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.form.editors["end_time"], "2026-11-30 12:25 UTC")
    qtbot.waitUntil(lambda: "12:25" in dialog.preview.text_of("en", "email"), timeout=10000)
    london = dialog.preview.text_of("en", "email", "Europe/London")
    assert "Started: 2026-11-30 11:05 GMT" in _quoted_initial(london), london
