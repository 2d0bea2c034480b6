"""English that was left in a Polish kit (issue 15, point 4): the selftest's lines, and the
reply of a message held because its incident was closed (stored as an English key, shown in
the language of whoever reads it, as the planned notices' drop reasons)."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta

import pytest

from app import i18n
from app.commands.selftest import CHECKS
from app.delivery.outbox import Outbox
from app.delivery.replies import shown_reply
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.wall_clock import gone


def test_selftest_in_polish(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    # the Windows lane's Python has no Qt outside its window tests: the Qt checks are skipped
    # there (in Polish too), the rest — and the console's Polish letters — still checked
    no_qt = [] if importlib.util.find_spec("PySide6") else ["--no-qt"]
    result = cli("--selftest", *no_qt)
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    check_lines = lines[1:-1]
    assert len(check_lines) == len(CHECKS)
    names = [line.split("  ")[0].strip() for line in check_lines]
    assert names[:4] == ["pliki programu", "baza", "plik klucza", "kopia zapasowa"]
    store = next(line for line in check_lines if line.startswith("baza "))
    assert "ok (SQLCipher, schemat " in store
    backup = next(line for line in check_lines if line.startswith("kopia zapasowa "))
    assert backup.endswith("ok (kopia, weryfikacja, przywrócenie)")
    audit = next(line for line in check_lines if line.startswith("audyt "))
    assert "łańcuch nienaruszony, " in audit
    english = ("entries", "templates lint", "backup, verify", "resources,", "contacts)")
    assert not [line for line in check_lines for word in english if word in line]
    monkeypatch.setenv(i18n.ENV_NAME, "en")


def test_held_reply_of_a_closed_incident_in_the_readers_language(kit: Kit) -> None:
    from app.contacts.demo import load_demo

    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS gateway down", ["sms"])
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="minutes")
    initial = {"impact": "No SMS", "started": gone("02:00 UTC"), "actions": "Restart"}
    service.notify(incident, "initial", {**initial, "next_update": later})
    service.notify(incident, "resolved", {"resolved_at": gone("04:00"), "summary": "Fixed"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    cut = outbox.messages(state="queued")[0]  # an initial copy, cut off while it went out
    assert outbox.claim(cut.id, path="relay") and outbox.recover_interrupted() == [cut.id]
    service.told_another_way(incident, "phoned")  # the resolution reached them
    i18n.install("en")  # closed by an officer working in English …
    service.close(service.get(incident.reference))
    stored = outbox.get(cut.id).last_reply
    # its partner has the resolution: held at the close as superseded
    assert stored == (
        f"held: a later notice of {incident.reference} reached the partner; "
        "this older copy is not sent"
    )
    i18n.install("pl")  # … read by one working in Polish
    assert shown_reply(stored) == (
        f"wstrzymana: partner dostał późniejsze powiadomienie {incident.reference}; "
        "ta starsza kopia nie zostanie wysłana"
    )


def test_backlog_query_says_the_status_in_polish(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", "--operator", "Dyżurny", "--demo").code == 0
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    shown = cli("backlog", "query", "--status", "quarantined", "--limit", "3")
    assert shown.code == 0, shown.err
    rows = shown.out.splitlines()[:3]
    assert rows and all(row[15:30].strip() == "W kwarantannie" for row in rows), rows
    assert "quarantined" not in shown.out
    monkeypatch.setenv(i18n.ENV_NAME, "en")


def test_plan_summary_without_reminders_and_the_wizards_recipients(kit: Kit) -> None:
    """The plan's line says "no reminders" (was "reminders none before" / "przypomnienia none
    przed"); the wizard's "each once" is "one message to each", not "każdy raz" (every time)."""
    from app.contacts.demo import load_demo
    from app.incidents.plan import PlanConfig
    from app.incidents.schedule import Schedule

    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    start = datetime.now(UTC) + timedelta(days=5)
    schedule = Schedule(service=service)
    quiet = service.create("downtime", "Router swap", ["sms"], window=(start, start + timedelta(1)))
    schedule.make_plan(quiet, PlanConfig(announce_days=None, reminders=()))
    noisy = service.create("downtime", "Disk swap", ["sms"], window=(start, start + timedelta(1)))
    schedule.make_plan(noisy, PlanConfig(announce_days=2, reminders=(1440, 60)))
    try:
        i18n.install("en")
        assert schedule.describe(quiet) == "announced at once; no reminders"
        assert "none" not in schedule.describe(quiet)
        assert schedule.describe(noisy).endswith(" before the start")
        i18n.install("pl")
        assert "none" not in schedule.describe(quiet)
        assert schedule.describe(quiet).endswith("; bez przypomnień")
        assert schedule.describe(noisy).endswith(" przed początkiem")
        catalog = i18n.Catalog.load("pl")
        source = "<b>%n</b> recipient(s), each once"
        forms = [catalog.translate("NewIncidentDialog", source, n=n) for n in (1, 3, 12)]
        assert not [f for f in forms if "każdy raz" in f]
        assert forms[1].endswith("odbiorcy, do każdego jedna wiadomość")
        assert forms[2].endswith("odbiorców, do każdego jedna wiadomość")
    finally:
        i18n.install("en")
