"""A partner a later notice reached is not "not told" (a walk: the top bar said
"announcement: 1 partner not told yet" when the only partner the announcement missed had
its SMS copy superseded — the reminder reached them since). The incident page and
`incident show` hold such a copy as superseded; the top bar, the incidents list's timer and
`incident list` say the same: nothing is owed for the announcement."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.ui.language import install_language
from tests.delivery.modem_sim import ModemSim
from tests.incidents.test_plan_reissue import past_the_announcement, sim
from tests.incidents.test_schedule_window import _open
from tests.reports import conftest as scripted_night
from tests.reports.conftest import Clock
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

clock = scripted_night.clock
__all__ = ["clock", "sim"]  # fixtures


def test_a_superseded_copy_is_not_counted_as_a_partner_not_told(
    qtbot: QtBot,
    kit: Kit,
    paths: KitPaths,
    clock: Clock,
    sink: MailSink,
    cli: CliRunner,
    sim: ModemSim,
) -> None:
    reference = past_the_announcement(kit, clock, sink, sim)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    [announcement, *_] = service.notices(service.get(reference))
    found = service.delivery(service.get(reference))[announcement.id]
    assert not found.delivered and found.untold == 1 and found.owing == 0  # (superseded)
    listed = cli("incident", "list").out
    assert "not told" not in listed, listed

    _window, section = _open(qtbot, paths, kit.store)
    section.reload(select=reference)
    section.tick()
    page = section.page
    assert "the others had a later notice (1 older" in page.plan.text()  # the page's verdict
    for said in (section.urgent.text(), page.timer.text()):
        assert "starts in" in said, said
        assert "not told" not in said and "announcement" not in said, said
    install_language("pl")
    section.tick()
    said = section.urgent.text()
    assert "początek za" in said, said
    assert "nie wie" not in said and "zapowiedź" not in said.lower(), said
