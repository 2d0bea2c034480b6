"""The kit's log file: rotating, user-only, with addresses, phone numbers and keys masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app.fsutil import make_private

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d ()-]{6,}\d|\b\d{9,15}\b")
_HEX = re.compile(r"\b[0-9a-fA-F]{32,}\b")


def redact(text: str) -> str:
    text = _EMAIL.sub("<address>", text)
    text = _HEX.sub("<hex>", text)
    return _PHONE.sub("<number>", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log line that cannot be written (a full disk, a pulled stick) is dropped: the
    officer is told about the full disk by the command itself, never by a logging
    traceback on the terminal."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = _QuietFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
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
