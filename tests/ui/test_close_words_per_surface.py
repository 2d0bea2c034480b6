"""Why an incident cannot be closed yet, in the words of where the officer reads it (a new
user's walk): the incident page said "Send it (Send now, or 'outage-kit outbox send') …
('Told another way', 'outage-kit incident told')" — the window names its buttons, the
command line its commands; and no window sentence ends in four dots ("Told another way….")."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner
from tests.support.unlocked import unlocked_section
from tests.ui.test_copy_standing_words import REFUSED, _outage

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def test_the_page_names_buttons_and_the_command_line_names_commands(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, cli: CliRunner
) -> None:
    kit, incident = _outage(store, tmp_path)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    ended = {"end_time": "2026-11-30 23:10 UTC"}
    service.notify(service.get(incident.reference), "resolved", ended)
    kit.store.conn.commit()
    _window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=incident.reference)
    page = section.page
    why = page.why.text()
    assert "Send it (Send now)" in why and "Told another way" in why, why
    assert "outage-kit" not in why and "outage-kit" not in page.close_button.toolTip(), why
    closing = cli("incident", "close", incident.reference)
    assert closing.code != 0 and "'outage-kit outbox send'" in closing.err, closing.err
    assert "(Send now" not in closing.err, closing.err

    with relay_process(tmp_path / "relay", unknown=[REFUSED]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # the resolution, refused for one partner (550)
    section.reload(select=incident.reference)
    why = page.why.text()
    assert "record it with Told another way" in why and "outage-kit" not in why, why
    install_language("pl")
    section.reload(select=incident.reference)
    why = page.why.text()
    assert "Przekazano inaczej" in why and "outage-kit" not in why, why
    install_language("en")
    closing = cli("incident", "close", incident.reference)
    assert "'outage-kit incident told'" in closing.err, closing.err
    assert "Told another way" not in closing.err, closing.err


def test_no_sentence_ends_in_four_dots() -> None:
    """'… then Told another way….': a button's name with its ellipsis, then the full stop."""
    for name in ("outage_kit_pl.ts", "outage_kit_en.ts"):
        text = (RESOURCES / name).read_text(encoding="utf-8")
        assert not re.findall(r"[^<>]*…\.(?!\.)[^<>]*", text), name
