"""SMS text: GSM-7 when every character fits its alphabet, else UCS-2; segment counting.

Text mode cannot join parts with a user-data header, so a long text goes out as numbered
single messages, each within one segment's room — the count the officer sees is the count
the modem sends.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# GSM 03.38 default alphabet, by code (0x1B is the escape to the extension table).
GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = {
    "\f": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F, "[": 0x3C, "~": 0x3D,
    "]": 0x3E, "|": 0x40, "€": 0x65,
}  # fmt: skip
_BASIC_CODE = {ch: code for code, ch in enumerate(GSM7_BASIC) if ch != "\x1b"}
SINGLE = {"gsm7": 160, "ucs2": 70}
PART = {"gsm7": 153, "ucs2": 67}


ENCODING_NAMES = {"gsm7": "GSM-7", "ucs2": "UCS-2"}


@dataclass(frozen=True)
class SmsPlan:
    encoding: str  # "gsm7" or "ucs2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int
    parts: tuple[str, ...]  # what the modem sends, one SMS each
    outside_gsm: str = ""  # the first few characters that force UCS-2

    def summary(self) -> str:
        """What the officer needs before queueing: how many SMS each partner gets, and why."""
        room = SINGLE[self.encoding]
        why = (
            f" ({', '.join(repr(c) for c in self.outside_gsm)} outside the GSM alphabet)"
            if self.outside_gsm
            else ""
        )
        if self.segments == 1:
            return f"{self.units} of {room} characters, {ENCODING_NAMES[self.encoding]}{why}: 1 SMS"
        return (
            f"{self.units} characters, {ENCODING_NAMES[self.encoding]}{why}: {self.segments} "
            f"numbered SMS to each partner (one SMS holds {room})"
        )


def _outside_gsm7(text: str) -> str:
    """The characters of `text` the GSM-7 alphabet lacks, each once, in order."""
    return "".join(
        dict.fromkeys(c for c in text if c not in _BASIC_CODE and c not in GSM7_EXTENSION)
    )


def encoding_for(text: str) -> str:
    return "ucs2" if _outside_gsm7(text) else "gsm7"


def units(text: str, encoding: str) -> int:
    if encoding == "gsm7":
        return sum(2 if c in GSM7_EXTENSION else 1 for c in text)
    return len(text.encode("utf-16-be")) // 2


def plan(text: str) -> SmsPlan:
    outside = _outside_gsm7(text)
    encoding = "ucs2" if outside else "gsm7"
    count = units(text, encoding)
    outside = outside[:3]
    if count <= SINGLE[encoding]:
        return SmsPlan(encoding, count, 1, (text,), outside)
    parts = _split(text, encoding)
    return SmsPlan(encoding, count, len(parts), tuple(parts), outside)


def _split(text: str, encoding: str) -> list[str]:
    room = PART[encoding]
    # Reserve room for the "(n/N) " prefix; N is at most two digits for a notice.
    estimate = math.ceil(units(text, encoding) / (room - 8))
    width = len(str(estimate))
    prefix_room = 4 + 2 * width
    chunks: list[str] = []
    current = ""
    for char in text:
        if units(current + char, encoding) > room - prefix_room:
            chunks.append(current)
            current = ""
        current += char
    if current:
        chunks.append(current)
    total = len(chunks)
    return [f"({i}/{total}) {chunk}" for i, chunk in enumerate(chunks, 1)]


def gsm7_bytes(text: str) -> bytes:
    """Unpacked GSM-7 (one byte per septet), as a modem takes it with AT+CSCS="GSM"."""
    out = bytearray()
    for char in text:
        if char in _BASIC_CODE:
            out.append(_BASIC_CODE[char])
        else:
            out += bytes((0x1B, GSM7_EXTENSION[char]))
    return bytes(out)


def gsm7_text(data: bytes) -> str:
    reverse_ext = {code: ch for ch, code in GSM7_EXTENSION.items()}
    out: list[str] = []
    escape = False
    for byte in data:
        if escape:
            out.append(reverse_ext.get(byte, " "))
            escape = False
        elif byte == 0x1B:
            escape = True
        else:
            out.append(GSM7_BASIC[byte])
    return "".join(out)


def ucs2_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()
