"""A bundle's own field labels in the window (bundle.toml `[fields.<name>]`): the bundle is
built and imported with the command line as a second process; the new-incident wizard then
labels `customer_impact` and `scope` with IT's Polish labels in the Polish kit (on the main
tab and on each language tab), with the plain labels in the English kit, and a field without
a label (`next_update`) as before. Typed with keyClicks, clicked through to queue."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.fields_form import FieldsForm
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.wizard import NewIncidentDialog
from app.ui.language import install_language
from tests.incidents.test_window import Officer
from tests.support.cli import CliRunner
from tests.support.labels_bundle import import_labelled_bundle

SHOWN = {
    "pl": {
        "customer_impact": "Czego partnerzy nie mogą zrobić",
        "scope": "Których sieci dotyczy",
        "next_update": "Następna aktualizacja nie później niż",
    },
    "en": {
        "customer_impact": "What partners cannot do",
        "scope": "Which networks",
        "next_update": "Next update no later than",
    },
}


@pytest.fixture(autouse=True)
def _widgets_collected_here() -> Iterator[None]:
    yield
    gc.collect()


def _label_of(page: QWidget, editor: QWidget) -> str:
    found = [label.text() for label in page.findChildren(QLabel) if label.buddy() is editor]
    assert len(found) == 1, found
    return found[0]


def _labels(form: FieldsForm) -> dict[str, str]:
    return {name: _label_of(form.main, editor) for name, editor in form.editors.items()}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_wizard_labels_the_bundles_fields_in_the_kits_language(
    qtbot: QtBot,
    kit: Kit,
    cli: CliRunner,
    tmp_path: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    language: str,
) -> None:
    import_labelled_bundle(cli, tmp_path, key_prefix, key_passphrase_file)
    install_language(language)  # (the conftest puts English back)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    officer = Officer(qtbot)
    wizard = NewIncidentDialog(service, "disaster")
    qtbot.addWidget(wizard)
    wizard.show()
    officer.tick(wizard.services, "Voice core")
    officer.type(wizard.title, "Voice core down")
    officer.click(wizard.next)
    assert wizard.pages.currentIndex() == 1, wizard.problems.text()

    form = wizard.form
    assert list(form.editors) == ["customer_impact", "scope", "next_update"]
    shown = _labels(form)
    assert shown["customer_impact"] == SHOWN[language]["customer_impact"]
    assert shown["scope"] == SHOWN[language]["scope"]
    # a field the bundle gives no label: the kit's own label, in the kit's language
    assert shown["next_update"].startswith(SHOWN[language]["next_update"]), shown
    # the Polish partners' tab labels its free-text fields the same way
    polish_tab = form.tabs.widget(form.languages.index("pl") + 1)
    assert polish_tab is not None
    impact_pl = form.translations["customer_impact.pl"]
    assert _label_of(polish_tab, impact_pl) == SHOWN[language]["customer_impact"]

    officer.type(form.editors["customer_impact"], "No calls to mobile numbers.")
    officer.type(form.editors["scope"], "Mobile only")
    officer.click(wizard.next)
    assert wizard.queue.isEnabled(), wizard.preview.problems.text()
    assert "customer_impact: No calls to mobile numbers." in wizard.preview.text_of("en", "email")
    # the Polish partners read the English text there: the preview names it by its label
    polish = wizard.preview.text_of("pl", "email")
    assert SHOWN[language]["customer_impact"] + ", " + SHOWN[language]["scope"] in polish
    officer.click(wizard.queue)
    assert wizard.result_ is not None

    # the follow-up dialog labels them the same way
    incident, _queued = wizard.result_
    update = FollowUpDialog(service, service.get(incident.reference), "update")
    qtbot.addWidget(update)
    update.show()
    assert _labels(update.form)["customer_impact"] == SHOWN[language]["customer_impact"]
    assert _labels(update.form)["scope"] == SHOWN[language]["scope"]
