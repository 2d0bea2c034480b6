"""A planned work whose announcement reached most partners by e-mail while its SMS copies
were held (no modem yet), then re-issued, extended and completed early: the reports judge
"out" and "told" by the messages that were sent, not by the notice's overall state (one
held SMS does not make a notice "not out", nor its partners "not told")."""

from __future__ import annotations

import csv
import io
import subprocess
import zipfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.contacts.demo import demo_directory
from app.contacts.directory import DirectoryStore
from app.incidents.plan import PlanConfig
from app.incidents.reissue import held_copies, reissue
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.incidents.window_change import WindowChanges
from app.kit import Kit
from app.reports.incident import KEPT, LATE, IncidentReader
from app.reports.period import gather_period
from app.reports.wording import stamp  # what a person reads: the zone named (UTC)
from app.timefmt import local_stamp  # the CSV's form: numeric offset
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.incidents.test_schedule import END, FIELDS, START
from tests.reports.conftest import T0, Clock, pdf_text
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink
from tests.support.workbook import plain_header

DONE = {**FIELDS, "completed_at": "01:30", "summary": "Upgraded."}
REMINDER = START - timedelta(hours=24)


def _one_partner_sms_only(kit: Kit) -> None:
    """The demo directory, one SMS partner of Subscriptions reachable by SMS only."""
    directory = demo_directory()
    for index, contact in enumerate(directory.contacts):
        if "sms" in contact.channels and contact.phone and "subscriptions" in str(contact.groups):
            directory.contacts[index] = replace(contact, channels=("sms",))
            break
    else:
        raise AssertionError("the demo has no SMS partner of Subscriptions")
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="demo", reason="test"
    )


def _night(kit: Kit, clock: Clock, sink: MailSink) -> str:
    """Announced with no modem (e-mails sent, SMS waiting); the reminder fires and the
    announcement's SMS copies are held; the modem is set up again but does not answer (the kit
    refuses a re-issue with no modem at all) and they are re-issued; the work starts,
    is extended by 15 minutes and completed 90 minutes before its planned end."""
    _one_partner_sms_only(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(T0)
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(24 * 60,)))
    service.notify(incident, "initial", FIELDS)
    make_delivery(kit).send()
    clock.at(REMINDER + timedelta(minutes=1))
    assert [f.planned.purpose for f in schedule.run().fired] == ["reminder"]
    assert make_delivery(kit).send().held > 0
    [held] = held_copies(service, service.get(incident.reference))
    assert held.untold == 1  # the SMS-only partner has it no other way
    doc = delivery_toml(("office-relay", sink.port, "none"))
    set_delivery_doc(kit, f'{doc}\n[modem]\nport = "/dev/ttyNOMODEM"\nbaud = 115200\n')
    reissue(service, service.get(incident.reference))
    make_delivery(kit).send()
    clock.at(START + timedelta(minutes=10))
    schedule.run()
    WindowChanges(schedule).extend(service.get(incident.reference), END + timedelta(minutes=15))
    make_delivery(kit).send()
    clock.at(START + timedelta(minutes=30))
    service.notify(service.get(incident.reference), "completed", DONE)
    make_delivery(kit).send()
    clock.at(END + timedelta(hours=1))
    return incident.reference


def test_a_held_sms_does_not_unsend_the_e_mails(kit: Kit, clock: Clock, sink: MailSink) -> None:
    reference = _night(kit, clock, sink)
    figures = IncidentReader(conn=kit.store.conn, actor="t").figures(reference)
    first = figures.notices[0]
    assert first.states["held"] > 0 and first.held == first.states["held"]
    assert first.out_at == T0  # the e-mails left at once
    assert 0 < first.told == first.audience.contacts - 1  # told on any channel; one SMS-only
    # the first partners were told at once, but the SMS-only partner never had the
    # announcement: not every partner was told before the work began (README: *Announced*
    # means every partner has it), so the procedure's verdict is not ON TIME
    assert figures.first.verdict == LATE and figures.first.at == T0
    # the announcement promised the reminder, which left a minute after its time
    promise = figures.promises[0]
    assert (promise.number, promise.verdict, promise.answered_by) == (1, KEPT, 2)
    assert promise.answered_at == REMINDER + timedelta(minutes=1)
    # the re-issue went to the SMS-only partner alone (the others had the reminder by e-mail:
    # past the announcement, nothing to re-issue to them) and still waits for a modem; queued,
    # with no held copy, the report counts its promise as it does any notice not out yet
    assert [p.verdict for p in figures.promises] == [KEPT] * 4
    stages = [(n.stage, n.reissue_of) for n in figures.notices]
    assert stages[:3] == [("initial", None), ("update", None), ("initial", 1)]

    period = gather_period(kit.store.conn, START.date(), START.date(), actor="t")
    [row] = period.planned_work
    assert row.overran == "no (extended by 15 min)"  # completed before the planned end
    assert row.reminders == "1 of 1 sent"  # the re-issue is no reminder
    assert row.completion == "on time"
    assert row.announced == f"NOT EVERY PARTNER: {first.told} of {first.audience.contacts} partners"


