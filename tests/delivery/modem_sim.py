"""A GSM modem on a pseudo-terminal that answers AT commands like a real one (echo on
until ATE0, CR LF framing, the '> ' prompt of AT+CMGS, +CME/+CMS errors)."""

from __future__ import annotations

import os
import re
import select
import threading
import tty
from dataclasses import dataclass, field

from app.delivery.sms import gsm7_text


@dataclass
class SentSms:
    number: str
    text: str
    charset: str


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

    def __post_init__(self) -> None:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.port = os.ttyname(self._slave)
        self._echo = True
        self._charset = "IRA"
        self._stop = threading.Event()
        self._cmgs = 0
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
        pending_number: str | None = None
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 1024)
            except OSError:
                return
            if self._echo and pending_number is None:
                os.write(self._master, chunk)
            buffer += chunk
            while True:
                if pending_number is not None:
                    if b"\x1a" not in buffer:
                        break
                    payload, buffer = buffer.split(b"\x1a", 1)
                    self._finish_sms(pending_number, payload)
                    pending_number = None
                    continue
                if b"\r" not in buffer:
                    break
                raw, buffer = buffer.split(b"\r", 1)
                command = raw.decode("ascii", "replace").strip()
                if command:
                    pending_number = self._handle(command)

    def _handle(self, command: str) -> str | None:
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
        elif upper == "AT+CREG?":
            self._reply(f"+CREG: 0,{self.registration}", "OK")
        elif upper == "AT+CSQ":
            self._reply(f"+CSQ: {self.rssi},99", "OK")
        elif upper == "AT+CMGF=1" or upper.startswith("AT+CSMP="):
            self._reply("OK")
        elif upper.startswith("AT+CSCS="):
            self._charset = command.split("=", 1)[1].strip('"')
            self._reply("OK")
        elif upper.startswith("AT+CMGS="):
            if self.sim != "READY":
                self._reply("+CMS ERROR: 310" if self.sim == "none" else "+CMS ERROR: 311")
                return None
            number = command.split("=", 1)[1].strip('"')
            if self._charset == "UCS2":
                number = bytes.fromhex(number).decode("utf-16-be")
            os.write(self._master, b"\r\n> ")
            return number
        else:
            self._reply("ERROR")
        return None

    def _finish_sms(self, number: str, payload: bytes) -> None:
        self._cmgs += 1
        if self.silent_after_send:
            return
        if self.cms_error and self._cmgs >= max(self.fail_from_part, 1):
            self._reply(f"+CMS ERROR: {self.cms_error}")
            return
        if self._charset == "UCS2":
            text = bytes.fromhex(payload.decode("ascii")).decode("utf-16-be")
        else:
            text = gsm7_text(payload)
        self.sent.append(SentSms(number, text, self._charset))
        self._reply(f"+CMGS: {len(self.sent)}", "OK")


def is_number(text: str) -> bool:
    return re.fullmatch(r"\+\d+", text) is not None
