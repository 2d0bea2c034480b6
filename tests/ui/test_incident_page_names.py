"""The incident page names its services and groups in the kit's language, as the reports
do (a bundle's name.pl): the Polish page said "Usługi: Subscriptions / Whole platform" and
showed the group's id while services.csv and groups.csv had their Polish names."""

from __future__ import annotations

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
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.support.cli import CliRunner
from tests.support.lang_bundle import write_source
from tests.support.unlocked import section_on

GROUPS = "id,name,description,name.pl\nnoc_ring,Night NOC ring,every NOC,Krąg nocnych NOC\n"
SERVICES = (
    "id,name,description,name.pl\n"
    "mt_route,Outbound SMS route,SMS traffic,Trasa SMS wychodzących\n"
    "rating,Rating engine,rating,Silnik taryfikacji\n"
)
ROUTING = "service,group\nmt_route,noc_ring\nrating,noc_ring\n"


def _named_bundle(store: Store, tmp_path: Path) -> tuple[Kit, IncidentService]:
    """The bundle with its services and group named in Polish too."""
    kit = Kit.open(store)
    source = write_source(tmp_path / "src")
    contacts = (source / "contacts.csv").read_text(encoding="utf-8").replace(",all,", ",noc_ring,")
    for name, text in (
        ("groups.csv", GROUPS),
        ("services.csv", SERVICES),
        ("routing.csv", ROUTING),
        ("contacts.csv", contacts),
    ):
        (source / name).write_text(text, encoding="utf-8")
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    return kit, service


def test_the_page_names_services_and_groups_in_the_kits_language(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    _kit, service = _named_bundle(store, tmp_path)
    incident = service.create("disaster", "Route flapping", ["mt_route", "rating"])
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=incident.reference)
    page = section.page
    said = page.details.text()
    assert "Outbound SMS route, Rating engine" in said and "Night NOC ring" in said, said
    install_language("pl")
    page.show_incident(service.get(incident.reference))
    said = page.details.text()
    assert "Trasa SMS wychodzących, Silnik taryfikacji" in said, said
    assert "Krąg nocnych NOC" in said and "noc_ring" not in said, said


def test_the_group_lists_and_incident_show_name_groups_in_polish(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    """The wizard's and the update dialog's group lists and `incident show` said the
    bundle's English names ("Night NOC ring") or the id in the Polish kit, while the page and
    the PDF used the Polish name: one function names the groups everywhere."""
    kit, service = _named_bundle(store, tmp_path)
    incident = service.create("disaster", "Route flapping", ["mt_route", "rating"])
    fields = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC"}
    service.notify(incident, "initial", {**fields, "next_update": "23:59"})
    kit.store.conn.commit()
    install_language("pl")
    section = section_on(qtbot, paths, store, IncidentsSection)
    qtbot.mouseClick(section.disaster_button, Qt.MouseButton.LeftButton)
    wizard = section.dialog
    assert isinstance(wizard, NewIncidentDialog)
    listed = [wizard.groups.item(i).text() for i in range(wizard.groups.count())]
    assert listed == ["Krąg nocnych NOC"], listed
    wizard.close()
    section.reload(select=incident.reference)
    qtbot.mouseClick(section.page.update_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    listed = [dialog.groups.item(i).text() for i in range(dialog.groups.count())]
    assert listed == ["Krąg nocnych NOC"], listed
    install_language("en")
    shown = cli.subprocess("incident", "show", incident.reference, env={"OUTAGE_KIT_LANG": "pl"})
    assert "grupy Krąg nocnych NOC" in shown.out and "noc_ring" not in shown.out, shown.out
    shown = cli("incident", "show", incident.reference).out
    assert "groups Night NOC ring" in shown, shown
