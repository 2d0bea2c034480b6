"""The Windows lane's pytest plugin (`make test-windows`: `python.exe -m pytest -p
tests.windows.lane` under Wine, see packaging/windows/winpy.py).

Qt cannot start under Wine 8 (README.md, "Windows"), so the lane has no PySide6 and no
pytest-qt. This plugin
- registers pytest-qt's `qt_api` setting, so the project's strict configuration still loads;
- leaves out the test modules that import Qt (or the window's code) when they are imported,
  and deselects the tests that use `qtbot` (marked `gui` by tests/conftest.py);
- says at the end, by name, what was left out and why.
"""

from __future__ import annotations

import ast
import importlib.util
import io
import sys
from pathlib import Path

import pytest

# pytest's own report goes through a pipe (packaging/windows/winpy.py), which Windows Python
# writes in the ANSI code page: test names and diffs with Polish letters would not print.
# Only this process's report; the kit's own processes in the tests get no such help.
for _stream in (sys.stdout, sys.stderr):
    if isinstance(_stream, io.TextIOWrapper):
        _stream.reconfigure(encoding="utf-8", errors="backslashreplace")

QT_MODULES = ("PySide6", "pytestqt", "app.ui")
ROOT = Path(__file__).resolve().parents[2]
REASON = (
    "needs pytest-qt's QApplication: the lane has no Qt (the window under Windows Qt is "
    "checked by tests/windows/test_wine_qt.py, README.md 'Windows')"
)

# Test modules that cannot run on Windows at all, and why.
POSIX_ONLY = {
    "tests/delivery/test_modem.py": "its AT modem emulator runs on a POSIX pseudo-terminal "
    "(termios); the kit sends through it as COM7 in tests/windows/test_wine_modem.py",
    "tests/reports/test_sms_delivered.py": "its AT modem emulator runs on a POSIX "
    "pseudo-terminal (termios) and its report's PDF is drawn by Qt",
    "tests/packaging/test_frozen.py": "it builds and checks the Linux package (tar.gz, xcb, "
    "Secret Service); `make package-windows` builds and checks the Windows one",
    "tests/windows/test_wine_console.py": "it drives the Windows Python from Linux through a "
    "pseudo-terminal (it runs in `make test-windows` after the lane)",
    "tests/windows/test_wine_modem.py": "it drives the Windows Python from Linux, its modem "
    "emulator on a pseudo-terminal mapped to COM7 (it runs in `make test-windows` after the lane)",
    "tests/windows/test_wine_qt.py": "it drives the Windows Python with PySide6 from Linux "
    "(it runs in `make test-windows` after the lane)",
}
# Single tests that check something POSIX-only or need Qt without using qtbot, and why.
PDF = "its PDF is drawn by Qt (QTextDocument, QPdfWriter)"
POSIX_ONLY_TESTS = {
    "tests/delivery/test_cli.py::test_webmail_hand_off_and_batch_settle_from_the_command_line": (
        "its stand-in browser is a shell script in $BROWSER"
    ),
    "tests/test_logging.py::test_a_passphrase_file_that_does_not_unlock_is_in_the_log": (
        "it opens the window (Qt)"
    ),
    "tests/bundles/test_follow_up_current_contacts.py::"
    "test_the_update_goes_by_sms_to_a_partner_who_gained_it": (
        "its AT modem emulator runs on a POSIX pseudo-terminal (COM ports: test_wine_modem.py)"
    ),
    "tests/backlog/test_cli.py::test_write_off_report_in_three_formats": PDF,
    "tests/reports/test_write_off_pdf_cli.py::test_progress_only_when_asked_off_a_terminal": PDF,
    "tests/incidents/test_schedule.py::test_the_whole_plan_in_the_period_pdf": PDF,
    "tests/packaging/test_selftest.py::test_selftest_passes_and_prints_one_line_per_check": (
        "the selftest's Qt and PDF checks need Qt (`--selftest --no-qt` is run on the package)"
    ),
    "tests/packaging/test_selftest.py::test_selftest_json_names_every_check": (
        "the selftest's Qt and PDF checks need Qt (`--selftest --no-qt` is run on the package)"
    ),
    "tests/cli/test_pipes_and_prompts.py::"
    "test_selftest_answers_in_json_and_stops_quietly_for_head": (
        "the selftest's Qt and PDF checks need Qt (the full selftest under Windows Qt: "
        "tests/windows/test_wine_qt.py)"
    ),
    "tests/packaging/test_selftest.py::test_selftest_touches_nothing_of_the_user": (
        "the selftest's Qt and PDF checks need Qt (`--selftest --no-qt` is run on the package)"
    ),
}
# Fixtures that need a QApplication (pytest-qt's); tests using them are deselected.
QT_FIXTURES = {"qtbot", "qapp"}

_left_out_modules: list[str] = []
_posix_only: list[str] = []
_deselected: list[str] = []


def _qt_available() -> bool:
    return importlib.util.find_spec("PySide6") is not None


def pytest_addoption(parser: pytest.Parser) -> None:
    if importlib.util.find_spec("pytestqt") is None:
        parser.addini("qt_api", "pytest-qt's Qt binding (pytest-qt is not in the Windows lane)")


def imports_qt(path: Path, seen: set[Path] | None = None) -> bool:
    """Does the module import Qt or the window's code at its top level — itself, or through
    another test module it imports (tests.bundles.test_cli brings pytest-qt with it)?"""
    seen = set() if seen is None else seen
    if path in seen or not path.is_file():
        return False
    seen.add(path)
    tree = ast.parse(path.read_bytes(), filename=str(path))
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        if any(name == qt or name.startswith(qt + ".") for name in names for qt in QT_MODULES):
            return True
        for name in names:
            if name.startswith("tests."):
                module = ROOT.joinpath(*name.split("."))
                for found in (module.with_suffix(".py"), module / "__init__.py"):
                    if imports_qt(found, seen):
                        return True
    return False


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if _qt_available() or collection_path.suffix != ".py":
        return None
    if not collection_path.name.startswith("test_"):
        return None
    relative = collection_path.relative_to(config.rootpath).as_posix()
    if relative in POSIX_ONLY:
        _posix_only.append(f"{relative}: {POSIX_ONLY[relative]}")
        return True
    if imports_qt(collection_path):
        _left_out_modules.append(str(collection_path.relative_to(config.rootpath)))
        return True
    return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _qt_available():
        return
    kept, dropped = [], []
    for item in items:
        reason = POSIX_ONLY_TESTS.get(item.nodeid.replace("\\", "/"))
        if reason:
            item.add_marker(pytest.mark.skip(reason=f"POSIX only: {reason}"))
        needs_qt = QT_FIXTURES & set(getattr(item, "fixturenames", ()))
        (dropped if item.get_closest_marker("gui") or needs_qt else kept).append(item)
    if dropped:
        _deselected.extend(item.nodeid for item in dropped)
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _qt_available():
        return
    write = terminalreporter.write_line
    terminalreporter.section("Windows lane: left out")
    write(f"Reason for all of these: {REASON}.")
    write(f"{len(_left_out_modules)} test module(s) import Qt and were not collected:")
    for name in sorted(_left_out_modules):
        write(f"  {name}")
    write(f"{len(_deselected)} test(s) use qtbot or qapp and were deselected.")
    write(f"{len(_posix_only)} test module(s) cannot run on Windows:")
    for line in _posix_only:
        write(f"  {line}")
