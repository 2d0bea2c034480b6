"""`outbox send` names the copies that failed in that send, with the server's reply (a walk
on Windows: it said "3 sent (kancelar-relay: 3), 1 failed." and nothing more, while the
incident said "phone them": the officer had to run `outbox list` to learn whom). Copies
that failed before are not listed again. A real SMTP server in its own process."""

from __future__ import annotations

from pathlib import Path

from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner


def test_outbox_send_names_whom_it_could_not_reach(
    kit: Kit, tmp_path: Path, cli: CliRunner
) -> None:
    gone = "gone@vltava.example.com"
    with relay_process(tmp_path / "relay", unknown=[gone]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        queue(kit, [gone, "dispecink@vltava.example.com"])
        sent = cli("outbox", "send")
        assert sent.code == 1, sent.err
        lines = sent.out.splitlines()
        assert "1 sent (relay: 1), 1 failed." in lines, sent.out
        failed = lines[lines.index("Failed:") + 1 :]
        assert len(failed) == 1 and gone in failed[0], sent.out
        assert "550 5.1.1" in failed[0], sent.out

        queue(kit, ["noc@rhein.example.net"])
        again = cli("outbox", "send")
        assert again.code == 0 and "Failed:" not in again.out, again.out  # not said twice
