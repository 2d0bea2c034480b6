"""A passphrase file as IT or the officer saved it on Windows: Notepad's UTF-8 with a byte
order mark, PowerShell's UTF-16, CRLF. Read exactly; anything the kit cannot read exactly is
refused with how to save it, never an internal error or "wrong passphrase, check Caps Lock"."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.bundles import minisign
from tests.support.cli import CliRunner

CZECH = "Hřebíček-noční-směna-2026!"


@pytest.fixture
def czech_kit(tmp_path: Path) -> Path:
    home = tmp_path / "kit"
    made = tmp_path / "made.txt"
    made.write_text(CZECH + "\n", encoding="utf-8")
    created = CliRunner(home=home, passphrase_file=made)("init", "--operator", "Noční služba")
    assert created.code == 0, created.err
    return home


SAVED_AS = {
    "utf-8 with BOM (Notepad)": codecs.BOM_UTF8 + (CZECH + "\r\n").encode("utf-8"),
    "utf-16 LE with BOM (PowerShell Out-File)": (CZECH + "\r\n").encode("utf-16"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + (CZECH + "\n").encode("utf-16-be"),
    "utf-8, CRLF": (CZECH + "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("form", SAVED_AS)
def test_the_passphrase_opens_the_store_whatever_windows_saved(
    czech_kit: Path, tmp_path: Path, form: str
) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_bytes(SAVED_AS[form])
    result = CliRunner(home=czech_kit, passphrase_file=saved)("check")
    assert result.code == 0, result.err


UNREADABLE = {
    "latin-2": CZECH.encode("iso8859-2"),
    "windows-1250": CZECH.encode("cp1250"),
    "utf-16 without BOM": CZECH.encode("utf-16-le"),
}


@pytest.mark.parametrize("form", UNREADABLE)
def test_a_file_in_another_code_page_is_refused_saying_how_to_save_it(
    czech_kit: Path, tmp_path: Path, form: str
) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_bytes(UNREADABLE[form])
    before = (czech_kit / "store.db").read_bytes()
    result = CliRunner(home=czech_kit, passphrase_file=saved).subprocess("incident", "list")
    assert result.code == 2, result.err
    assert "not UTF-8 text" in result.err and "Save it again as UTF-8" in result.err
    assert "internal error" not in result.err.lower() and "Caps Lock" not in result.err
    assert (czech_kit / "store.db").read_bytes() == before


def test_init_from_a_utf16_file_makes_the_passphrase_typed_at_the_prompt(
    tmp_path: Path,
) -> None:
    """The store made from PowerShell's file opens with the same passphrase in plain UTF-8."""
    utf16 = tmp_path / "ps.txt"
    utf16.write_bytes((CZECH + "\r\n").encode("utf-16"))
    home = tmp_path / "kit"
    assert CliRunner(home=home, passphrase_file=utf16)("init", "--operator", "Noc").code == 0
    plain = tmp_path / "plain.txt"
    plain.write_text(CZECH, encoding="utf-8")
    assert CliRunner(home=home, passphrase_file=plain)("check").code == 0


def test_a_signing_key_passphrase_file_reads_the_same_way(tmp_path: Path) -> None:
    for form, data in SAVED_AS.items():
        path = tmp_path / "key-pass.txt"
        path.write_bytes(data)
        assert minisign.read_passphrase(path) == CZECH, form
