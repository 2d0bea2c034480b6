"""The kit's log file: rotating, user-only, with addresses, phone numbers and keys masked."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from app.fsutil import make_private

# as text: `re` compiles (and keeps) each when first used, not at every start of the window
_EMAIL = r"[\w.+-]+@[\w-]+(\.[\w-]+)+"
_PHONE = r"\+\d[\d ()-]{6,}\d|\b\d{9,15}\b"
_HEX = r"\b[0-9a-fA-F]{32,}\b"


def redact(text: str) -> str:
    text = re.sub(_EMAIL, "<address>", text)
    text = re.sub(_HEX, "<hex>", text)
    return re.sub(_PHONE, "<number>", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _QuietFileHandler(logging.FileHandler):
    """The log file, moved aside to .1 (older ones to .2 … .`backups`) when the next line
    would take it to `max_bytes`: the rule of logging.handlers' RotatingFileHandler, without
    importing that module (it brings socket, pickle and queue for its network handlers:
    ~5 ms of every window start). The new file is owner-only like the first.

    A log line that cannot be written (a full disk, a pulled stick) is dropped: the
    officer is told about the full disk by the command itself, never by a logging
    traceback on the terminal."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return bool(self.stream.tell() + len(self.format(record) + "\n") >= self.max_bytes)

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()
        aside = (self.path.with_name(f"{self.path.name}.{n}") for n in range(1, self.backups + 1))
        names = [self.path, *aside]
        # .2 → .3, .1 → .2, the log → .1 (the oldest is overwritten)
        for newer, older in zip(reversed(names[:-1]), reversed(names[1:]), strict=True):
            if newer.exists():
                newer.replace(older)
        self.stream = self._open()
        make_private(self.path)

    def handleError(self, record: logging.LogRecord) -> None:
        return


def setup_logging(log_file: Path) -> None:
    root = logging.getLogger()
    ours = [h for h in root.handlers if isinstance(h, _QuietFileHandler)]
    if any(h.path == log_file for h in ours) and log_file.exists():
        root.setLevel(logging.INFO)
        return  # already written there (the window's start sets it up before it unlocks)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = _QuietFileHandler(log_file, max_bytes=2_000_000, backups=3)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "outage_kit", False)]:
        root.removeHandler(old)
        old.close()
    handler.outage_kit = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    make_private(log_file)  # mode 600; on Windows an owner-only access list


def disable_core_dumps() -> None:
    """A core dump would hold the store key in plaintext."""
    try:
        import resource
    except ImportError:  # Windows: no core files by default
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