def _blocks(path: Path) -> list[str]:
    """The CSV's blocks: the notices, then (after an empty row) the planned work."""
    return path.read_bytes().decode("utf-8-sig").split("\r\n\r\n")


def _rows(path: Path) -> list[dict[str, str]]:
    block = _blocks(path)[0]
    return list(csv.DictReader(io.StringIO(block)))


def test_csv_xlsx_and_pdf_of_the_night(
    kit: Kit, clock: Clock, sink: MailSink, cli: CliRunner, tmp_path: Path
) -> None:
    reference = _night(kit, clock, sink)
    day = START.date().isoformat()
    for fmt in ("csv", "xlsx", "pdf"):
        done = cli(
            "report", "period", "--from", day, "--to", day, "--format", fmt,
            "--out", str(tmp_path / f"period.{fmt}"),
        )  # fmt: skip
        assert done.code == 0, done.err
    done = cli("report", "incident", reference, "--format", "pdf", "--out", str(tmp_path / "i.pdf"))
    assert done.code == 0, done.err

    rows = _rows(tmp_path / "period.csv")
    assert [r["First out"] for r in rows] == [
        local_stamp(T0),
        local_stamp(REMINDER + timedelta(minutes=1)),
        "",  # the re-issue: its SMS copies still wait for a modem
        local_stamp(START + timedelta(minutes=10)),
        local_stamp(START + timedelta(minutes=30)),
    ]
    assert rows[0]["Held"] != "0" and rows[0]["Promise"] == "KEPT"
    assert rows[0]["First-notice rule"] == "LATE"  # the SMS-only partner never had it
    assert rows[2]["Stage"] == "Announcement (re-issue of #1)"
    # the re-issue: only the SMS-only partner's copy (the others had the reminder: nothing to
    # re-issue to them), still waiting for a modem
    assert (
        rows[2]["Queued (not out)"],
        rows[2]["Held"],
        rows[2]["No longer needed"],
        rows[2]["Messages"],
    ) == ("1", "0", "0", "1")
    planned = _blocks(tmp_path / "period.csv")[1]
    assert "no (extended by 15 min)" in planned and "1 of 1 sent" in planned

    book = load_workbook(tmp_path / "period.xlsx")
    notices = next(book[name] for name in book.sheetnames if name.startswith("Notices"))
    header = [plain_header(c.value) for c in notices[1]]
    first_out = notices.cell(row=2, column=header.index("First out") + 1)
    assert isinstance(first_out.value, datetime) and "yy" in first_out.number_format
    assert first_out.value == T0.astimezone().replace(tzinfo=None)
    queued = notices.cell(row=2, column=header.index("Queued") + 1)
    assert isinstance(queued.value, datetime)
    held = notices.cell(row=2, column=header.index("Held") + 1)
    assert isinstance(held.value, int) and held.value > 0
    blank = notices.cell(row=4, column=header.index("First out") + 1)
    assert blank.value is None
    with zipfile.ZipFile(tmp_path / "period.xlsx") as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(z.read(n).decode() for n in sheets)
    assert "<is><t></t></is>" not in xml and "<is><t /></is>" not in xml
    assert "+0000</t>" not in xml and "+0100</t>" not in xml  # no time kept as text

    text = " ".join(pdf_text(tmp_path / "i.pdf").split())
    assert "not told yet" not in text and "ON TIME" not in text
    assert "4 update times promised: 4 KEPT, 0 MISSED" in text  # (the re-issue queued: above)
    # the announcement: out at once, though the SMS-only partner never had it
    first = IncidentReader(conn=kit.store.conn, actor="t").figures(reference).notices[0]
    told = f"{first.told} of {first.audience.contacts} told"
    assert "#1 Announcement — 01:00 (not every partner told)" in text
    assert f"First out {stamp(T0)} Every partner told not yet ({told})" in text
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(tmp_path / "i.pdf"), str(png)], check=True)
    out = Path("/tmp/verdict")
    out.mkdir(exist_ok=True)
    for page in sorted(tmp_path.glob("page*.png")):
        page.replace(out / page.name)


def test_work_announced_at_once_is_judged_by_its_own_plan(
    kit: Kit, clock: Clock, sink: MailSink
) -> None:
    """Planned with `--announce-days 0` (announced at once) a day before the start, while
    the setting says 3 days: the period report judges it by the incident's own plan (on time),
    not "LATE (plan: 3 d ahead)" from the setting."""
    kit.settings.set("planned_announce_days", 3)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        demo_directory(), origin="demo", reason="test"
    )
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    clock.at(START - timedelta(days=1))
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    Schedule(service=service).make_plan(incident, PlanConfig(announce_days=None, reminders=()))
    service.notify(incident, "initial", FIELDS)
    make_delivery(kit).send()
    clock.at(END + timedelta(hours=1))
    period = gather_period(kit.store.conn, START.date(), START.date(), actor="t")
    [row] = period.planned_work
    assert row.announced.startswith("on time") and "plan: 3" not in row.announced
