"""A resolution's end before the incident began is refused (a tester's finding: "fixed at
22:00" was sent for an incident detected at 23:40): in the window, typed as an officer types
it, and from the command line, whatever the bundle calls its end field (the demo's
`end_time` and `resolved_at`, the ferry bundle's `back_in_service`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.reports.wording import stamp
from app.ui.incidents.notice_dialog import FollowUpDialog
from tests.support.cli import CliRunner
from tests.support.ferry_bundle import load_ferry
from tests.support.forms_bundle import load_forms_bundle


def _retype(qtbot: QtBot, editor: QWidget, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def _typed(moment: datetime) -> str:
    return f"{moment.astimezone():%d.%m.%Y %H:%M}"


def _detected_last_night() -> datetime:
    """23:40 of the day before yesterday's date in this computer's zone: always past."""
    day = (datetime.now(UTC) - timedelta(days=2)).astimezone()
    return day.replace(hour=23, minute=40, second=0, microsecond=0)


def test_the_window_refuses_an_end_before_detection(
    qtbot: QtBot, kit: Kit, tmp_path: Path, cli: CliRunner
) -> None:
    load_forms_bundle(kit, tmp_path / "src")  # its resolution's end field: `end_time`
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    detected = _detected_last_night()
    incident = service.open(
        service.draft("disaster", "Billing down", ["billing"], detected=detected)
    )
    promise = (datetime.now(UTC) + timedelta(hours=2)).isoformat(timespec="minutes")
    initial = {"customer_impact": "No renewals.", "start_time": _typed(detected)}
    service.notify(incident, "initial", {**initial, "next_update": promise})
    dialog = FollowUpDialog(service, incident, "resolved")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    end = dialog.form.editors["end_time"]
    _retype(qtbot, end, _typed(detected - timedelta(hours=1, minutes=40)))  # 22:00
    dialog.refresh()  # (the dialog's own debounce, without the wait)
    problems = dialog.preview.problems.text()
    assert not dialog.queue.isEnabled(), problems
    assert "'end_time'" in problems and "before the start partners were told" in problems
    assert "22:00" in problems and "23:40" in problems and "Write when it really ended" in problems
    _retype(qtbot, end, _typed(detected + timedelta(minutes=50)))
    dialog.refresh()
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    qtbot.mouseClick(dialog.queue, Qt.MouseButton.LeftButton)
    assert dialog.queued is not None
    # the report's Ended is the end partners were told; when the notice went out is its own row
    report = tmp_path / "report.html"
    made = cli("report", "incident", incident.reference, "--format", "html", "--out", str(report))
    assert made.code == 0, made.err
    html = report.read_text(encoding="utf-8")
    told = stamp(detected + timedelta(minutes=50))
    assert f"{told}, as partners were told" in html and "Resolution notice out" in html
    assert "as partners were told, after 50 min; the notice saying so went out at" in html


def test_a_bundle_s_own_end_field_is_checked_too(kit: Kit, tmp_path: Path) -> None:
    load_ferry(kit, tmp_path / "src")
    ferry = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    detected = _detected_last_night()
    service = ferry.directory.services()[0].id
    incident = ferry.open(ferry.draft("disaster", "Tickets down", [service], detected=detected))
    before = detected - timedelta(minutes=30)
    fields = {"back_in_service": _typed(before), "measures": "Restarted."}
    found = ferry.compose(incident, "resolved", fields)
    assert any("'back_in_service'" in p and "before the incident" in p for p in found.problems)
    fields["back_in_service"] = _typed(detected)  # the same minute: kept
    assert not [p for p in ferry.compose(incident, "resolved", fields).problems if "before" in p]


def test_the_command_line_refuses_an_end_before_detection(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    detected = _detected_last_night()
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms",
        "--groups", "subscriptions", "--detected", _typed(detected),
    ).out.strip()  # fmt: skip
    fields = tmp_path / "f.json"
    ended = detected - timedelta(hours=1, minutes=40)
    fields.write_text(json.dumps({"resolved_at": _typed(ended), "summary": "Fixed"}), "utf-8")
    args = ["incident", "notify", ref, "--stage", "resolved", "--fields", str(fields)]
    dry = cli(*args, "--dry-run")
    assert dry.code == 1, dry.out
    assert "'resolved_at'" in dry.out + dry.err and "before the incident was detected (" in (
        dry.out + dry.err
    )
    refused = cli(*args)
    assert refused.code == 2 and "Nothing was queued" in refused.err
    fields.write_text(
        json.dumps({"resolved_at": _typed(detected + timedelta(hours=1)), "summary": "Fixed"}),
        "utf-8",
    )
    good = cli(*args, "--dry-run")  # (no initial notice yet: refused for that alone)
    assert "before the incident" not in good.out + good.err
