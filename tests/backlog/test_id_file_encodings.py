"""A list of Quarantine IDs as a spreadsheet saves it: "Unicode text" (UTF-16 with its byte
order mark, CRLF) is read; a file in an old 8-bit code page is refused with what to do, and
nothing changes. A new user's UTF-16 list got a raw codec message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.backlog.conftest import HEADER
from tests.support.cli import CliRunner

Writer = Callable[..., Path]

ROWS = [
    "ZK-7001,88,roam_0007.dat,Fjord Mobile,TAP,4790000001,RX2,Quarantine,Roaming Partner "
    "Unknown,2026-10-02,,,3.10,NOK,12",
    "ZK-7002,88,roam_0007.dat,Fjord Mobile,TAP,4790000002,RX2,Quarantine,Roaming Partner "
    "Unknown,2026-10-03,,,7.25,NOK,40",
    "ZK-7003,88,roam_0007.dat,Fjord Mobile,TAP,4790000003,RX2,Quarantine,Roaming Partner "
    "Unknown,2026-10-04,,,1.00,NOK,3",
]


def _statuses(cli: CliRunner) -> dict[str, str]:
    found = cli("--json", "backlog", "query", "--limit", "10").json()["records"]
    return {r["quarantine_id"]: r["status"] for r in found}


def test_a_utf16_id_list_is_read_and_a_code_page_one_refused(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backlog", "import", str(write_csv([HEADER, *ROWS]))).code == 0
    before = _statuses(cli)

    unicode_text = tmp_path / "zaznaczone.txt"
    unicode_text.write_bytes("Quarantine ID\r\nZK-7001\r\nZK-7003\r\n".encode("utf-16"))
    done = cli("backlog", "set-status", "--ids", str(unicode_text), "--to", "cleansed")
    assert done.code == 0, done.err
    assert "2 Quarantine IDs in zaznaczone.txt" in done.out
    after = _statuses(cli)
    assert after["ZK-7001"] == after["ZK-7003"] != before["ZK-7001"]
    assert after["ZK-7002"] == before["ZK-7002"]

    code_page = tmp_path / "lista.txt"
    code_page.write_bytes("ZK-7002 \u0142\u00f3d\u017a\n".encode("cp1250"))
    refused = cli("backlog", "set-status", "--ids", str(code_page), "--to", "write-off")
    assert refused.code == 2
    assert "is not UTF-8 text" in refused.err and "CSV UTF-8" in refused.err
    assert "codec" not in refused.err and "Internal error" not in refused.err
    assert _statuses(cli) == after
