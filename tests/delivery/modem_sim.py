"""A GSM modem on a pseudo-terminal that answers AT commands like a real one (echo on
until ATE0, CR LF framing, the '> ' prompt of AT+CMGS, +CME/+CMS errors), strict about
TS 27.005 PDU mode: AT+CMGS only after AT+CMGF=0 and with the TPDU's length, the PDU in
hexadecimal ended by Ctrl-Z (ESC cancels), and every PDU decoded here on its own (bit by
bit, not with the kit's decoder): a wrong length, a bad header or a part out of place is a
+CMS ERROR, and the parts of a concatenated SMS are joined as a phone joins them."""

from __future__ import annotations

import os
import re
import select
import threading
import tty
from dataclasses import dataclass, field

from app.delivery.sms import GSM7_BASIC, GSM7_EXTENSION


@dataclass
class SentSms:
    """One message as the phone shows it (its parts joined)."""

    number: str
    text: str
    charset: str  # "GSM" or "UCS2"
    parts: int = 1


class BadPdu(Exception):
    pass


def _bits_to_septets(data: bytes, skip_bits: int, count: int) -> list[int]:
    """Septets packed LSB first, after `skip_bits` bits (TS 23.038 §6.1.2.1.1)."""
    bits = [(byte >> i) & 1 for byte in data for i in range(8)]
    out = []
    for n in range(count):
        chunk = bits[skip_bits + 7 * n : skip_bits + 7 * n + 7]
        if len(chunk) < 7:
            raise BadPdu("user data shorter than its length")
        out.append(sum(bit << i for i, bit in enumerate(chunk)))
    return out


def _gsm_text(septets: list[int]) -> str:
    extension = {code: char for char, code in GSM7_EXTENSION.items()}
    out, escaped = [], False
    for code in septets:
        if escaped:
            if code not in extension:
                raise BadPdu(f"unknown extension code {code:#04x}")
            out.append(extension[code])
            escaped = False
        elif code == 0x1B:
            escaped = True
        else:
            out.append(GSM7_BASIC[code])
    if escaped:
        raise BadPdu("an escape at the end of a part")
    return "".join(out)


Concat = tuple[int, int, int]


