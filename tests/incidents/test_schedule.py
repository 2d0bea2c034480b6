"""Planned work on a schedule, driven by the kit's clock (no sleeping) against a real SMTP
server process: announced days ahead, reminded, started, an overrun alarm, the window
extended, completed; a reminder missed while the kit was closed is never sent late by
itself — the officer sends it (its times written then) or skips it with a reason."""

from __future__ import annotations

import csv
import subprocess
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import openpyxl
import pytest

from app.commands.report_cmds import write_pdf
from app.errors import UserError
from app.incidents.calendar import planned_work
from app.incidents.clock import AlertTracker
from app.incidents.model import partner_time
from app.incidents.plan import PlanConfig, parse_reminders
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.incidents.window_change import WindowChanges
from app.kit import Kit
from app.reports.document import ReportDocument, save_document
from app.reports.period import gather_period, period_document
from app.timefmt import local_stamp as stamp  # the CSV's form: numeric offset
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.local_time import read_by
from tests.support.mail_sink import MailSink
from tests.support.workbook import plain_header

clock = scripted_night.clock  # the services' clock, driven by the test

START = T0 + timedelta(days=5)  # Sunday 15 March 2026, 01:00 UTC
END = START + timedelta(hours=2)
FIELDS = {"work": "Database engine upgrade", "impact": "No new subscriptions can be made."}


def _mails(sink: MailSink, already: int) -> list[EmailMessage]:
    found = [message_from_bytes(m, policy=policy.default) for m in sink.messages()[already:]]
    return [m for m in found if isinstance(m, EmailMessage)]


