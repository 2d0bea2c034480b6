"""Every path the kit uses, resolved in one place so tests can redirect them."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.fsutil import make_private
from app.i18n import Msg
from app.records import EqualByFields

APP_DIR_NAME = "OutageKit"


def default_home() -> Path:
    """The platform's user data folder (or `OUTAGE_KIT_HOME`)."""
    env = os.environ.get("OUTAGE_KIT_HOME")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        # Local, not Roaming: the store is machine data (its key may sit in this machine's
        # Credential Manager) and must not be copied to other PCs at every logon.
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "outage-kit"


def resolve_home(explicit: Path | None = None) -> Path:
    """`--home`, else `OUTAGE_KIT_HOME`, else the folder chosen at first run, else the default."""
    if explicit is not None:
        return explicit.expanduser()
    home = default_home()
    redirect = home / REDIRECT_NAME
    if redirect.is_file():
        target = redirect.read_text(encoding="utf-8").strip()
        if target:
            return Path(target)
    return home


def remember_home(chosen: Path) -> None:
    """First run put the data somewhere else: leave a pointer in the default folder."""
    home = default_home()
    if chosen.resolve() == home.resolve():
        return
    home.mkdir(parents=True, exist_ok=True)
    (home / REDIRECT_NAME).write_text(str(chosen.resolve()) + "\n", encoding="utf-8")


REDIRECT_NAME = "data-folder.txt"


@dataclass(frozen=True, eq=False)
class KitPaths(EqualByFields):
    """The files of one kit installation, all under `home`."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "store.db"

    @property
    def key_file(self) -> Path:
        return self.home / "store.key"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "outage-kit.log"

    def exists(self) -> bool:
        return self.database.exists() and self.key_file.exists()

    def ensure(self) -> None:
        for folder in (self.home, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
            make_private(folder)


# Windows' limit for a path (MAX_PATH: 260 with the closing NUL). Longer paths fail unless
# long paths are switched on for the whole machine, and then only in some programs.
WINDOWS_MAX_PATH = 259
# The longest path the kit writes inside its data folder, with room to spare: the audit
# sidecar of a backup while it is written (fsutil.write_private's temporary name)
# `backups\.store-20261201T103000123456Z-before-restore.okbak.json.abcdefgh.4294967295.tmp`
# (87), a backup's journal, a damaged store's copy in backups\unsound\.
DEEPEST_INSIDE = 90
# The longest data folder the kit accepts on Windows.
LONGEST_WINDOWS_HOME = WINDOWS_MAX_PATH - 1 - DEEPEST_INSIDE


def too_deep_for_windows(home: Path) -> str | None:
    """On Windows: why `home` is too deep a folder for the kit's files (None: it is not).
    Checked before anything is created there, so a store is never half-made or half-backed
    up in it (a daily backup in a 230-letter profile folder failed)."""
    if sys.platform != "win32":
        return None
    full = str(home.absolute())
    if len(full) <= LONGEST_WINDOWS_HOME:
        return None
    return Msg.tr(
        "The data folder {home} is too deep for Windows: its path is {length} characters "
        "long, and the kit's files inside it (backups, their journals) would pass Windows' "
        "limit of 260 characters for a path. Nothing was created or changed there. Choose a "
        "folder whose path has at most {most} characters (for example {example}), or move "
        "this data folder to one and pass --home with it."
    ).format(home=full, length=len(full), most=LONGEST_WINDOWS_HOME, example=r"C:\OutageKit")


def home_problem(home: Path) -> str | None:
    """Why the kit cannot keep its files in `home` (None: it can, or it will create it)."""
    import tempfile

    deep = too_deep_for_windows(home)
    if deep:
        return deep
    if home.exists() and not home.is_dir():
        return (
            f"The data folder {home} is a file, not a folder. Pass --home with a folder "
            "(the one holding store.db), or move the file away."
        )
    if not home.exists():
        parent = next((p for p in home.parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            return f"The data folder {home} cannot be created: {parent} is a file."
        return None
    try:
        with tempfile.TemporaryFile(dir=home):
            pass
    except PermissionError:
        return (
            f"The data folder {home} is not writable by you. The kit must write there (its "
            "store, backups and log); fix its permissions or pass --home with another folder."
        )
    except OSError as err:
        if err.errno == 30:  # EROFS
            return (
                f"The data folder {home} is on a read-only disk. Copy it to a writable disk "
                "and pass --home with the copy."
            )
        if err.errno in (28, 122):
            return None  # a full disk: the command says so itself, where it matters
        return f"The data folder {home} cannot be used ({err.strerror})."
    return None
