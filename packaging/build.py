"""Build the kit for this platform: `make package`, or `python packaging/build.py`.

PyInstaller one-folder build from `packaging/outage-kit.spec` into `dist/outage-kit/`, then
on Linux the `.desktop` entry, the icon and a `.tar.gz` of the folder (on Windows a `.zip`),
and a size report of what dominates the folder.

`--if-changed` reuses the last build when none of its inputs changed (the program's sources,
templates, resources, this folder, pyproject.toml, the installed packages, the Python), so
the packaging test does not rebuild on every run. A lock file lets only one build run at a
time in a checkout; a second one waits and then reuses the first one's result.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "outage-kit.spec"
NAME = "outage-kit"
IS_WINDOWS = sys.platform == "win32"
INPUT_FOLDERS = ("app", "templates", "resources", "packaging")
INPUT_FILES = ("pyproject.toml",)
LINUX_EXTRAS = ROOT / "packaging" / "linux"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not found:
        raise SystemExit("app/__init__.py has no __version__")
    return found.group(1)


def archive_name() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower() or "unknown"
    suffix = ".zip" if IS_WINDOWS else ".tar.gz"
    return f"{NAME}-{version()}-{system}-{machine}{suffix}"


# -- reuse --------------------------------------------------------------------------------


def inputs_fingerprint() -> str:
    """Changes whenever anything that ends up in the build changes."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for dist in sorted(
        f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.metadata
    ):
        digest.update(dist.encode() + b"\n")
    paths = [ROOT / f for f in INPUT_FILES]
    for folder in INPUT_FOLDERS:
        paths += sorted(
            p
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        )
    for path in paths:
        if path.is_file():
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@contextlib.contextmanager
def build_lock(work: Path) -> Iterator[None]:
    """One build at a time per work folder (engineers and CI share a checkout)."""
    work.mkdir(parents=True, exist_ok=True)
    with (work / ".build.lock").open("w") as handle:
        if IS_WINDOWS:
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# -- building -----------------------------------------------------------------------------


def run_pyinstaller(dist: Path, work: Path) -> None:
    log_path = work / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print(f"Building {NAME} {version()} with PyInstaller (log: {log_path}) …", flush=True)
    with log_path.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-30:]
        raise SystemExit("PyInstaller failed:\n" + "\n".join(tail))
    unresolved = [
        line
        for line in log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        if "Library not found" in line and "platformthemes" not in line
    ]
    for line in unresolved:
        print(f"warning: {line.split('WARNING: ', 1)[-1]}", flush=True)


def add_linux_desktop_entry(folder: Path) -> None:
    """The menu entry (for /opt/outage-kit) and a script that points it at wherever the
    folder was unpacked."""
    shutil.copyfile(ROOT / "resources" / "icons" / f"{NAME}.png", folder / f"{NAME}.png")
    shutil.copyfile(LINUX_EXTRAS / f"{NAME}.desktop", folder / f"{NAME}.desktop")
    script = folder / "install-desktop-entry.sh"
    shutil.copyfile(LINUX_EXTRAS / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def make_archive(folder: Path, out: Path) -> Path:
    partial = out.with_name(out.name + ".partial")
    if IS_WINDOWS:
        base = shutil.make_archive(str(partial), "zip", folder.parent, folder.name)
        Path(base).replace(out)
    else:
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
        partial.replace(out)
    return out


# -- size ---------------------------------------------------------------------------------


def size_report(folder: Path, top: int = 12) -> str:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    groups: dict[str, int] = {}
    internal = folder / "_internal"
    for path in files:
        groups[_group(path, folder, internal)] = (
            groups.get(_group(path, folder, internal), 0) + path.stat().st_size
        )
    lines = [f"{folder}: {total / 1e6:.1f} MB in {len(files)} files"]
    lines.append("  by part:")
    for name, size in sorted(groups.items(), key=lambda kv: -kv[1]):
        lines.append(f"    {size / 1e6:7.1f} MB  {name}")
    lines.append("  largest files:")
    for path in sorted(files, key=lambda p: -p.stat().st_size)[:top]:
        lines.append(f"    {path.stat().st_size / 1e6:7.1f} MB  {path.relative_to(folder)}")
    return "\n".join(lines)


def _group(path: Path, folder: Path, internal: Path) -> str:
    if not path.is_relative_to(internal):
        return "program and desktop files"
    parts = path.relative_to(internal).parts
    name = parts[0]
    if name == "PySide6" and len(parts) > 2 and parts[1] == "Qt":
        if "icu" in parts[-1]:
            return "Qt: ICU (Unicode data QtCore needs)"
        return f"Qt: {parts[2]}"
    if name == "PySide6":
        return "PySide6 bindings"
    if len(parts) == 1:
        if name.startswith(("libpython", "python3", "base_library")):
            return "Python"
        return "system libraries"
    if name.startswith("python3") or name == "lib-dynload":
        return "Python"
    return name


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# -- main ---------------------------------------------------------------------------------


def build(dist: Path, work: Path, *, if_changed: bool, archive: bool) -> Path:
    folder = dist / NAME
    stamp = dist / f".{NAME}.inputs"
    with build_lock(work):
        fingerprint = inputs_fingerprint()
        fresh = (
            folder.is_dir()
            and stamp.is_file()
            and stamp.read_text(encoding="utf-8").strip() == fingerprint
        )
        if fresh and if_changed:
            print(f"{folder} is up to date (inputs unchanged); reusing it.", flush=True)
        else:
            started = time.perf_counter()
            stamp.unlink(missing_ok=True)
            run_pyinstaller(dist, work)
            if not IS_WINDOWS:
                add_linux_desktop_entry(folder)
            stamp.write_text(fingerprint + "\n", encoding="utf-8")
            print(f"Built {folder} in {time.perf_counter() - started:.0f} s.", flush=True)
            print(size_report(folder), flush=True)
        out = dist / archive_name()
        if archive and (not out.is_file() or out.stat().st_mtime < stamp.stat().st_mtime):
            make_archive(folder, out)
            print(f"Archive: {out} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder"
    )
    parser.add_argument(
        "--if-changed", action="store_true", help="reuse the last build if no input changed"
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    parser.add_argument("--size-report", action="store_true", help="only print the size report")
    args = parser.parse_args(argv)
    if args.size_report:
        print(size_report(args.dist / NAME))
        return 0
    os.chdir(ROOT)
    build(
        args.dist.resolve(),
        args.work.resolve(),
        if_changed=args.if_changed,
        archive=not args.no_archive,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
