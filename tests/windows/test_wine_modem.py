"""The USB modem on its COM port: the kit under Windows Python sends an SMS through `COM7`,
the way the workstation's modem is named (Device Manager). Wine maps a COM port to a Unix
device through the prefix's `dosdevices/comN` link; here it points at the pseudo-terminal of
the AT modem emulator the Linux tests use (tests/delivery/modem_sim.py), so the emulator runs
on Linux and the kit, pyserial's Windows backend and the port name are Windows'.
Runs from the Linux suite once the Windows lane is set up, like test_wine_console.py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.modem_sim import ModemSim
from tests.support.cli import REPO
from tests.windows.test_wine_console import winpy

pytestmark = [
    pytest.mark.windows,
    pytest.mark.skipif(
        sys.platform == "win32"
        or not winpy.STAMP.is_file()
        or not (winpy.shutil.which("wine") or winpy.shutil.which("wine64")),
        reason="the Windows Python under Wine is not set up here: run 'make test-windows' once",
    ),
]
PORT = "COM7"
NUMBER = "+46700000001"
POLISH = "Awaria bramki SMS w Łodzi: wysyłka wstrzymana. Następna informacja do 19:40."


@pytest.fixture
def modem_on_com7() -> Iterator[ModemSim]:
    sim = ModemSim()
    link = winpy.PREFIX / "dosdevices" / PORT.lower()
    link.unlink(missing_ok=True)
    link.symlink_to(sim.port)
    try:
        yield sim
    finally:
        link.unlink(missing_ok=True)
        sim.close()


def windows_kit(home: Path, passphrase_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *winpy.python_exe(),
            "-m",
            "app",
            "--home",
            winpy.windows_path(home),
            "--passphrase-file",
            winpy.windows_path(passphrase_file),
            *args,
        ],
        env=winpy.wine_env({"PYTHONIOENCODING": "utf-8"}),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )


def test_an_sms_leaves_through_the_modem_on_com7(
    store: Store, paths: KitPaths, passphrase_file: Path, modem_on_com7: ModemSim
) -> None:
    kit = Kit.open(store)
    set_delivery_doc(kit, f'[modem]\nport = "{PORT.lower()}"\nbaud = 115200\n')
    [message] = queue(kit, [NUMBER], channel="sms", body=POLISH)
    kit.store.close()  # the Windows process opens the store next

    sent = windows_kit(paths.home, passphrase_file, "--json", "outbox", "send", "--via", "modem")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert [(s.number, s.text) for s in modem_on_com7.sent] == [(NUMBER, POLISH)]
    assert "AT+CMGS" in " ".join(modem_on_com7.commands)

    reopened = unlock_with_passphrase(paths, PASSPHRASE, NoKeyring())
    try:
        outbox = Outbox(conn=reopened.conn, audit=Kit.open(reopened).audit)
        # the network's status report, kept by the modem, read back through COM7 as well
        assert outbox.get(message.id).state == "delivered"
    finally:
        reopened.close()


def test_a_modem_on_a_port_that_is_not_there_says_so(
    paths: KitPaths, passphrase_file: Path, store: Store
) -> None:
    kit = Kit.open(store)
    set_delivery_doc(kit, '[modem]\nport = "COM9"\n')
    kit.store.close()
    probe = windows_kit(paths.home, passphrase_file, "paths", "probe")
    assert probe.returncode != 0
    assert "the modem at COM9 is not plugged in" in probe.stdout + probe.stderr, (
        probe.stdout + probe.stderr
    )
    assert "plugged in" in probe.stdout + probe.stderr
