"""A partner told by one path is told (a tester's walk: the resolution reached three of four
partners by e-mail through a real relay, the fourth's copy was refused with a 550, and the
SMS copies wait for a modem there is none of). Told another way lists and records only the
partner not told — not the SMS copies of partners who read the e-mail, three calls that
never happened — and the page, the top bar, `incident show` and `incident close` say that
one partner's copy was refused (phone them; `incident show` names them: "phone Gamma
Spiele", never by address), not "bring the modem back" for the others' SMS, which go out by
themselves once a modem works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.calendar_view import CalendarSection
from app.ui.incidents.section import IncidentsSection
from app.ui.incidents.told_dialog import ToldDialog
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into
from tests.support.unlocked import close_kit, unlocked_section
from tests.ui.test_copy_standing_words import _cells

INITIAL = {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC"}
#: Gamma reads e-mail only: its copy refused, nothing else reaches it
REFUSED = "betrieb@gamma.example.net"
REFUSED_LINE = "resolution: 1 partner not told, copy refused: phone them, then Told another way"


def _resolution_refused_for_one(store: Store, tmp_path: Path) -> str:
    """An outage told to 4 partners by e-mail (Alpha, Beta and Delta have SMS too: no modem
    here, so those copies stay queued); its resolution refused for Gamma alone."""
    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")  # Alpha, Beta, Delta: e-mail and SMS; Gamma: e-mail
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", {**INITIAL, "next_update": "23:59"})
    with relay_process(tmp_path / "relay", unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # the initial notice: Gamma's copy refused too
        service.told_another_way(service.get(incident.reference), "phoned", partners=["Gamma"])
        service.notify(
            service.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:10 UTC"}
        )
        make_delivery(kit).send()  # the resolution: e-mails accepted, Gamma's refused
    kit.close()
    return incident.reference


def _states(cli: CliRunner, reference: str) -> dict[tuple[str, str], str]:
    """The resolution's copies: (channel, address) → state."""
    listed = cli("--json", "outbox", "list", "--incident", reference).json()["messages"]
    newest = max(m["notice_id"] for m in listed)
    return {(m["channel"], m["recipient"]): m["state"] for m in listed if m["notice_id"] == newest}


def test_told_another_way_lists_and_records_only_the_partner_not_told(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    reference = _resolution_refused_for_one(store, tmp_path)
    before = _states(cli, reference)
    assert before[("email", REFUSED)] == "failed"
    assert sorted(s for (channel, _), s in before.items() if channel == "sms") == ["queued"] * 3
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=reference)
    section.tick()
    page = section.page
    top = section.urgent.text()
    assert REFUSED_LINE in top, top  # not "3 partners not told yet" for their SMS
    said = page.delivery.text()
    assert "1 copy refused by the mail server" in said, said
    assert "Bring the modem back" not in said and "3 SMS copies wait" not in said, said
    assert "3 more copies wait for partners who have it already by another path" in said, said
    shown = cli("incident", "show", reference).out
    # whom to phone, by organisation: never the refused address
    assert "3 of 4 partners told — 1 refused (refused: phone Gamma Spiele, then Told another " in (
        shown
    ), shown
    assert REFUSED not in shown, shown
    listed = cli("--json", "incident", "show", reference).json()["notices"]
    assert [n["refused_partners"] for n in listed] == [[], ["Gamma Spiele"]], listed
    polish = cli.subprocess("incident", "show", reference, env={"OUTAGE_KIT_LANG": "pl"})
    assert "zadzwoń do: Gamma Spiele, potem Przekazano inaczej" in polish.out, polish.out
    assert REFUSED_LINE in shown, shown
    closing = cli("incident", "close", reference)
    assert closing.code != 0 and "(3 of 4 partners told — 1 refused)" in closing.err
    assert "outage-kit outbox send" not in closing.err
    assert "'outage-kit incident told'" in closing.err, closing.err

    install_language("pl")
    section.reload(select=reference)
    section.tick()
    assert "1 partner nie wie, kopia odrzucona" in section.urgent.text()
    assert "Jeszcze 3 kopie czekają dla partnerów" in page.delivery.text()
    assert "powiadomiono 3 z 4 partnerów — 1 odrzucona" in page.delivery.text()
    install_language("en")
    section.reload(select=reference)

    # the dialog: Gamma alone, ticked; unticked, nothing can be recorded
    qtbot.mouseClick(page.told_button, Qt.MouseButton.LeftButton)
    ask = section.asking
    assert isinstance(ask, ToldDialog) and ask.isVisible()
    rows = [ask.partners.item(i).text() for i in range(ask.partners.count())]
    assert len(rows) == 1 and rows[0].startswith("Gamma Spiele"), rows
    assert rows[0].endswith(f"\n    e-mail {REFUSED} (refused)"), rows
    assert ask.partners.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(ask.how, "phoned Gamma's Betrieb")
    ask.partners.setCurrentRow(0)
    qtbot.keyClick(ask.partners, Qt.Key.Key_Space)  # unticked: nobody told
    assert not ask.ok_button.isEnabled()
    qtbot.keyClick(ask.partners, Qt.Key.Key_Space)  # ticked again
    qtbot.mouseClick(ask.ok_button, Qt.MouseButton.LeftButton)
    assert not ask.isVisible()
    status = window.statusBar().currentMessage()
    assert "1 partner recorded as told another way (phoned Gamma's Betrieb)" in status, status
    section.tick()
    assert section.urgent.text() == "no timer running", section.urgent.text()
    after = _states(cli, reference)
    assert after[("email", REFUSED)] == "sent"
    # the other partners' SMS are no call the officer made: still queued for a modem
    assert {k: v for k, v in after.items() if k[0] == "sms"} == {
        k: v for k, v in before.items() if k[0] == "sms"
    }
    newest = cli("--json", "audit", "list", "--action", "incident.told", "--limit", "1").json()
    [entry] = newest
    assert entry["details"]["partners"] == 1 and entry["details"]["messages"] == 1, entry
    close_kit(window)
    assert cli("incident", "close", reference).code == 0


