"""The window's start loads what its first screen needs, and not the libraries of work done
later (issue 18, point 7: merges slipped the e-mail stack, jinja2, decimal and the backlog's
model into every start, each some milliseconds of the ~0.5 s the officer waits), nor makes the
records it does not build (~70 M instructions of compiled dataclass methods). Seen from
the real program, in its own process, unlocked from the keyring as at a duty desk: the names
of every module it had imported when the window was painted and it quit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.support.cli import REPO

#: work done after the start, never at it: templates, spreadsheets, mail, amounts, the
#: backlog's records and bulk decisions, composing a notice
LATER = {
    "jinja2",
    "openpyxl",
    "email.mime.text",
    "smtplib",
    "decimal",
    "app.backlog.model",
    "app.backlog.bulk",
    "app.incidents.compose",
    "app.incidents.told_by_hand",
    "app.notices.localtime",
}
#: records the start defines and, on a store with nothing pending or sent, never builds: made
#: dataclasses only when first used (app/records.py, `lazy_record`)
UNBUILT = {
    "app.delivery.outbox.OutboxMessage",
    "app.delivery.outbox.NewMessage",
    "app.incidents.model.Incident",
    "app.incidents.plan.PlannedNotice",
    "app.audit.log.ChainBreak",
    "app.store.backups.BackupInfo",
}
PROGRAM = (
    "import atexit, sys; "
    "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr)); "
    "atexit.register(lambda: print('MADE', *(f'{c.__module__}.{c.__qualname__}' "
    "for m in list(sys.modules.values()) for c in list(vars(m).values()) "
    "if isinstance(c, type) and '__dataclass_fields__' in c.__dict__), file=sys.stderr)); "
    "from app.launcher import main; sys.exit(main())"
)


def kit_at_a_duty_desk(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A new kit in `tmp_path/kit` whose key is in a keyring, and the environment its
    programs run with (offscreen, that keyring): a start unlocks silently, as at a desk."""
    home = tmp_path / "kit"
    secret = tmp_path / "pp"
    secret.write_text(PASSPHRASE)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileTestKeyring",
        "OUTAGE_KIT_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    made = subprocess.run(
        [sys.executable, "-m", "app", "--home", str(home), "--passphrase-file", str(secret),
         "init", "--operator", "Night Duty"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return home, env


def test_the_window_starts_without_the_libraries_of_later_work(tmp_path: Path) -> None:
    home, env = kit_at_a_duty_desk(tmp_path)
    started = subprocess.run(
        [sys.executable, "-c", PROGRAM, "--home", str(home), "--quit-when-ready"],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=REPO,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr[-2000:]
    assert "ready" in started.stdout, started.stdout
    said = {line.split(" ", 1)[0]: set(line.split()[1:]) for line in started.stderr.splitlines()}
    modules = said["MODULES"]
    assert "app.ui.main_window" in modules  # it was the window that started
    assert not LATER & modules, sorted(LATER & modules)
    made = said["MADE"]
    assert "app.kit.Kit" in made  # what the start uses is made
    assert not UNBUILT & made, sorted(UNBUILT & made)
