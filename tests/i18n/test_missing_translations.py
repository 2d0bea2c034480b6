"""A kit without its built translations (`.qm`), as a dev setup made before the Makefile built
them: it still runs, in English, but says so — in the log, in `check` and in `--selftest` —
instead of letting Polish partners silently read the kit's sentences in English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import i18n
from tests.support.cli import REPO


@pytest.fixture
def kit_without_qm(tmp_path: Path) -> Path:
    """The kit's files as installed, less the `.qm` files."""
    copy = tmp_path / "install"
    ignore = shutil.ignore_patterns("__pycache__", "*.qm")
    for folder in ("app", "resources", "templates"):
        shutil.copytree(REPO / folder, copy / folder, ignore=ignore)
    assert not list((copy / "resources").rglob("*.qm"))
    return copy


def _outage(
    install: Path, home: Path, *args: str, lang: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(install), "LANG": "C.UTF-8"}
    env.pop(i18n.ENV_NAME, None)
    if lang:
        env[i18n.ENV_NAME] = lang
    passphrase = home.parent / "pass.txt"
    passphrase.write_text("Correct-Horse-Battery-9\n", encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--home",
            str(home),
            "--passphrase-file",
            str(passphrase),
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        cwd=install,
    )


def test_check_and_selftest_fail_and_the_log_warns_without_qm(
    kit_without_qm: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    created = _outage(kit_without_qm, home, "--json", "init", "--operator", "Night duty")
    assert created.returncode == 0, created.stderr

    polish = _outage(kit_without_qm, home, "contacts", "list", lang="pl")
    assert "0 contact" in polish.stdout  # still runs, in (the source) English …
    assert "pl translation cannot be loaded" in polish.stderr  # … but not silently
    assert "make translations" in polish.stderr

    checked = _outage(kit_without_qm, home, "--json", "check")
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert report["sound"] is False and report["store"] == "ok"
    assert "en, pl" in report["translations"] and "make translations" in report["translations"]
    text = _outage(kit_without_qm, home, "check")
    assert "translations" in text.stdout and "reinstall" in text.stdout

    selftest = _outage(kit_without_qm, home, "--selftest", "--no-qt")
    assert selftest.returncode == 1
    line = next(x for x in selftest.stdout.splitlines() if x.startswith("translations"))
    assert "FAIL" in line and "make translations" in line


def test_the_checkout_passes_the_translation_check(tmp_path: Path) -> None:
    """The same commands on the checkout (its `.qm` files built by make): no complaint."""
    home = tmp_path / "home"
    created = _outage(REPO, home, "init", "--operator", "Night duty")
    assert created.returncode == 0, created.stderr
    checked = _outage(REPO, home, "--json", "check")
    assert checked.returncode == 0 and "translations" not in json.loads(checked.stdout)
    assert "cannot be loaded" not in checked.stderr
