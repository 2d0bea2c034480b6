"""A reader that stops early (`outage-kit … | head -1`) ends the command quietly with exit 0,
and without a terminal no command waits on a question: it says which flag answers it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.backlog.conftest import HEADER, sample_rows
from tests.cli.conftest import Outage, command_line
from tests.support.cli import REPO, CliRunner


@pytest.fixture
def long_listing(demo: CliRunner, outage: Outage) -> Outage:
    """3,000 backlog records: a listing far larger than a pipe's buffer (64 KiB)."""
    export = demo.home.parent / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(3000)]) + "\n", encoding="utf-8")
    imported = demo("backlog", "import", str(export), "--kind", "bms-telephony")
    assert imported.code == 0, imported.err
    return outage


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_a_reader_that_stops_after_one_line(long_listing: Outage, json_output: bool) -> None:
    code, first, err = _read_one_line(
        long_listing, json_output, "backlog", "query", "--limit", "3000"
    )
    assert code == 0, err
    assert first.strip()
    assert err == ""  # no "internal error … this is a bug", no BrokenPipeError noise


def _read_one_line(outage: Outage, json_output: bool, *args: str) -> tuple[int, bytes, str]:
    """Start the command, read its first line, then close the pipe as `head -1` does."""
    reader = subprocess.Popen(
        [*command_line(), *outage.global_args(json_output), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=outage.environment(),
        cwd=REPO,
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()  # the reader has what it wanted and goes away
    err = reader.stderr.read().decode()
    reader.stderr.close()
    return reader.wait(timeout=120), first, err


def test_init_without_a_terminal_names_the_flags(cli: CliRunner) -> None:
    outage = Outage(home=cli.home, passphrase_file=None)
    no_operator = outage("init", "--demo")
    assert no_operator.code == 2 and "--operator" in no_operator.json()["message"]
    no_passphrase = outage.fails("usage", "init", "--demo", "--operator", "Night Duty")
    assert no_passphrase["details"] == {"flag": "--passphrase-file FILE"}
    assert not (cli.home / "store.key").exists()
    # As the README shows it for a script: every answer from a flag or a file.
    created = Outage(home=cli.home, passphrase_file=cli.passphrase_file).ok(
        "init", "--demo", "--operator", "Night Duty"
    )
    assert created["operator"] == "Night Duty"


def test_every_question_has_a_flag(outage: Outage, tmp_path: Path) -> None:
    # the demo relay takes mail without TLS, so without a login: TLS and a username first
    outage.ok("paths", "edit", "demo-local-relay", "security=starttls", "username=noc")
    asked = outage.fails("usage", "paths", "password", "demo-local-relay")
    assert asked["details"] == {"flag": "--stdin"}
    stored = outage.ok("paths", "password", "demo-local-relay", "--stdin", stdin="s3cret\n")
    assert stored["profile"] == "demo-local-relay"
    keygen = outage.fails("usage", "bundle", "keygen", "--out", str(tmp_path / "it"))
    assert keygen["details"] == {"flag": "--key-passphrase-file FILE"}
    assert not (tmp_path / "it.key").exists()
    assert outage.fails("usage", "rekey")["details"] == {"flag": "--yes"}
    assert outage.fails("usage", "passphrase", "change")["details"] == {
        "flag": "--new-passphrase-file FILE"
    }


def test_selftest_answers_in_json_and_stops_quietly_for_head(outage: Outage) -> None:
    answer = outage("--selftest")
    assert answer.code == 0, answer.err
    report = answer.json()
    assert report["ok"] is True and all(check["ok"] for check in report["checks"])
    code, first, err = _read_one_line(outage, False, "--selftest")
    assert first.startswith(b"Outage Kit ")
    assert code == 0, err
    assert "Traceback" not in err and "bug" not in err
