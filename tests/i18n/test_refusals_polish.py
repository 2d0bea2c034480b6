"""Refusals and labels that were still English in Polish (issue 15, point 4): a bundle with a
bad signature, an incident refused at opening, a report's title, the timers, the send
summary's server replies — each from the command line as a second process and in the window
(typed and clicked). And the quoted history of a follow-up in the partner's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from app import i18n
from app.bundles import minisign
from app.bundles.builder import build_bundle, write_bundle
from app.bundles.trust import TrustStore
from app.incidents.clock import Alert, Deadline
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.runbooks.section import RunbooksSection
from tests.bundles.conftest import SAMPLE
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into

POLISH = {"OUTAGE_KIT_LANG": "pl"}


def _bundle(tmp_path: Path, key: minisign.SecretKey) -> Path:
    out = tmp_path / "out" / "bundle-v1.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    write_bundle(build_bundle(SAMPLE, key=key, version=1, expires_days=180), out)
    return out


@pytest.fixture
def signed_in(kit: Kit) -> minisign.SecretKey:
    """IT's key, pinned as the primary signer of this kit."""
    key = minisign.generate()
    TrustStore(conn=kit.store.conn, audit=kit.audit).pin(key.public, role="primary")
    return key


def test_a_bundle_with_a_bad_signature_is_refused_in_polish(
    kit: Kit,
    paths: KitPaths,
    passphrase_file: Path,
    signed_in: minisign.SecretKey,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Polski chosen in Settings for this data folder (no OUTAGE_KIT_LANG)."""
    kit.store.close()
    monkeypatch.delenv(i18n.ENV_NAME)
    i18n.store_choice(paths.home, "pl")
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    tampered = _bundle(tmp_path, signed_in)
    data = bytearray(tampered.read_bytes())
    data[-30] ^= 0x01  # one bit of the archive's end, after signing
    tampered.write_bytes(bytes(data))
    result = cli.subprocess("bundle", "import", str(tampered), "--yes", env={"LANG": "C.UTF-8"})
    assert result.code == 2, result.err
    assert "Plik pakietu zmieniono po podpisaniu" in result.err
    assert "changed after it was signed" not in result.err

    stranger = _bundle(tmp_path / "other", minisign.generate())
    result = cli.subprocess("bundle", "import", str(stranger), "--yes", env=POLISH)
    assert result.code == 2
    assert "któremu ten zestaw nie ufa (zaufane: główny " in result.err

    unsigned = tmp_path / "unsigned.zip"
    unsigned.write_bytes(stranger.read_bytes())
    result = cli.subprocess("bundle", "import", str(unsigned), "--yes", env=POLISH)
    assert result.code == 2
    assert "unsigned.zip nie ma podpisu (obok nie ma pliku unsigned.zip.minisig)" in result.err
    english = cli.subprocess(
        "bundle", "import", str(unsigned), "--yes", env={"OUTAGE_KIT_LANG": "en"}
    )
    assert "unsigned.zip has no signature" in english.err


def test_an_incident_refused_and_its_report_titled_in_polish(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    from app.contacts.demo import load_demo

    load_demo(kit)
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    refused = cli.subprocess(
        "incident", "new", "--kind", "disaster", "--title", " ", "--services", "nope", env=POLISH
    )
    assert refused.code == 2
    lines = refused.err.strip().splitlines()
    assert lines[0] == "outage-kit: Nie otwarto incydentu:"
    assert "  - Nadaj incydentowi krótki tytuł (np. 'Bramki SMS nie działają')." in lines
    assert any(line.startswith("  - Nieznana usługa 'nope'; znane usługi: ") for line in lines)

    opened = cli.subprocess(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    )
    assert opened.code == 0, opened.err
    reference = opened.out.strip()
    missing = cli.subprocess("incident", "show", "OK-1999-0001", env=POLISH)
    assert missing.err.strip() == (
        "outage-kit: Nie ma incydentu OK-1999-0001. 'outage-kit incident list' wypisuje incydenty."
    )
    out = tmp_path / "report.html"
    written = cli.subprocess(
        "report", "incident", reference, "--format", "html", "--out", str(out), env=POLISH
    )
    assert written.code == 0, written.err
    assert written.out.strip() == f"Raport incydentu {reference}: zapisano do {out}."
    assert f"<title>Raport incydentu {reference}</title>" in out.read_text(encoding="utf-8")
    folder = cli.subprocess(
        "report", "incident", reference, "--format", "csv", "--out", str(tmp_path), env=POLISH
    )
    assert folder.code == 2
    assert f"{tmp_path} jest folderem; podaj nazwę pliku, np. " in folder.err


def test_the_dry_run_says_each_problem_once(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    """Four partners in four zones: a missing field is one line naming one template, in
    Polish, not a line per zone or a list of every template that needs it."""
    load_into(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    kit.store.close()
    fields = tmp_path / "fields.json"
    fields.write_text('{"start_time": "2026-11-30 21:40 UTC"}', encoding="utf-8")
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    shown = cli.subprocess(
        "incident", "notify", incident.reference, "--stage", "initial", "--fields", str(fields),
        "--dry-run", env=POLISH,
    )  # fmt: skip
    assert shown.code == 1
    lint = [
        line.strip() for line in shown.out.split("===== sprawdzenie", 1)[1].strip().splitlines()
    ]
    assert len(lint) == len(set(lint)), lint
    # (no delivery path in this bundle: said after the problems, once per channel)
    assert [line.split(":")[0] for line in lint[2:]] == ["uwaga"] * 2, lint
    lint = lint[:2]
    assert lint[0] == "- Podaj najpóźniejszy termin następnej aktualizacji (next_update)."
    assert lint[1].startswith(
        "- Wypełnij pole 'customer_impact' (wymaga go templates/disaster/initial.de.j2 (bundle) i "
    )
    assert lint[1].endswith(" inne szablony).") or lint[1].endswith(" innych szablonów).")


def test_contacts_list_shows_each_time_zone(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    load_into(kit, tmp_path / "src")
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    listed = cli.subprocess("contacts", "list", env=POLISH)
    rows = {line.split()[0]: line for line in listed.out.splitlines()[:-1]}
    assert " Europe/Stockholm " in rows["Beta"]
    assert " America/Sao_Paulo " in rows["Delta"]
    assert listed.out.strip().splitlines()[-1] == "4 kontakty."


def test_a_follow_up_quotes_earlier_notices_in_the_partners_language(
    kit: Kit, tmp_path: Path
) -> None:
    """The kit ships no Swedish or German: the bundle's own templates speak them, and so
    does the quoted history's header. A Brazilian partner whose bundle says pt-BR = "en"
    reads the English template, and its header in English too."""
    load_into(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create(
        "disaster", "SMS gateways down", ["sms"], detected=datetime.now(UTC) - timedelta(hours=1)
    )
    promise = (datetime.now(UTC) + timedelta(hours=2)).isoformat(timespec="minutes")
    i18n.install("pl")  # the officer's language changes nothing a partner reads
    service.notify(
        incident,
        "initial",
        {
            "customer_impact": "No SMS.",
            "start_time": "2026-11-30 21:40 UTC",
            "next_update": promise,
        },
    )
    update = service.compose(
        incident,
        "update",
        {"customer_impact": "No SMS.", "progress": "Gateway A back.", "next_update": promise},
    )
    assert update.ok, update.problems
    bodies = {(t.language, t.timezone): t.full_body for t in update.texts.values() if t.subject}
    swedish = bodies[("sv", "Europe/Stockholm")]
    assert "\n-------- Tidigare meddelande, " in swedish
    assert "\n> Ämne: [" in swedish and "Earlier notice" not in swedish
    german = bodies[("de", "Europe/Berlin")]
    assert "\n-------- Frühere Mitteilung, " in german and "\n> Betreff: [" in german
    brazil = bodies[("pt-BR", "America/Sao_Paulo")]
    assert "\n-------- Earlier notice, " in brazil and "\n> Subject: [" in brazil
    assert "\n-------- Earlier notice, " in bodies[("en", "Europe/London")]


def test_the_timers_and_their_alerts_in_polish() -> None:
    i18n.install("pl")
    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    notify = Deadline("OK-2026-0007", "notify", now + timedelta(minutes=4), now)
    assert notify.short_label(now) == (
        f"powiadom do {notify.due.astimezone():%H:%M} · zostało 4 min"
    )
    late = notify.due + timedelta(minutes=1, seconds=13)
    assert notify.short_label(late).endswith("· po terminie 1 min 13 s")
    assert notify.label(notify.due + timedelta(minutes=24, seconds=52)).endswith(
        "(po terminie 24 min)"
    )
    assert notify.label(notify.due + timedelta(hours=3, minutes=2)).endswith(
        "(po terminie 3 godz. 2 min)"
    )
    assert "powiadom partnerów do" in notify.label(now)
    assert Alert(notify, "soon").message().endswith("— wyślij powiadomienie wstępne.")
    window = Deadline(
        "OK-2026-0008", "window", now - timedelta(hours=1), now, opens=now - timedelta(hours=3)
    )
    assert window.short_label(now) == "PRZEKROCZONO o 1 godz."
    # with units as the timers, never '4:07' that reads as a time of day
    overran = now - timedelta(minutes=4, seconds=7)
    short = Deadline("OK-2026-0010", "window", overran, now, opens=now - timedelta(hours=1))
    assert short.short_label(now) == "PRZEKROCZONO o 4 min 7 s"
    assert window.label(now).endswith(": zakończ albo przedłuż")
    assert "PRZEKROCZYŁY okno" in Alert(window, "overdue").message()
    later = Deadline("OK-2026-0009", "update", now + timedelta(days=2), now)
    assert later.label(now).startswith("OK-2026-0009  kolejna aktualizacja do ")


@pytest.fixture
def polish_window(qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths) -> MainWindow:
    install_language("pl")
    win = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(win)
    win.open_store(store)
    win.show()
    return win


def test_a_bundle_from_an_unknown_signer_is_refused_in_polish_in_the_window(
    qtbot: QtBot, polish_window: MainWindow, signed_in: minisign.SecretKey, tmp_path: Path
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_bundle(tmp_path, minisign.generate())))])
    polish_window.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    section = polish_window.section("Runbooks")
    assert isinstance(section, RunbooksSection)
    dialog = section.bundles.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("✖"), timeout=10000)
    assert "któremu ten zestaw nie ufa" in dialog.details.text()
    assert "does not trust" not in dialog.details.text()
    assert dialog.apply_button.isHidden()


def test_the_wizard_refuses_in_polish(qtbot: QtBot, kit: Kit, tmp_path: Path) -> None:
    load_into(kit, tmp_path / "src")
    install_language("pl")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    dialog = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)  # no service ticked
    assert dialog.problems.text() == "Zaznacz co najmniej jedną usługę, której dotyczy problem."

    dialog.services.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.title, "Billing down")
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    editor = dialog.form.editors["customer_impact"]
    editor.setFocus()
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # typed, then taken back: empty
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    shown = dialog.preview.problems.text()
    assert "Wypełnij pole 'customer_impact' (wymaga go templates/disaster/initial.de.j2" in shown
    assert "Fill in" not in shown
    assert not dialog.queue.isEnabled()
    dialog.done(0)  # its countdown stops before the store closes


def test_polish_settings_labels_keep_clear_of_their_fields(
    qtbot: QtBot, polish_window: MainWindow
) -> None:
    """'Uznaj pakiet kontaktów za nieaktualny po' is the longest label: at 1024×600 it must
    not touch its field (or it goes above it)."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from app.ui.sections.settings import SettingsSection

    polish_window.resize(1024, 600)
    polish_window.show_section("Settings")
    section = polish_window.section("Settings")
    assert isinstance(section, SettingsSection)
    qtbot.waitUntil(lambda: section.spins["idle_lock_minutes"].isVisible())
    form = section.spins["idle_lock_minutes"].parentWidget().layout()
    assert isinstance(form, QFormLayout)
    for spin in section.spins.values():
        label = form.labelForField(spin)
        assert isinstance(label, QLabel)
        beside = label.geometry().right() + 12 <= spin.geometry().left()
        above = label.geometry().bottom() <= spin.geometry().top()
        assert beside or above, label.text()
    labels = [form.labelForField(s).text() for s in section.spins.values()]  # type: ignore[union-attr]
    assert "Uznaj pakiet kontaktów za nieaktualny po" in labels


def test_argparse_speaks_polish_too(store: Store, paths: KitPaths, passphrase_file: Path) -> None:
    """Its usage line, headings and mistakes (a wrong choice, a missing option) too."""
    store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    wrong = cli.subprocess("incident", "new", "--kind", "outage", env=POLISH)
    assert wrong.code == 2
    assert wrong.err.strip() == (
        "outage-kit: argument --kind: nieprawidłowy wybór: 'outage' (do wyboru: 'disaster', "
        "'downtime'). Zobacz 'outage-kit incident new --help'."
    )
    missing = cli.subprocess("report", "incident", "OK-2026-0001", env=POLISH)
    assert "wymagane są argumenty: --format, --out" in missing.err
    shown = cli.subprocess("contacts", "list", "--help", env=POLISH)
    assert shown.out.startswith("użycie: outage-kit contacts list")
    assert "\nopcje:\n" in shown.out and "pokaż tę pomoc i zakończ" in shown.out
    english = cli.subprocess("contacts", "list", "--help", env={"OUTAGE_KIT_LANG": "en"})
    assert english.out.startswith("usage: outage-kit contacts list")