def decode_pdu(pdu_hex: str, length: int) -> tuple[str, str, str, Concat | None, bool]:
    """(number, text, charset, (reference, total, sequence) or None, status report asked)."""
    if not re.fullmatch(r"(?:[0-9A-Fa-f]{2})+", pdu_hex):
        raise BadPdu("not hexadecimal octets")
    pdu = bytes.fromhex(pdu_hex)
    tpdu = pdu[1 + pdu[0] :]
    if len(tpdu) != length:
        raise BadPdu(f"AT+CMGS={length} but the TPDU has {len(tpdu)} octets")
    first = tpdu[0]
    if first & 0x03 != 0x01:
        raise BadPdu("not an SMS-SUBMIT")
    digits, toa = tpdu[2], tpdu[3]
    address = tpdu[4 : 4 + (digits + 1) // 2]
    nibbles = "".join(f"{b & 0x0F:X}{b >> 4:X}" for b in address)[:digits]
    if not nibbles.isdigit() or toa not in (0x81, 0x91):
        raise BadPdu("bad destination address")
    number = ("+" if toa == 0x91 else "") + nibbles
    at = 4 + len(address)
    pid, dcs = tpdu[at], tpdu[at + 1]
    if pid != 0:
        raise BadPdu("unexpected protocol identifier")
    at += 2 + {0b00: 0, 0b10: 1, 0b01: 7, 0b11: 7}[(first >> 3) & 0x03]
    udl, ud = tpdu[at], tpdu[at + 1 :]
    header = b""
    if first & 0x40:
        header = ud[: ud[0] + 1]
    concat = None
    position = 1
    while position < len(header):
        ie, size = header[position], header[position + 1]
        if ie == 0x00 and size == 3:
            concat = (header[position + 2], header[position + 3], header[position + 4])
        position += 2 + size
    if dcs == 0x00:
        header_bits = len(header) * 8
        skip = header_bits + (7 - header_bits % 7) % 7
        if len(ud) != (udl * 7 + 7) // 8:
            raise BadPdu("user data length does not match")
        text = _gsm_text(_bits_to_septets(ud, skip, udl - skip // 7))
        return number, text, "GSM", concat, bool(first & 0x20)
    if dcs == 0x08:
        if len(ud) != udl or (udl - len(header)) % 2:
            raise BadPdu("user data length does not match")
        text = ud[len(header) :].decode("utf-16-be")
        return number, text, "UCS2", concat, bool(first & 0x20)
    raise BadPdu(f"unexpected data coding scheme {dcs:#04x}")


@dataclass
class ModemSim:
    sim: str = "READY"  # "READY", "SIM PIN", or "none" (no SIM card)
    registration: str = "1"  # +CREG stat: 1 home, 5 roaming, 2 searching, 0 none
    rssi: int = 18
    cms_error: str | None = None  # e.g. "500": every AT+CMGS fails with it
    fail_from_part: int = 0  # with cms_error: the n-th CMGS (1-based) starts failing
    silent_after_send: bool = False  # the modem swallows the text and never answers
    sent: list[SentSms] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    cmgs: int = 0  # SMS (parts) the network took: what it bills
    keeps_reports: bool = True  # AT+CNMI=2,1,0,2,0 accepted: status reports kept
    report_status: dict[str, int] = field(default_factory=dict)  # number → TP-ST (0: ok)
    pin: str = "1234"  # what AT+CPIN="…" unlocks "SIM PIN" with
    pin_attempts: int = 0
    refused: list[str] = field(default_factory=list)  # why a PDU was refused

    def __post_init__(self) -> None:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.port = os.ttyname(self._slave)
        self._echo = True
        self._pdu_mode = False
        self._stop = threading.Event()
        self._attempts = 0
        self._partial: dict[tuple[str, int], dict[int, str]] = {}
        self._stored: dict[int, str] = {}  # memory index → status report PDU
        self._memory = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        for fd in (self._master, self._slave):
            os.close(fd)

    # -- the modem's side -------------------------------------------------------------

    def _reply(self, *lines: str) -> None:
        os.write(self._master, b"".join(b"\r\n" + line.encode() + b"\r\n" for line in lines))

    def _serve(self) -> None:
        buffer = b""
        pending_length: int | None = None
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 1024)
            except OSError:
                return
            if self._echo and pending_length is None:
                os.write(self._master, chunk)
            buffer += chunk
            while True:
                if pending_length is not None:
                    if b"\x1b" in buffer.split(b"\x1a", 1)[0]:  # ESC: cancelled
                        buffer = buffer.split(b"\x1b", 1)[1]
                        pending_length = None
                        self._reply("OK")
                        continue
                    if b"\x1a" not in buffer:
                        break
                    payload, buffer = buffer.split(b"\x1a", 1)
                    self._finish_sms(pending_length, payload)
                    pending_length = None
                    continue
                if b"\r" not in buffer:
                    break
                raw, buffer = buffer.split(b"\r", 1)
                command = raw.decode("ascii", "replace").strip()
                if command:
                    pending_length = self._handle(command)

    def _handle(self, command: str) -> int | None:
        self.commands.append(command)
        upper = command.upper()
        if upper in ("AT", "ATZ"):
            self._reply("OK")
        elif upper == "ATE0":
            self._echo = False
            self._reply("OK")
        elif upper == "AT+CPIN?":
            if self.sim == "none":
                self._reply("+CME ERROR: 10")
            else:
                self._reply(f"+CPIN: {self.sim}", "OK")
        elif upper.startswith("AT+CPIN="):
            self.pin_attempts += 1
            if self.sim == "SIM PIN" and command.split("=", 1)[1].strip('"') == self.pin:
                self.sim = "READY"
                self._reply("OK")
            else:
                self._reply("+CME ERROR: 16")
        elif upper == "AT+CREG?":
            self._reply(f"+CREG: 0,{self.registration}", "OK")
        elif upper == "AT+CSQ":
            self._reply(f"+CSQ: {self.rssi},99", "OK")
        elif upper == "AT+CNMI=2,1,0,2,0":
            self._reply("OK" if self.keeps_reports else "+CMS ERROR: 303")
        elif upper == "AT+CMGL=4" and self._pdu_mode:
            lines = []
            for index, pdu in self._stored.items():
                lines += [f"+CMGL: {index},1,,{len(pdu) // 2 - 1}", pdu]
            self._reply(*lines, "OK")
        elif upper.startswith("AT+CMGD="):
            self._stored.pop(int(upper.split("=", 1)[1]), None)
            self._reply("OK")
        elif upper in ("AT+CMGF=0", "AT+CMGF=1"):
            self._pdu_mode = upper.endswith("0")
            self._reply("OK")
        elif upper.startswith("AT+CMGS="):
            if self.sim != "READY":
                self._reply("+CMS ERROR: 310" if self.sim == "none" else "+CMS ERROR: 311")
                return None
            length = command.split("=", 1)[1]
            if not self._pdu_mode or not length.isdigit() or not 7 <= int(length) <= 164:
                self.refused.append(f"{command} in {'PDU' if self._pdu_mode else 'text'} mode")
                self._reply("+CMS ERROR: 304")
                return None
            os.write(self._master, b"\r\n> ")
            return int(length)
        else:
            self._reply("ERROR")
        return None

    def _finish_sms(self, length: int, payload: bytes) -> None:
        self._attempts += 1
        if self.silent_after_send:
            return
        if self.cms_error and self._attempts >= max(self.fail_from_part, 1):
            self._reply(f"+CMS ERROR: {self.cms_error}")
            return
        try:
            number, text, charset, concat, srr = decode_pdu(payload.decode("ascii").strip(), length)
            self._store(number, text, charset, concat)
        except (BadPdu, UnicodeDecodeError, ValueError, IndexError) as err:
            self.refused.append(str(err))
            self._reply("+CMS ERROR: 304")
            return
        self.cmgs += 1
        reference = self.cmgs % 256
        if srr and self.keeps_reports:  # the network answers at once, the modem keeps it
            self._memory += 1
            status = self.report_status.get(number, 0x00)
            self._stored[self._memory] = status_report_pdu(reference, number, status)
        self._reply(f"+CMGS: {reference}", "OK")

    def _store(
        self, number: str, text: str, charset: str, concat: tuple[int, int, int] | None
    ) -> None:
        if concat is None:
            self.sent.append(SentSms(number, text, charset))
            return
        reference, total, sequence = concat
        if not 1 <= sequence <= total:
            raise BadPdu(f"part {sequence} of {total}")
        parts = self._partial.setdefault((number, reference), {})
        if sequence in parts:
            raise BadPdu(f"part {sequence} twice")
        parts[sequence] = text
        if len(parts) == total:
            del self._partial[(number, reference)]
            joined = "".join(parts[i] for i in range(1, total + 1))
            self.sent.append(SentSms(number, joined, charset, total))


def status_report_pdu(reference: int, number: str, status: int) -> str:
    """An SMS-STATUS-REPORT as the network sends it (TS 23.040 §9.2.2.3)."""
    digits = number.lstrip("+")
    padded = digits + ("F" if len(digits) % 2 else "")
    address = "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))
    stamp = "62110321000000"  # 2026-11-30 12:00:00 (semi-octets), twice
    toa = "91" if number.startswith("+") else "81"
    return f"0006{reference:02X}{len(digits):02X}{toa}{address}{stamp}{stamp}{status:02X}"


def is_number(text: str) -> bool:
    return re.fullmatch(r"\+\d+", text) is not None
