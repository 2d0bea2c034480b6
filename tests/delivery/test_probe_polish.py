"""`paths probe` in Polish says the modem's technical line in Polish: the kit's own words
(the steps "network", "signal", "mode", "reports" and what happened at each) — while the
modem's and the protocols' own identifiers stay as they are (AT, SIM, PDU (TS 27.005), dBm,
AT+CSQ). The window's probe details read the same lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.delivery.service import Delivery
from app.delivery.transport import steps_text
from app.kit import Kit
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.modem_sim import ModemSim
from tests.support.cli import CliRunner

ENGLISH_STEPS = ("network:", "signal:", "mode:", "reports:", "searching for a network")


@pytest.fixture
def sim(kit: Kit) -> Iterator[ModemSim]:
    modem = ModemSim()
    set_delivery_doc(kit, f'[modem]\nport = "{modem.port}"\nbaud = 115200\n')
    yield modem
    modem.close()


def _modem_line(out: str) -> str:
    return next(line for line in out.splitlines() if " modem " in line)


def test_the_probe_line_of_a_working_modem_is_in_polish(
    cli: CliRunner, sim: ModemSim, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = _modem_line(cli("paths", "probe").out)
    assert "signal: 18/31 (-77 dBm); mode: PDU (TS 27.005)" in english, english
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    polish = _modem_line(cli("paths", "probe").out)
    assert "działa" in polish and "sygnał: 18/31 (-77 dBm); tryb: PDU (TS 27.005)" in polish, polish
    assert not any(words in polish for words in ENGLISH_STEPS), polish


def test_a_modem_without_a_network_is_said_in_polish(
    cli: CliRunner, sim: ModemSim, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim.registration = "2"
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    probed = cli("paths", "probe")
    line = _modem_line(probed.out)
    assert "NIE DZIAŁA" in line and "sieć: szuka sieci" in line, line
    assert not any(words in line for words in ENGLISH_STEPS), line


def test_every_step_reads_in_polish_where_the_window_shows_it(
    delivery: Delivery, sim: ModemSim
) -> None:
    i18n.install("pl")  # (the autouse fixture puts English back)
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    lines = steps_text(probe.steps)
    assert lines[:2] == ["AT: modem odpowiada", "SIM: gotowa"], lines
    assert any(line.startswith("sieć: zarejestrowany") for line in lines), lines
    assert "tryb: PDU (TS 27.005)" in lines, lines
    assert not any(words in " ".join(lines) for words in ENGLISH_STEPS), lines
