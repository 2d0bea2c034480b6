"""Passphrases kept in files (a store's recovery passphrase, a signing key's), read as people
save them: UTF-8 with or without a byte order mark (Notepad), UTF-16 with one (Windows
PowerShell's `Out-File`, Notepad's "Unicode"). Anything else is refused with how to save it,
never guessed: a passphrase read in the wrong code page is a different passphrase."""

from __future__ import annotations

import codecs
from pathlib import Path

from app.errors import UserError
from app.i18n import Msg


def read_secret_text(path: Path) -> str:
    """The whole text of `path`. Raises OSError as reading does, and UserError when the bytes
    are not text in one of the encodings above."""
    data = path.read_bytes()
    text: str | None
    if data.startswith(codecs.BOM_UTF8):
        text = _decode(data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16")
    else:
        text = _decode(data, "utf-8")
    if text is None or "\x00" in text:  # NULs: UTF-16 saved without its byte order mark
        raise UserError(
            Msg.tr(
                "The file {path} is not UTF-8 text, so the passphrase in it cannot be read "
                "exactly. Save it again as UTF-8 (in Notepad: Save as, Encoding: UTF-8) and "
                "try again."
            ).format(path=path)
        )
    return text


def _decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None