def test_incident_told_records_the_partner_not_told_not_every_copy_waiting(
    store: Store, tmp_path: Path, cli: CliRunner
) -> None:
    reference = _resolution_refused_for_one(store, tmp_path)
    before = _states(cli, reference)
    named = cli("incident", "told", reference, "--how", "phoned", "--partner", "Alpha")
    assert named.code == 2 and "No partner still waiting" in named.err, named.err
    assert "Waiting: Gamma Spiele (Betrieb)." in named.err, named.err
    told = cli("incident", "told", reference, "--how", "phoned")
    assert told.code == 0, told.err
    assert f"Recorded 1 partner of {reference} as told another way (phoned)." in told.out
    after = _states(cli, reference)
    assert after[("email", REFUSED)] == "sent"
    assert [k for k in before if before[k] != after[k]] == [("email", REFUSED)]
    again = cli("--json", "incident", "told", reference, "--how", "phoned")
    assert again.json() == {
        "reference": reference,
        "stage": "resolved",
        "partners": 0,
        "messages": 0,
    }
    said = cli("incident", "told", reference, "--how", "phoned").out
    assert "Every partner of that notice has it already" in said, said
    audited = cli("--json", "audit", "list", "--action", "incident.told").json()
    assert [e["details"]["partners"] for e in audited] == [1, 1]  # Gamma, initial + end


def test_planned_work_says_the_refused_partner_not_the_others_sms(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    """Planned work announced to 4 partners through the relay: 3 have the e-mail, Gamma's
    is refused, 3 SMS wait for a modem. The Calendar, the plan, the top bar and `incident
    schedule` say one partner's copy was refused — not 'announcement queued' for SMS of
    partners who read the e-mail."""
    from datetime import timedelta

    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule
    from app.timefmt import now

    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")  # Alpha, Beta, Delta: e-mail and SMS; Gamma: e-mail
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    start = now() + timedelta(hours=3)
    work = service.create(
        "downtime", "Switch swap", ["sms"], window=(start, start + timedelta(hours=2))
    )
    fields = {"customer_impact": "No MT.", "start_time": start.isoformat(timespec="minutes")}
    Schedule(service=service).make_plan(
        work, PlanConfig(announce_days=None, reminders=(), fields=fields)
    )
    service.notify(work, "initial", fields)
    with relay_process(tmp_path / "relay", unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()
    kit.close()
    [listed] = cli("--json", "incident", "schedule").json()["work"]
    assert listed["state"] == "announcement not delivered", listed
    assert listed["detail"] == "3 of 4 partners told — 1 refused", listed
    [announcement] = [p for p in listed["planned"] if p["purpose"] == "announcement"]
    assert announcement["state"] == "refused", announcement
    assert (announcement["told"], announcement["recipients"]) == (3, 4)
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=work.reference)
    section.tick()
    top = section.urgent.text()
    assert "1 partner not told, copy refused: phone them, then Told another way" in top, top
    plan = section.page.plan.text()
    assert "3 of 4 told, 1 refused: Told another way" in plan, plan
    calendar = window.show_section("Calendar")
    assert isinstance(calendar, CalendarSection)
    calendar.refresh()
    cells = _cells(calendar)
    assert "announcement not delivered" in cells, cells
    assert "3 of 4 partners told — 1 refused" in cells and "queued" not in cells, cells
    install_language("pl")
    calendar.refresh()
    cells = _cells(calendar)
    assert "powiadomiono 3 z 4 partnerów — 1 odrzucona" in cells, cells
    assert "w kolejce" not in cells, cells
    install_language("en")
    close_kit(window)
