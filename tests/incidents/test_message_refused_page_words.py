"""A copy the relay refused once it had the whole message (a 5xx after DATA: "554 Local
error", a walk's "500 Error: …") is not the partner's address: the incident page said "Ask IT
to fix the address in the directory" for it all the same, though the officer retries it once
the relay is mended (tests/delivery/test_message_refused_retried.py). The page says so, in
English and in Polish (3 copies: the Polish "kopie" form of its count); a copy refused at its
address (550) keeps its own words (tests/incidents/test_refused_copy_window.py)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.incidents.test_refused_copy_window import initial_texted_but_one
from tests.support.unlocked import close_kit, small_window, unlocked_section


def _refused_by_a_broken_relay(kit: Kit, tmp_path: Path) -> str:
    """The demo outage's e-mail copies sent to a relay refusing every message after DATA;
    returns the incident's reference."""
    incident, _address, _mails = initial_texted_but_one(kit)
    broken = tmp_path / "relay-is-broken"
    broken.touch()
    with relay_process(tmp_path / "relay", refuse_while=broken) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()
    failed = Outbox(conn=kit.store.conn, audit=kit.audit).messages(state="failed")
    assert failed and all(m.last_reply.startswith("message refused: 554") for m in failed)
    return incident.reference


def _page_says(qtbot: QtBot, section: IncidentsSection, reference: str, word: str) -> str:
    """The incident page's delivery line once it names the refused copies (`word`)."""
    section.reload(select=reference)
    page = section.page
    qtbot.waitUntil(lambda: word in page.delivery.text(), timeout=30000)
    return page.delivery.text()


def test_the_page_says_retry_once_the_relay_is_mended(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    reference = _refused_by_a_broken_relay(kit, tmp_path)
    kit.close()
    window, section = unlocked_section(qtbot, paths, IncidentsSection)
    said = _page_says(qtbot, section, reference, "refused")
    assert "3 copies refused by the mail server for a fault or a rule of its own" in said, said
    assert "554" in said and "not for the addresses" in said, said
    assert "choose Retry" in said and "Told another way" in said, said
    assert "fix the address" not in said, said
    close_kit(window)


def test_the_polish_page_says_it_too(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    reference = _refused_by_a_broken_relay(kit, tmp_path)
    window = small_window(qtbot, store, paths, "pl")
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    said = _page_says(qtbot, section, reference, "odrzucon")
    assert "3 kopie odrzucone przez serwer poczty z powodu jego usterki lub reguły" in said, said
    assert "nie adresów" in said and "wybierz Ponów" in said, said
    assert "poprawienie adresu" not in said, said
