"""SMS-SUBMIT and SMS-STATUS-REPORT PDUs (3GPP TS 23.040) for AT PDU mode (TS 27.005).

GSM-7 text is packed seven bits a character (so no ESC or Ctrl-Z byte ever reaches the
modem's command line), UCS-2 as UTF-16 big-endian; a part of a concatenated SMS carries a
user-data header (IE 0x00: reference, total, sequence).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.delivery.outbox import StatusReport
from app.delivery.sms import gsm7_septets, gsm7_text

VALIDITY_24H = 0xA7  # relative validity period: 24 hours
_DCS = {"gsm7": 0x00, "ucs2": 0x08}


class PduError(ValueError):
    """Not a PDU this module understands; the text says what is wrong."""


@dataclass(frozen=True)
class Concat:
    reference: int  # the same for every part of one message, 0–255
    total: int
    sequence: int  # 1-based


@dataclass(frozen=True)
class Submit:
    number: str
    text: str
    encoding: str
    concat: Concat | None
    status_report: bool


def _semi_octets(digits: str) -> bytes:
    padded = digits + ("F" if len(digits) % 2 else "")
    return bytes.fromhex("".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2)))


def _digits(data: bytes, count: int) -> str:
    swapped = "".join(f"{b:02X}"[::-1] for b in data)
    return swapped[:count]


def pack7(septets: Sequence[int], fill_bits: int = 0) -> bytes:
    value = 0
    for index, septet in enumerate(septets):
        value |= (septet & 0x7F) << (fill_bits + 7 * index)
    size = (fill_bits + 7 * len(septets) + 7) // 8
    return value.to_bytes(size, "little")


def unpack7(data: bytes, count: int, fill_bits: int = 0) -> list[int]:
    value = int.from_bytes(data, "little")
    return [(value >> (fill_bits + 7 * i)) & 0x7F for i in range(count)]


def encode_submit(
    number: str,
    text: str,
    encoding: str,
    *,
    concat: Concat | None = None,
    status_report: bool = True,
) -> tuple[int, str]:
    """(TPDU length in octets for AT+CMGS, the PDU in hex with the default SMSC)."""
    international = number.startswith("+")
    digits = number.lstrip("+")
    if not digits.isdigit():
        raise PduError(f"{number!r} is not a phone number")
    first = 0x01 | 0x10  # SMS-SUBMIT, relative validity period
    if status_report:
        first |= 0x20
    header = b""
    if concat is not None:
        first |= 0x40
        header = bytes((5, 0x00, 3, concat.reference & 0xFF, concat.total, concat.sequence))
    if encoding == "gsm7":
        septets = gsm7_septets(text)
        fill = (7 - (len(header) * 8) % 7) % 7 if header else 0
        header_septets = (len(header) * 8 + fill) // 7
        data = header + pack7(septets, fill)
        length = header_septets + len(septets)
    else:
        data = header + text.encode("utf-16-be")
        length = len(data)
    if length > 255 or len(data) > 140:
        raise PduError("the text does not fit one SMS part")
    tpdu = (
        bytes((first, 0x00, len(digits), 0x91 if international else 0x81))
        + _semi_octets(digits)
        + bytes((0x00, _DCS[encoding], VALIDITY_24H, length))
        + data
    )
    return len(tpdu), "00" + tpdu.hex().upper()


def decode_submit(pdu_hex: str) -> Submit:
    """An SMS-SUBMIT as a modem (or the network) reads it; raises `PduError`."""
    try:
        pdu = bytes.fromhex(pdu_hex)
    except ValueError:
        raise PduError("not hexadecimal") from None
    try:
        smsc = pdu[0]
        tpdu = pdu[1 + smsc :]
        first = tpdu[0]
        if first & 0x03 != 0x01:
            raise PduError("not an SMS-SUBMIT")
        count = tpdu[2]
        toa = tpdu[3]
        at = 4 + (count + 1) // 2
        number = ("+" if toa == 0x91 else "") + _digits(tpdu[4:at], count)
        dcs = tpdu[at + 1]
        at += 2
        vpf = (first >> 3) & 0x03
        at += {0: 0, 2: 1}.get(vpf, 7)
        length = tpdu[at]
        data = tpdu[at + 1 :]
    except IndexError:
        raise PduError("the PDU ends too early") from None
    encoding = "ucs2" if dcs & 0x0C == 0x08 else "gsm7" if dcs & 0x0C == 0 else ""
    if not encoding:
        raise PduError(f"data coding scheme {dcs:#04x} is not text")
    concat: Concat | None = None
    header_octets = 0
    if first & 0x40:
        header_octets = data[0] + 1
        concat = _concat(data[1:header_octets])
    if encoding == "gsm7":
        fill = (7 - (header_octets * 8) % 7) % 7 if header_octets else 0
        header_septets = (header_octets * 8 + fill) // 7
        septets = unpack7(data[header_octets:], length - header_septets, fill)
        if len(data) != (length * 7 + 7) // 8:
            raise PduError("the user data length does not match the data")
        text = gsm7_text(septets)
    else:
        if len(data) != length:
            raise PduError("the user data length does not match the data")
        text = data[header_octets:].decode("utf-16-be")
    return Submit(number, text, encoding, concat, bool(first & 0x20))


def _concat(header: bytes) -> Concat | None:
    at = 0
    while at + 2 <= len(header):
        ie, size = header[at], header[at + 1]
        body = header[at + 2 : at + 2 + size]
        if ie == 0x00 and size == 3:
            return Concat(body[0], body[1], body[2])
        if ie == 0x08 and size == 4:
            return Concat(int.from_bytes(body[:2], "big"), body[2], body[3])
        at += 2 + size
    return None


def decode_status_report(pdu_hex: str) -> StatusReport:
    """An SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): whose part, and what became of it."""
    try:
        pdu = bytes.fromhex(pdu_hex.strip())
        tpdu = pdu[1 + pdu[0] :]
        if tpdu[0] & 0x03 != 0x02:
            raise PduError("not a status report")
        reference, count, toa = tpdu[1], tpdu[2], tpdu[3]
        at = 4 + (count + 1) // 2
        number = ("+" if toa == 0x91 else "") + _digits(tpdu[4:at], count)
        status = tpdu[at + 14]  # after the centre's time stamp and the discharge time
    except (ValueError, IndexError):
        raise PduError("not a status report PDU") from None
    return StatusReport(number, str(reference), status)