def _body(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _polish(message: EmailMessage) -> bool:
    return "Aktualizacja" in str(message["Subject"])


def _says(message: EmailMessage, english: str) -> bool:
    """The plan's own sentence, in English for all but Polish partners (who read theirs)."""
    return _polish(message) or english in _body(message)


def _sent_at(message: EmailMessage) -> object:
    return parsedate_to_datetime(str(message["Date"]))


@pytest.fixture
def planned(kit: Kit, clock: Clock, sink: MailSink) -> tuple[IncidentService, Schedule]:
    from app.contacts.demo import load_demo

    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    return service, Schedule(service=service)


def test_a_whole_plan_on_the_kits_clock(
    whole_plan: tuple[ReportDocument, str], tmp_path: Path
) -> None:
    _period_files(*whole_plan, tmp_path)


def test_the_whole_plan_in_the_period_pdf(
    whole_plan: tuple[ReportDocument, str], tmp_path: Path
) -> None:
    """The same plan in the period report's PDF (Qt draws it: the Windows lane, which has no
    Qt, leaves this test out; a PDF under Windows Qt is tests/windows/test_wine_qt.py's)."""
    document, reference = whole_plan
    pdf = tmp_path / "period.pdf"
    save_document(document, "pdf", pdf, pdf_writer=write_pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Planned work against its plan" in text and reference in text


@pytest.fixture
def whole_plan(
    kit: Kit, clock: Clock, sink: MailSink, planned: tuple[IncidentService, Schedule]
) -> tuple[ReportDocument, str]:
    """A planned downtime from its announcement to its completion on the kit's clock (a
    reminder missed and sent late, the window extended); its period report."""
    service, schedule = planned
    clock.at(T0)
    incident = service.create(
        "downtime", "Billing database upgrade", ["subscriptions"], window=(START, END)
    )
    notices = schedule.make_plan(
        incident,
        PlanConfig(
            announce_days=service.announce_days(),  # the setting: 3 days
            reminders=parse_reminders("24h, 1h"),
            start_notice=True,
            fields=FIELDS,
        ),
    )
    assert [(n.label, n.due_at) for n in notices] == [
        ("Announcement", START - timedelta(days=3)),
        ("Reminder 24 h before", START - timedelta(hours=24)),
        ("Reminder 1 h before", START - timedelta(hours=1)),
        ("Work started", START),
        ("Completion due", END),
    ]
    delivery = make_delivery(kit)

    def deliver() -> None:
        delivery.send()
        # SMS partners (no modem here) are phoned at once, so every notice is delivered
        service.told_another_way(service.get(incident.reference), "phoned the SMS partners")

    # a day on: nothing is due, nothing goes out
    clock.at(T0 + timedelta(days=1))
    assert schedule.run().fired == []
    assert sink.messages() == []

    # the announcement, rendered and sent at its time; the plan is its promise
    clock.at(START - timedelta(days=3, seconds=-20))
    fired = schedule.run().fired
    assert [f.planned.purpose for f in fired] == ["announcement"]
    deliver()
    announced = _mails(sink, 0)
    assert announced, "the announcement reached nobody"
    seen = len(sink.messages())
    english = [m for m in announced if "Planned maintenance:" in str(m["Subject"])]
    assert english
    for mail in announced:
        # (the Polish one's English title is marked "(po angielsku)": 73 characters, read
        # back without a leading space)
        assert str(mail["Subject"]).startswith(f"[{incident.reference}] ")
        body = _body(mail)
        assert "Database engine upgrade" in body
        # no next_update was typed anywhere: the next planned notice is the promise
        assert read_by(kit.store.conn, mail, START - timedelta(hours=24)) in body
        assert _sent_at(mail) == START - timedelta(days=3, seconds=-20)
    for mail in english:
        promise = read_by(kit.store.conn, mail, START - timedelta(hours=24))
        assert f"Next update no later than {promise}" in _body(mail)
    assert [d.phase(clock()) for d in service.deadlines(service.get(incident.reference))] == [
        "before"
    ]
    assert "starts in 2 d 23:59:40" in service.deadlines(incident)[0].label(clock())

    # the 24 h reminder, written when it goes
    clock.at(START - timedelta(hours=24) + timedelta(minutes=1))
    assert [f.planned.label for f in schedule.run().fired] == ["Reminder 24 h before"]
    deliver()
    reminders = _mails(sink, seen)
    seen = len(sink.messages())
    assert reminders and all(
        _says(m, "Reminder: the planned maintenance starts in 23 hours 59 minutes")
        for m in reminders
    )
    assert any(_polish(m) for m in reminders)
    assert all("zaczną się za 23 godziny 59 minut" in _body(m) for m in reminders if _polish(m))

    # the kit is closed over the 1 h reminder: 30 minutes late, it is missed, not sent
    clock.at(START - timedelta(minutes=30))
    result = schedule.run()
    assert result.fired == [] and [m.label for m in result.missed] == ["Reminder 1 h before"]
    delivery.send()
    assert len(sink.messages()) == seen  # nothing late went out by itself
    # the officer sends it now: its times are written now, so they are right
    schedule.send_now(result.missed[0].id)
    deliver()
    late = _mails(sink, seen)
    seen = len(sink.messages())
    assert late and all(
        _says(m, "starts in 30 minutes") or "zaczną się za 30 minut" in _body(m) for m in late
    )
    assert schedule.missed() == []

    # the window opens: "work started" by itself; the clock says it runs
    clock.at(START + timedelta(seconds=5))
    assert [f.planned.purpose for f in schedule.run().fired] == ["started"]
    deliver()
    started = _mails(sink, seen)
    seen = len(sink.messages())
    assert started and all(
        _says(m, f"started at {read_by(kit.store.conn, m, START)}") for m in started
    )
    deadline = service.deadlines(service.get(incident.reference))[0]
    assert deadline.label(clock()).endswith("in progress, ends in 1:59:55 (03:00)")

    # past the end without a completion: the alarm
    clock.at(END + timedelta(minutes=5))
    deadline = service.deadlines(service.get(incident.reference))[0]
    assert deadline.state(clock()) == "overdue" and "OVERRAN" in deadline.label(clock())
    assert deadline.short_label(clock()) == "OVERRAN by 5 min"  # units, not '5:00'
    alerts = AlertTracker().due([deadline], clock())
    assert alerts and "OVERRAN" in alerts[0].message()

    # one step: extend the window; partners get the new end, the completion moves with it
    new_end = END + timedelta(hours=1)
    WindowChanges(schedule).extend(service.get(incident.reference), new_end, "Index rebuild.")
    deliver()
    extension = _mails(sink, seen)
    seen = len(sink.messages())
    assert extension and all(
        # the plan's own sentence in the partner's language and time, as the promise is
        _says(m, f"now ends at {read_by(kit.store.conn, m, new_end)}")
        for m in extension
    )
    extended = service.get(incident.reference)
    assert extended.window_end == new_end
    deadline = service.deadlines(extended)[0]
    assert deadline.phase(clock()) == "running" and deadline.due == new_end
    completion = [n for n in schedule.notices(extended) if n.purpose == "completion"]
    assert completion[0].due_at == new_end and completion[0].state == "pending"

    # completed inside the new window; the plan's completion is done by it
    clock.at(new_end - timedelta(minutes=10))
    service.notify(
        extended,
        "completed",
        {"completed_at": partner_time(clock()), "summary": "Upgrade done."},
    )
    delivery.send()
    done = _mails(sink, seen)
    assert done and all("Upgrade done." in _body(m) for m in done)
    service.told_another_way(extended, "SMS-only partners phoned")  # no modem here
    service.close(service.get(incident.reference))
    states = {n.purpose: n.state for n in schedule.notices(extended)}
    assert states == {
        "announcement": "sent",
        "reminder": "sent",
        "started": "sent",
        "completion": "sent",
    }
    events = sorted(
        (e for e in kit.audit.entries() if e.action == "schedule.sent"), key=lambda e: e.id
    )
    assert [e.details["late"] for e in events] == [False, False, True, False]
    report = gather_period(kit.store.conn, T0.date(), END.date(), actor="test")
    [row] = report.planned_work
    assert row.cells()[2:] == (
        "completed",
        "on time, 3 d 0 h 00 min ahead",
        f"{row.announcement_recipients}/{row.announcement_recipients}",
        "2 of 2 sent (1 late or undelivered)",  # reminders: the work-started notice is none
        "1 (+1 h 00 min)",
        # completed 50 min past the end it was planned with: the extension does not hide it
        "YES, by 50 min (extended by 1 h 00 min)",
        "on time",
    )
    document = period_document(report)
    page = document.html
    assert "Planned work against its plan" in page and "extended by 1 h 00 min" in page
    work = planned_work(schedule, START.date(), START.date())
    assert [(w.incident.reference, w.state) for w in work] == [(incident.reference, "completed")]
    return document, incident.reference


def _period_files(document: ReportDocument, reference: str, folder: Path) -> None:
    """The manager's period report carries the planned work in CSV (after the notices), XLSX
    (its own sheet: window times as dates, counts as numbers)."""
    save_document(document, "csv", folder / "period.csv")
    rows = list(csv.reader((folder / "period.csv").read_text("utf-8-sig").splitlines()))
    at = rows.index(["Planned work"])
    header, planned_row = rows[at + 1], rows[at + 2]
    found = dict(zip(header, planned_row, strict=True))
    assert found["Incident"] == reference and found["Status"] == "completed"
    # local time with its offset, as the notices' times above it
    assert found["Window start"] == stamp(START)
    assert found["Window end"] == stamp(END + timedelta(hours=1))
    assert found["Planned end (as announced)"] == stamp(END)
    assert (found["Extensions"], found["Extended (minutes)"]) == ("1", "60")
    assert (found["Planned notices sent"], found["Planned notices"]) == ("4", "4")
    assert found["Announcement: partners told"] == found["Announcement: partners"] != "0"

    save_document(document, "xlsx", folder / "period.xlsx")
    book = openpyxl.load_workbook(folder / "period.xlsx")
    sheet = book["Planned work"]
    header = [plain_header(c.value) for c in sheet[1]]
    cells = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert cells["Incident"].value == reference
    assert cells["Window start"].is_date and cells[
        "Window start"
    ].value == START.astimezone().replace(tzinfo=None)
    assert cells["Planned end (as announced)"].is_date
    for name in ("Announcement: partners told", "Planned notices sent", "Extensions"):
        assert cells[name].data_type == "n", name
    assert cells["Extended (minutes)"].value == 60
    assert any(title.startswith("Notices") for title in book.sheetnames)


def test_a_missed_reminder_is_skipped_with_a_reason_and_audited(
    kit: Kit, clock: Clock, sink: MailSink, planned: tuple[IncidentService, Schedule]
) -> None:
    service, schedule = planned
    clock.at(T0)
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(incident, "initial", FIELDS)  # announced at once by the officer
    clock.at(START - timedelta(hours=2))  # closed from before the 24 h reminder until now
    missed = schedule.missed()
    assert [m.label for m in missed] == ["Reminder 24 h before"]
    with pytest.raises(UserError, match="Say why"):
        schedule.skip(missed[0].id, "  ")
    skipped = schedule.skip(missed[0].id, "partners were phoned instead")
    assert skipped.state == "skipped" and schedule.missed() == []
    entry = next(e for e in kit.audit.entries() if e.action == "schedule.skipped")
    assert entry.details["reason"] == "partners were phoned instead"
    # a reminder is never sent once the window has opened
    clock.at(START + timedelta(minutes=20))
    late = schedule.missed()
    assert [m.label for m in late] == ["Reminder 1 h before"]
    with pytest.raises(UserError, match="a reminder now would be wrong"):
        schedule.send_now(late[0].id)
    make_delivery(kit).send()
    assert not any("Reminder" in _body(m) for m in _mails(sink, 0))


def test_moving_and_cancelling_re_plan_and_tell_the_same_audience(
    kit: Kit, clock: Clock, sink: MailSink, planned: tuple[IncidentService, Schedule]
) -> None:
    service, schedule = planned
    clock.at(T0)
    incident = service.create("downtime", "Switch upgrade", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    first = service.notify(incident, "initial", FIELDS)
    delivery = make_delivery(kit)
    delivery.send()
    audience = {str(m["X-Envelope-To"]) for m in _mails(sink, 0)}
    seen = len(sink.messages())

    later = (START + timedelta(days=2), END + timedelta(days=2))
    changes = WindowChanges(schedule)
    with pytest.raises(UserError, match="Say why"):
        changes.move(service.get(incident.reference), *later, reason="")
    reasons = {"en": "Vendor delay", "pl": "opóźnienie dostawcy"}
    moved = changes.move(service.get(incident.reference), *later, reason=reasons)
    assert moved is not None
    delivery.send()
    change = _mails(sink, seen)
    seen = len(sink.messages())
    assert {str(m["X-Envelope-To"]) for m in change} == audience  # the same partners
    others = [m for m in change if not _polish(m)]
    assert others and all("has moved" in _body(m) and "Vendor delay" in _body(m) for m in others)
    polish = [m for m in change if _polish(m)]
    assert polish and all("Powód: opóźnienie dostawcy" in _body(m) for m in polish)
    assert all("zostały przeniesione" in _body(m) for m in polish)
    assert all("Vendor delay" not in _body(m) for m in polish)  # their own reason only
    pending = [n for n in schedule.notices(incident) if n.state == "pending"]
    assert sorted(n.due_at for n in pending) == [
        later[0] - timedelta(hours=24),
        later[0] - timedelta(hours=1),
        later[1],
    ]
    assert first.notice_id != moved.notice_id

    # cancelled: the cancellation to the same audience, nothing planned is sent after it
    service.notify(service.get(incident.reference), "cancelled", {"reason": "Not needed"})
    delivery.send()
    cancelled = _mails(sink, seen)
    assert {str(m["X-Envelope-To"]) for m in cancelled} == audience
    assert all(n.state != "pending" for n in schedule.notices(incident))
    clock.at(later[0] - timedelta(hours=1))
    assert schedule.run().fired == []


def test_a_planned_notice_is_queued_once_even_by_two_passes(
    kit: Kit,
    clock: Clock,
    planned: tuple[IncidentService, Schedule],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's timer and a cron 'outbox send' may run the pass at the same moment:
    each claims the planned notice in the write transaction that queues it."""
    service, schedule = planned
    clock.at(T0)
    incident = service.create("downtime", "Swap", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=None, fields=FIELDS))
    service.notify(incident, "initial", FIELDS)
    clock.at(START - timedelta(hours=24))
    seen_by_both = schedule.due(clock())  # both passes read it as due
    other = Schedule(service=service)
    assert [f.planned.id for f in other.run().fired] == [seen_by_both[0].id]
    # the slower pass still holds what it read before the other one queued it
    monkeypatch.setattr(schedule, "due", lambda _moment: seen_by_both)
    result = schedule.run()
    assert result.fired == [] and result.failed == []  # taken: nothing to say
    updates = [n for n in service.notices(incident) if n.stage == "update"]
    assert len(updates) == 1
