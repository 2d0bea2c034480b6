"""Which Unicode encoding a file's byte order mark names, so a file saved as UTF-16 or
UTF-32 (Excel's "Unicode text", Notepad's "Unicode") is told as such — "the file is
UTF-16; save it as UTF-8" — rather than as a byte that is not UTF-8."""

from __future__ import annotations

import codecs


def unicode_bom(start: bytes) -> str | None:
    """'UTF-32' or 'UTF-16' when `start` (a file's first bytes) begins with that byte
    order mark; None otherwise (UTF-8's own mark included: it is read as UTF-8)."""
    # UTF-32 first: its little-endian mark begins with UTF-16's
    if start.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    return None
