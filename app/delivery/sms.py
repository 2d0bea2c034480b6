"""SMS text: GSM-7 when every character fits its alphabet (extension table included), else
UCS-2; a long text as one concatenated SMS (parts joined on the phone by their user-data
header), so the count the officer sees is the count the network bills.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.i18n import Msg

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
PART = {"gsm7": 153, "ucs2": 67}  # a concatenated part: 6 octets go to the header


ENCODING_NAMES = {"gsm7": "GSM-7", "ucs2": "UCS-2"}


@dataclass(frozen=True)
class SmsPlan:
    encoding: str  # "gsm7" or "ucs2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int
    parts: tuple[str, ...]  # one SMS each, joined into one message on the phone
    outside_gsm: str = ""  # the first few characters that force UCS-2

    def summary(self) -> str:
        """What the officer needs before queueing: how many SMS each partner gets, and why."""
        room = SINGLE[self.encoding]
        why = (
            Msg.tr(" ({letters} outside the GSM alphabet)").format(
                letters=", ".join(repr(c) for c in self.outside_gsm)
            )
            if self.outside_gsm
            else ""
        )
        encoding = ENCODING_NAMES[self.encoding] + why
        if self.segments == 1:
            return Msg.tr("{units} of {room} characters, {encoding}: 1 SMS").format(
                units=self.units, room=room, encoding=encoding
            )
        return Msg.tr(
            "{units} characters, {encoding}: %n numbered SMS to each partner, joined on the "
            "phone into one message (one SMS holds {room})",
            "",
            self.segments,
        ).format(units=self.units, room=room, encoding=encoding)


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
    """How `text` goes out (trailing blanks and line breaks dropped: they cost room and
    show as an empty line on the phone)."""
    text = text.rstrip()
    outside = _outside_gsm7(text)
    encoding = "ucs2" if outside else "gsm7"
    count = units(text, encoding)
    outside = outside[:3]
    if count <= SINGLE[encoding]:
        return SmsPlan(encoding, count, 1, (text,), outside)
    parts = _split(text, encoding)
    return SmsPlan(encoding, count, len(parts), tuple(parts), outside)


def _split(text: str, encoding: str) -> list[str]:
    """Parts of at most PART units; an extension character (escape + code) and a UTF-16
    surrogate pair never straddle two parts."""
    room = PART[encoding]
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for char in text:
        size = units(char, encoding)
        if used + size > room:
            chunks.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += size
    if current:
        chunks.append("".join(current))
    return chunks


def gsm7_septets(text: str) -> list[int]:
    """The GSM 03.38 codes of `text` (an extension character is 0x1B and its code)."""
    out: list[int] = []
    for char in text:
        if char in _BASIC_CODE:
            out.append(_BASIC_CODE[char])
        else:
            out += (0x1B, GSM7_EXTENSION[char])
    return out


def gsm7_text(septets: Sequence[int]) -> str:
    """`gsm7_septets` backwards (an unknown extension code reads as a space)."""
    reverse_ext = {code: ch for ch, code in GSM7_EXTENSION.items()}
    out: list[str] = []
    escape = False
    for code in septets:
        if escape:
            out.append(reverse_ext.get(code, " "))
            escape = False
        elif code == 0x1B:
            escape = True
        else:
            out.append(GSM7_BASIC[code])
    return "".join(out)
