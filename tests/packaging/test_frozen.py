"""The packaged kit (issue 8): build it with PyInstaller as `make package` does, then use it
as a duty workstation would — no Python, no source tree: `--selftest`, `init`, the window
started offscreen to its unlocked state, the Linux menu entry and archive.

The build is reused while its inputs are unchanged (packaging/build.py --if-changed), so
only the first run after a change pays for it (~30 s to a few minutes on 2 cores)."""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
FOLDER = DIST / "outage-kit"
EXE = FOLDER / ("outage-kit-cli.exe" if sys.platform == "win32" else "outage-kit")
PASSPHRASE = "Correct-Horse-42-battery"
SIZE_GOAL_MB = 150

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Path:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--if-changed"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert EXE.is_file()
    return EXE


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """What a bare workstation gives the program: no virtual env, no source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "OUTAGE_KIT"))
    }
    env["HOME"] = str(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # headless: none
    return env


def _run(exe: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,  # not the checkout: nothing may be found through the working folder
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    (tmp_path / "home").mkdir()
    yield _clean_env(tmp_path), tmp_path


def test_frozen_selftest_passes(frozen: Path, workstation: tuple[dict[str, str], Path]) -> None:
    env, cwd = workstation
    result = _run(frozen, "--json", "--selftest", env=env, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    failed = [f"{c['name']}: {c['detail']}" for c in report["checks"] if not c["ok"]]
    assert failed == []
    shipped = next(c for c in report["checks"] if c["name"] == "shipped files")
    assert str(FOLDER) in shipped["detail"]  # found inside the build, not in the checkout


def test_frozen_window_opens_unlocked(
    frozen: Path, workstation: tuple[dict[str, str], Path]
) -> None:
    env, cwd = workstation
    home = cwd / "kit"
    passphrase_file = cwd / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    common = ["--home", str(home), "--passphrase-file", str(passphrase_file)]
    created = _run(frozen, *common, "init", "--operator", "Night Duty", env=env, cwd=cwd)
    assert created.returncode == 0, created.stderr
    window = _run(frozen, *common, "--quit-when-ready", env=env, cwd=cwd)
    assert window.returncode == 0, window.stderr
    # on screen unlocked, then the sections built behind it (Outbox lights, bundle watch)
    assert window.stdout.split()[-2:] == ["ready", "settled"]
    checked = _run(frozen, *common, "check", env=env, cwd=cwd)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_frozen_errors_are_messages_not_tracebacks(
    frozen: Path, workstation: tuple[dict[str, str], Path]
) -> None:
    env, cwd = workstation
    result = _run(frozen, "--home", str(cwd / "nowhere"), "audit", "verify", env=env, cwd=cwd)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("outage-kit: ")
    assert "init" in result.stderr  # says what to do


@pytest.mark.skipif(sys.platform == "win32", reason="the folder size goal is for Linux")
def test_folder_stays_small_without_dead_weight(frozen: Path) -> None:
    files = [p for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb <= SIZE_GOAL_MB, (
        f"the build is {size_mb:.0f} MB (goal {SIZE_GOAL_MB}); "
        "see `python packaging/build.py --size-report` for what grew"
    )
    names = {p.relative_to(FOLDER).as_posix() for p in files}
    # Qt's own words only in the kit's languages (Polish standard buttons), and the kit's
    # translations (built by make from resources/i18n/*.ts) are in the package
    assert sorted(Path(n).name for n in names if "/Qt/translations/" in n) == ["qtbase_pl.qm"]
    assert {"outage_kit_pl.qm", "outage_kit_en.qm"} <= {
        Path(n).name for n in names if "/resources/i18n/" in n
    }
    assert not [n for n in names if "/plugins/platformthemes/" in n]
    platforms = {Path(n).name for n in names if "/plugins/platforms/" in n}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux menu entry and archive")
def test_linux_archive_and_menu_entry(frozen: Path, tmp_path: Path) -> None:
    archives = sorted(DIST.glob("outage-kit-*-linux-*.tar.gz"))
    assert archives, "no .tar.gz next to the build"
    with tarfile.open(archives[-1]) as tar:
        names = set(tar.getnames())
    assert {
        "outage-kit/outage-kit",
        "outage-kit/outage-kit.desktop",
        "outage-kit/outage-kit.png",
        "outage-kit/install-desktop-entry.sh",
    } <= names

    data_home = tmp_path / "share"
    result = subprocess.run(
        [str(FOLDER / "install-desktop-entry.sh")],
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(data_home / "applications" / "outage-kit.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == f'"{FOLDER}/outage-kit"'
    assert Path(desktop["Icon"]).is_file()
    assert desktop["Terminal"] == "false"


KEYRING_SESSION = """
printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
"""


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-daemon and gnome-keyring (make system-deps installs them)",
)
def test_frozen_kit_keeps_its_key_in_the_real_secret_service(
    frozen: Path, workstation: tuple[dict[str, str], Path]
) -> None:
    """A private D-Bus session with an unlocked GNOME keyring, as on a Linux desktop: `init`
    puts the key there, and later the kit opens with no passphrase at all."""
    env, cwd = workstation
    env = {k: v for k, v in env.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["KEYRING_PASSWORD"] = "desktop-login-password"
    env["XDG_DATA_HOME"] = str(cwd / "home" / ".local" / "share")
    home = cwd / "kit"
    passphrase_file = cwd / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    session = ["dbus-run-session", "--", "sh", "-c", KEYRING_SESSION, "keyring-session"]
    script = [
        [str(frozen), "--home", str(home), "--passphrase-file", str(passphrase_file), "init",
         "--operator", "Night Duty"],
        [str(frozen), "--home", str(home), "check"],  # no passphrase: the keyring opens it
        [str(frozen), "--home", str(home), "--quit-when-ready"],
        [str(frozen), "--selftest"],
    ]  # fmt: skip
    runner = " && ".join(" ".join(shlex.quote(part) for part in step) for step in script)
    result = subprocess.run(
        [*session, "sh", "-c", runner],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "store     ok" in result.stdout
    assert "\nready\n" in result.stdout
    assert "SecretService backend present and in use" in result.stdout
