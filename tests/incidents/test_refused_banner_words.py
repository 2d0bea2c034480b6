"""The alert banner over the incidents of a notice whose one untold copy the relay refused
(550) said "initial notice: 1 partner not told, copy refused: phone them, then Told another
way. Send it now, or use another path: SMS, webmail or .eml (incident page)." (a walk): the
copy is never sent again, and the partner reads e-mail only. Where the waiting notice's words
are the officer's own next step (refused, uncertain, handed off, held), the banner says that
step alone; a notice merely queued still says "Send it now"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.incidents.test_refused_copy_window import initial_texted_but_one
from tests.support.unlocked import close_kit, unlocked_section

SEND_NOW = "Send it now, or use another path"


def _twelve_minutes_ago() -> datetime:
    """Partners are due in 3 minutes: the banner asks for the officer now."""
    return datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=12)


def _banner(qtbot: QtBot, paths: KitPaths, reference: str) -> str:
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    section.reload(select=reference)
    section.tick()
    qtbot.waitUntil(lambda: reference in section.banner.text(), timeout=10000)
    said = section.banner.text()
    close_kit(window)
    return said


def test_a_refused_copy_is_not_to_be_sent_now(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    incident, refused, _mails = initial_texted_but_one(kit, _twelve_minutes_ago())
    with relay_process(tmp_path / "relay", unknown=[refused]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()  # every copy but one goes; that one is refused for good
    kit.close()

    said = _banner(qtbot, paths, incident.reference)
    assert "copy refused: phone them, then Told another way" in said, said
    assert SEND_NOW not in said, said


def test_a_queued_notice_is_still_to_be_sent_now(
    qtbot: QtBot, store: Store, paths: KitPaths
) -> None:
    kit = Kit.open(store)
    incident, _address, _mails = initial_texted_but_one(kit, _twelve_minutes_ago())
    kit.close()  # no e-mail path at all: the e-mail copies wait in the queue

    said = _banner(qtbot, paths, incident.reference)
    assert "partners not told yet" in said, said
    assert SEND_NOW in said, said
