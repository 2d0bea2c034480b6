"""A second process never breaks the first (issue 13, point 5): a large backlog import in
one process while another queues and sends a notice, or imports too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.backlog.importer import BacklogImporter
from app.backlog.query import BacklogQuery, Criteria
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.backlog.conftest import HEADER, sample_rows
from tests.conftest import PASSPHRASE
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, smtp_server
from tests.support.cli import REPO, CliRunner

ROWS = 200_000


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "telephony-big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(HEADER + "\n")
        for start in range(1, ROWS + 1, 50_000):
            handle.write("\n".join(sample_rows(50_000, start=start)) + "\n")
    return path


def open_kit(home: Path) -> Kit:
    return Kit.open(unlock_with_passphrase(KitPaths(home), PASSPHRASE, NoKeyring()))


def start_import(cli: CliRunner, export: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "backlog", "import", str(export)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: object, proc: subprocess.Popen[str]) -> None:
    while not condition():  # type: ignore[operator]
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)


def staging_files(home: Path, pattern: str = "*backlog-import*") -> list[Path]:
    return [p for p in home.glob(pattern) if not p.name.endswith(".lock")]


@pytest.fixture
def home(cli: CliRunner) -> Iterator[Path]:
    assert cli("init", "--operator", "Night Duty").code == 0
    yield cli.home


def test_a_notice_is_queued_and_sent_while_a_large_import_runs(
    cli: CliRunner, home: Path, big_export: Path
) -> None:
    with smtp_server("none") as relay:
        kit = open_kit(home)
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        kit.close()
        importing = start_import(cli, big_export)
        try:
            wait_for(lambda: staging_files(home), importing)
            kit = open_kit(home)
            try:
                queue(kit, ["alpha@example.com"])
            finally:
                kit.close()
            sent = cli.subprocess("--json", "outbox", "send")
            still_importing = importing.poll() is None
            out, err = importing.communicate(timeout=600)
        finally:
            if importing.poll() is None:
                importing.kill()
                importing.communicate()
    assert sent.code == 0, sent.err
    assert [r.rcpt_tos for r in relay.recorder.received] == [["alpha@example.com"]]
    assert still_importing  # the notice did not wait for the import to finish
    assert importing.returncode == 0, err
    assert f"{ROWS:,} new" in out
    assert staging_files(home) == []


def test_two_imports_at_once_report_true_counts(
    cli: CliRunner, home: Path, big_export: Path
) -> None:
    importing = start_import(cli, big_export)
    try:
        wait_for(lambda: staging_files(home), importing)
        second = cli.subprocess("backlog", "import", str(big_export))
        _, err = importing.communicate(timeout=600)
    finally:
        if importing.poll() is None:
            importing.kill()
            importing.communicate()
    assert second.code == 2 and "Another backlog import is running" in second.err
    assert importing.returncode == 0, err
    again = cli.subprocess("backlog", "import", str(big_export), timeout=600)
    assert f"0 new, {ROWS:,} updated" in again.out, again.err
    imported = [
        e["details"] for e in cli("--json", "audit", "list", "--action", "backlog.imported").json()
    ]
    assert [(d["inserted"], d["updated"]) for d in imported] == [(0, ROWS), (ROWS, 0)]


def test_an_import_killed_while_merging_is_finished_at_the_next_start(
    cli: CliRunner, home: Path, big_export: Path
) -> None:
    importing = start_import(cli, big_export)
    try:
        wait_for(lambda: staging_files(home, "backlog-import-*.staging"), importing)
        [staged] = staging_files(home, "backlog-import-*.staging")
        assert not staged.read_bytes()[:16].startswith(b"SQLite format")  # encrypted
        time.sleep(0.5)  # some slices merged
        importing.kill()  # SIGKILL; TerminateProcess on Windows
    finally:
        importing.kill()
        importing.communicate()
    assert cli("check").code == 0
    kit = open_kit(home)  # the next start finishes the merge
    try:
        assert BacklogQuery(conn=kit.store.conn).count(Criteria()) == ROWS
        [entry] = kit.audit.entries(action_prefix="backlog.imported")
        assert entry.details["inserted"] == ROWS and entry.details["resumed"] is True
    finally:
        kit.close()
    assert staging_files(home) == []


def test_a_cancelled_staged_import_leaves_nothing(
    kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.backlog.importer as importer_module

    class CancelSoon:
        checks = 2

        @property
        def cancelled(self) -> bool:
            self.checks -= 1
            return self.checks < 0

    monkeypatch.setattr(importer_module, "STAGED_ROWS", 0)
    monkeypatch.setattr(importer_module, "CHUNK", 10)
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(100)]) + "\n")
    importer = BacklogImporter(conn=kit.store.conn, audit=kit.audit)
    with pytest.raises(importer_module.ImportCancelled):
        importer.run(export, token=CancelSoon())
    assert BacklogQuery(conn=kit.store.conn).count(Criteria()) == 0
    assert staging_files(kit.store.paths.home) == []
    result = importer.run(export)
    assert (result.inserted, result.updated) == (100, 0)
    assert json.loads(json.dumps(kit.audit.entries()[0].details))["inserted"] == 100


def test_a_store_held_too_long_by_another_process_is_a_clear_message(
    kit: Kit, cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import db

    monkeypatch.setattr(db, "BUSY_SECONDS", 0.2)
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(10)]) + "\n")
    kit.store.conn.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        result = cli("backlog", "import", str(export))
    finally:
        kit.store.conn.execute("ROLLBACK")
    assert result.code == 2, result.err
    assert "internal error" not in result.err and "database is locked" not in result.err
    assert "Another Outage Kit window or command" in result.err
    assert "Nothing was changed" in result.err
    assert BacklogQuery(conn=kit.store.conn).count(Criteria()) == 0


# Another process that holds the store's write lock for a while (as a long transaction of
# another window would), through the kit's own unlock.
HOLDER = """
import sys, time
from pathlib import Path
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
store = unlock_with_passphrase(KitPaths(Path(sys.argv[1])), sys.argv[2], NoKeyring())
store.conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
if sys.argv[3] == "until-told":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[3]))
store.conn.execute("ROLLBACK")
store.close()
"""


def hold_store(home: Path, seconds: float | str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home), PASSPHRASE, str(seconds)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


@pytest.fixture
def demo_home(cli: CliRunner) -> Path:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli.home


def test_a_command_says_it_waits_for_another_process_then_goes_on(
    cli: CliRunner, demo_home: Path
) -> None:
    home = demo_home
    holder = hold_store(home, "until-told")
    command = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "--json", "incident", "new",
         "--kind", "disaster", "--title", "Gateway down", "--services", "sms"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert command.stderr is not None
        said = command.stderr.readline()  # it says so while it waits
        holder.communicate("go\n")  # the other process lets go
        out, err = command.communicate(timeout=60)
    finally:
        for proc in (holder, command):
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert "waiting for another Outage Kit window or command" in said
    assert command.returncode == 0, said + err
    assert "internal error" not in err and "database is locked" not in err
    assert json.loads(out)["title"] == "Gateway down"
    assert len(cli("--json", "incident", "list").json()) == 1


def test_a_store_held_past_the_busy_timeout_by_another_process_changes_nothing(
    cli: CliRunner, demo_home: Path
) -> None:
    home = demo_home
    # held until the command has ended: a start under Wine can take 30 s before it waits
    holder = hold_store(home, "until-told")
    try:
        result = cli.subprocess(
            "incident", "new", "--kind", "disaster", "--title", "Gateway down", "--services", "sms"
        )
    finally:
        holder.kill()
        holder.communicate()
    assert result.code == 2, result.err
    assert "waiting for another Outage Kit window or command" in result.err
    assert "did not finish in time. Nothing was changed" in result.err
    assert "internal error" not in result.err and "database is locked" not in result.err
    assert cli("--json", "incident", "list").json() == []
