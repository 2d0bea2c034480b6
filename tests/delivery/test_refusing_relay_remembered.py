"""A relay that refused every recipient of its last send is not shown working by whoever
looks next: a walk sent with `outage-kit outbox send` through a lone relay answering
"550 5.7.1 Relaying denied" (every copy failed), then opened the window — the relay's light
was green, "works — TCP: connected … EHLO: 250", beside six copies it had refused — and
`paths probe` printed "● office-relay smtp works" and exited 0 ("any sending path works").
Both read the store's attempts, whoever sent: red / DOWN with the refusal, and that the next
send tries it again (a probe sends nothing, so cannot tell); once a send goes through it,
it works again. Real relays, each in a process of its own."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.ui.outbox.lights import RED
from app.ui.outbox.section import OutboxSection
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.delivery.test_outbox_banner_follows import sections  # noqa: F401 (the fixture)
from tests.support.cli import CliRunner

PARTNERS = ["noc@alpha.example.com", "ops@beta.example.net"]
REFUSAL = "550 5.7.1 Relaying denied"


def _probe_line(cli: CliRunner) -> tuple[int, str]:
    probed = cli("paths", "probe", "--timeout", "5")
    line = next(x for x in probed.out.splitlines() if "office-relay" in x)
    return probed.code, line


def test_a_relay_that_refused_everyone_is_down_for_the_next_look(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    cli: CliRunner,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with relay_process(tmp_path / "office", refuse_all=REFUSAL) as office:
        set_delivery_doc(kit, delivery_toml(("office-relay", office.port, "none")))
        first, second = queue(kit, PARTNERS)
        sent = cli("outbox", "send")
        assert "0 sent, 2 failed" in sent.out, sent.out
        code, line = _probe_line(cli)
        assert code == 1, line  # no sending path works
        assert "DOWN" in line and f"it refused every recipient ({REFUSAL})" in line, line
        assert "The next send tries it again" in line, line

        section = OutboxSection(kit)  # a window opened after that send
        sections.append(section)
        qtbot.addWidget(section)
        section.resize(1024, 600)
        section.show()
        qtbot.waitUntil(lambda: bool(section.runner.last_probes), timeout=15000)
        assert dict(section.lights._lights)["office-relay"] == RED
        assert f"DOWN — it refused every recipient ({REFUSAL})" in section.lights.toolTip()
        # the two refused copies wait for the officer: the section's name counts them
        # (it said "Outbox" alone while the incident page said nobody was told)
        assert section.nav_label == "Outbox (2)", section.nav_label
        section.shutdown()

    with relay_process(tmp_path / "mended") as mended:  # IT lets the desk relay again
        set_delivery_doc(kit, delivery_toml(("office-relay", mended.port, "none")))
        code, line = _probe_line(cli)
        assert "DOWN" in line and "The next send tries it again" in line, line
        # both refused copies queued again in one command (the walk ran it once per copy),
        # all or none: a number that is not a failed copy leaves the others as they were
        mixed = cli("outbox", "retry", str(first.id), "999999")
        assert mixed.code != 0, mixed.out
        assert outbox.get(first.id).state == "failed"
        both = cli("outbox", "retry", str(first.id), str(second.id))
        assert both.code == 0, both.err
        assert f"Messages {first.id}, {second.id} queued again." in both.out, both.out
        assert cli("outbox", "send").code == 0
        assert {outbox.get(c.id).state for c in (first, second)} == {"sent"}
        code, line = _probe_line(cli)
        assert code == 0 and "works" in line and "refused" not in line, line
        assert sorted(m["To"] for m in mended.received()) == sorted(PARTNERS)


def test_what_waited_when_the_window_opened_is_not_called_a_retry(
    qtbot: QtBot,
    kit: Kit,
    tmp_path: Path,
    sections: list[OutboxSection],  # noqa: F811
) -> None:
    """Notices queued by the command line, never tried, go out as the window opens: it said
    "Automatic retry of the waiting messages: 2 sent" (a walk: nothing had been tried)."""
    with relay_process(tmp_path / "office") as office:
        set_delivery_doc(kit, delivery_toml(("office-relay", office.port, "none")))
        queue(kit, PARTNERS)
        section = OutboxSection(kit)
        sections.append(section)
        qtbot.addWidget(section)
        section.show()
        qtbot.waitUntil(lambda: "2 sent" in section.message.text(), timeout=20000)
        said = section.message.text()
        assert said.startswith("Messages waiting in the Outbox: 2 sent"), said
        assert "retry" not in said.lower(), said
        assert len(office.received()) == 2
