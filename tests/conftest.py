"""Test set-up: headless Qt, no real keyring, real SQLCipher files in temp folders."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

# Before anything imports Qt or keyring.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.platform == "win32":
    # Qt's offscreen platform on Windows reads fonts only from QT_QPA_FONTDIR (none: every
    # text is drawn in boxes, wider than any real font); the kit ships DejaVu Sans, the font
    # the Linux tests lay out with. (Wine does not pass QT_* variables to Windows programs.)
    os.environ.setdefault(
        "QT_QPA_FONTDIR", str(Path(__file__).resolve().parent.parent / "resources" / "fonts")
    )
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("OUTAGE_KIT_HOME", None)
os.environ.pop("OUTAGE_KIT_PASSPHRASE_FILE", None)
# The tests read the kit's English unless they choose a language (a Polish workstation too).
os.environ["OUTAGE_KIT_LANG"] = "en"
# A shell without job control starts its background jobs (`make test &`) with Ctrl+C
# ignored, and every command a test starts would inherit that: the tests that press Ctrl+C
# on a command saw it run to its end. Children of a handled SIGINT get the default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

from collections.abc import Iterator

import pytest

from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile, NoKeyring
from app.store.store import Store
from tests.support.cli import CliRunner

PASSPHRASE = "Correct-Horse-42-battery"
OPERATOR = "Night Duty"


def _remember_derived_keys() -> None:
    """scrypt is a pure function that costs ~0.2 s by design, and the tests unlock the same
    few stores thousands of times in this process (every in-process command reads the
    passphrase file): each (passphrase, salt, cost) is derived for real once, then
    remembered. Commands run as processes of their own derive every time, as the kit does."""
    import functools

    from app.store import keys

    keys._derive = functools.lru_cache(maxsize=4096)(keys._derive)


_remember_derived_keys()


#: the test files that take longest, longest first (seconds of one worker, measured with
#: `--durations=0` summed per file on the 2-core machine); refresh when one grows or shrinks
HEAVY_FILES = Path(__file__).with_name("heavy_files.txt")


def _heavy_first() -> dict[str, int]:
    """Each heavy file's place, longest first. `make test` gives each worker a whole file
    (--dist loadfile) in the order collected (--no-loadscope-reorder): the longest files
    start first and the short ones fill in at the end, instead of a long file started last
    keeping one core busy while the other has nothing left to do."""
    lines = HEAVY_FILES.read_text(encoding="utf-8").splitlines()
    names = [line.split()[-1] for line in lines if line.strip() and not line.startswith("#")]
    return {name: place for place, name in enumerate(names)}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
    places = _heavy_first()
    # a stable sort: a file's tests stay together and in their order
    items.sort(key=lambda item: places.get(item.nodeid.split("::")[0], len(places)))


@pytest.fixture(autouse=True)
def _background_work_finishes(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's background tasks end before its window and store are torn down; a window
    test's Qt objects are collected here, on the main thread (left to a collection that
    happens to run on a worker thread later, one crashed the suite with a segfault). What
    raises while they are collected fails the test (pytest-qt's hook, put back if the test
    opened the kit's window, whose hook would show a box mid-collection: a segfault)."""
    hook = sys.excepthook
    yield
    sys.excepthook = hook
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10000)
    if "qtbot" in request.fixturenames:
        import gc

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        # a dialog or box a test left shown stays the application's modal widget: the next
        # test's window took it for the officer's own ("close the open dialog") and waited
        # and its timers stop: a section a test made on its own store (not dropped by a
        # window's lock or close) polled that store, closed by then, in a later test
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
            for timer in widget.findChildren(QTimer):
                timer.stop()
        gc.collect()


@pytest.fixture(autouse=True)
def _english(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test starts in English, as the kit starts on an English workstation (with the
    English plural forms: "1 day", "2 days"), and a test that switched languages leaves it so."""
    from app import i18n

    i18n.install(i18n.SOURCE_LANGUAGE)
    if "qtbot" in request.fixturenames:
        request.getfixturevalue("qapp")
        from app.ui.language import install_language

        install_language(i18n.SOURCE_LANGUAGE)
    yield
    import sys

    if "app.ui.language" in sys.modules:
        from app.ui.language import install_language

        install_language(i18n.SOURCE_LANGUAGE)
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def paths(tmp_path: Path) -> KitPaths:
    return KitPaths(tmp_path / "kit")


@pytest.fixture(scope="session")
def _new_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[KitPaths, bytes] | None:
    """A store as `Store.create` leaves it, made once a test process (each xdist worker):
    the `store` fixture copies its files instead of creating one for each of some 800
    tests (0.15-0.3 s each: a new key, scrypt, every migration; a copy and an open take
    3 ms). None under Windows Python, where a copy would not carry the owner-only ACL the
    kit sets on a new store's files."""
    if sys.platform == "win32":
        return None
    paths = KitPaths(tmp_path_factory.mktemp("new-store") / "kit")
    made = Store.create(paths, operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring())
    raw_key = made._key
    made.close()
    return paths, raw_key


@pytest.fixture
def store(paths: KitPaths, _new_store: tuple[KitPaths, bytes] | None) -> Iterator[Store]:
    """A new store in `paths`, unlocked: the files of one `Store.create` made, copied (its
    store id, key and passphrase are the same for every test of a process; a test that
    needs a second or another store makes it with `Store.create`)."""
    if _new_store is None:
        created = Store.create(paths, operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring())
    else:
        made, raw_key = _new_store
        shutil.copytree(made.home, paths.home, dirs_exist_ok=True)
        created = Store(paths=paths, raw_key=raw_key, key_file=KeyFile.load(paths.key_file))
    yield created
    created.close()


@pytest.fixture
def kit(store: Store) -> Kit:
    """An unlocked kit on a fresh encrypted store (closed by the `store` fixture)."""
    return Kit.open(store)


@pytest.fixture
def cli(paths: KitPaths, passphrase_file: Path) -> CliRunner:
    """Runs `outage-kit --home <paths.home> --passphrase-file … ARGS` in this process."""
    return CliRunner(home=paths.home, passphrase_file=passphrase_file)
