"""SMS through a GSM modem on a serial port: AT commands in PDU mode (3GPP TS 27.005/27.007).

PDU mode, not text mode: in text mode ESC cancels and Ctrl-Z ends the text, so the GSM
extension table (€ [ ] { } ~ ^ |) and letters such as Ξ cannot be sent, and long texts
cannot be concatenated. python-gammu does this too, but Gammu's AT driver needs far more
of a modem than a test emulator on a pseudo-terminal answers; this stays small and is
tested end to end against a strict PDU-mode emulator.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

import serial

from app.delivery import replies
from app.delivery.config import ModemProfile
from app.delivery.modem_codes import CME_TEXT, CMS_NETWORK, CMS_TEXT, explained
from app.delivery.outbox import OutboxMessage, StatusReport
from app.delivery.pdu import Concat, PduError, decode_status_report, encode_submit
from app.delivery.sms import ENCODING_NAMES, plan
from app.delivery.transport import Outcome, PathDown
from app.i18n import Msg, tr_noop

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_FINAL = re.compile(r"^(OK|ERROR|\+CME ERROR: ?(.*)|\+CMS ERROR: ?(.*))$")
CTRL_Z = b"\x1a"
__all__ = ["CME_TEXT", "CMS_TEXT"]  # re-exported: their home is app.delivery.modem_codes
REGISTRATION = {
    "0": tr_noop("Msg", "not registered, not searching"),
    "1": tr_noop("Msg", "registered (home network)"),
    "2": tr_noop("Msg", "searching for a network"),
    "3": tr_noop("Msg", "registration denied"),
    "4": tr_noop("Msg", "registration state unknown"),
    "5": tr_noop("Msg", "registered (roaming)"),
}


#: how long opening the port waits for another window or command that holds it (a probe
#: takes a few seconds)
BUSY_SECONDS = 15.0
# pyserial's error numbers for a port that is not there (a modem unplugged, a wrong name)
_ABSENT = (errno.ENOENT, errno.ENODEV, errno.ENXIO)

log = logging.getLogger(__name__)
#: POSIX: an exclusive lock on the port (flock), so two processes never talk to the modem
#: at once; Windows opens a COM port for one process only anyway
_EXCLUSIVE: bool | None = True if os.name == "posix" else None


def explain(reply: str) -> str:
    """A +CME / +CMS refusal with its meaning, in the reader's language."""
    return replies.shown_reply(explained(reply))


class ModemError(Exception):
    def __init__(self, reply: str, lines: list[str]) -> None:
        self.reply = reply
        self.lines = lines
        super().__init__(reply)


def ports_here() -> str:
    """The serial ports this computer has, as Device Manager names them (Windows: COM3 …),
    so the officer or IT can correct the port setting."""
    try:  # Wine 8's cfgmgr32 lacks what pyserial's Windows listing imports
        from serial.tools.list_ports import comports

        found = sorted(comports(), key=lambda p: p.device)
    except Exception:  # a listing that fails must not hide the real problem
        found = []
    if not found:
        return Msg.tr("No serial port is found on this computer.")
    named = [
        f"{p.device} ({p.description})" if p.description and p.description != "n/a" else p.device
        for p in found
    ]
    return Msg.tr("Serial ports on this computer: {ports}.").format(ports=", ".join(named))


def cannot_open(port: str, err: BaseException) -> str:
    """Why `port` did not open, as a person says it (pyserial's own text, "[Errno 2] could
    not open port …: [Errno 2] No such file or directory", goes to the log instead)."""
    code = getattr(err, "errno", None)
    text = str(err)
    if code in _ABSENT or "FileNotFoundError" in text or "No such file" in text:
        return Msg.tr("the modem at {port} is not plugged in or not found. {ports}").format(
            port=port, ports=ports_here()
        )
    if code in (errno.EACCES, errno.EPERM) or "PermissionError" in text:
        return Msg.tr(
            "{port} is there, but this user may not open it (permission denied): ask IT to "
            "allow it. {ports}"
        ).format(port=port, ports=ports_here())
    return Msg.tr("cannot open {port} ({error}): is the modem plugged in? {ports}").format(
        port=port, error=err, ports=ports_here()
    )


class Modem:
    """The AT conversation over one serial port."""

    def __init__(self, port: str, baud: int, *, timeout: float = 10.0) -> None:
        self.port = port
        self.baud = baud
        self.timeout = timeout
        self._serial: Any = None
        self._buffer = b""

    def open(self) -> None:
        """Open the port for this process alone: another window or command (a probe, a
        send) talking to the modem at the same time would mix two AT conversations. While
        one holds it, wait up to BUSY_SECONDS, then say who is in the way."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self._serial = serial.Serial(
                    self.port, self.baud, timeout=0.1, write_timeout=5, exclusive=_EXCLUSIVE
                )
                break
            except (serial.SerialException, OSError, ValueError) as err:
                busy = getattr(err, "errno", None) in (errno.EAGAIN, errno.EWOULDBLOCK)
                if busy and time.monotonic() < deadline:
                    time.sleep(0.1)
                    continue
                if busy:
                    raise PathDown(
                        "port",
                        Msg.tr(
                            "{port} is in use by another Outage Kit window or command (or "
                            "another program): wait until it is done, then try again"
                        ).format(port=self.port),
                    ) from None
                log.info("cannot open the modem's port %s: %s", self.port, err)  # the detail
                raise PathDown("port", cannot_open(self.port, err)) from None
        self._buffer = b""

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(Exception):
                port.close()

    def command(self, command: str, *, timeout: float | None = None) -> list[str]:
        """Send `command`; the information lines before OK. Raises `ModemError` on an error
        result and `TimeoutError` when the modem stays silent."""
        self._write(command.encode("ascii") + b"\r")
        return self._result(command, timeout or self.timeout)

    def send_pdu(self, length: int, pdu: str, *, timeout: float) -> str:
        """AT+CMGS in PDU mode (`length`: the TPDU's octets, `pdu` in hex); returns the
        message reference. A `TimeoutError` after the PDU went out means nobody knows
        whether the SMS left."""
        self._write(f"AT+CMGS={length}\r".encode("ascii"))
        self._await_prompt()
        self._write(pdu.encode("ascii") + CTRL_Z)
        lines = self._result("AT+CMGS", timeout)
        for line in lines:
            if line.startswith("+CMGS:"):
                return line.split(":", 1)[1].strip()
        return "?"

    # -- bytes --------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        if self._serial is None:
            raise OSError("the modem port is not open")
        self._serial.write(data)
        self._serial.flush()

    def _read_line(self, deadline: float) -> str | None:
        while b"\n" not in self._buffer:
            if time.monotonic() > deadline:
                return None
            if self._serial is None:
                raise OSError("the modem port is closed")
            # whatever has arrived, or wait (up to the port's 0.1 s) for the next byte
            self._buffer += self._serial.read(self._serial.in_waiting or 1)
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("ascii", "replace").strip()

    def _result(self, command: str, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while True:
            line = self._read_line(deadline)
            if line is None:
                raise TimeoutError(
                    Msg.tr("the modem did not answer {command}").format(command=command)
                )
            if not line or line == command:  # blank, or the command's echo
                continue
            final = _FINAL.match(line)
            if final is None:
                lines.append(line)
                continue
            if final.group(1) == "OK":
                return lines
            raise ModemError(line, lines)

    def _await_prompt(self) -> None:
        deadline = time.monotonic() + self.timeout
        while b">" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError(Msg.tr("the modem did not ask for the text"))
            self._buffer += self._serial.read(self._serial.in_waiting or 1)
            error = re.search(rb"\+CM[SE] ERROR: ?[^\r\n]*|\bERROR\b", self._buffer)
            if error:
                self._buffer = b""
                raise ModemError(error.group(0).decode("ascii", "replace"), [])
        self._buffer = self._buffer.split(b">", 1)[1]


#: SIM PINs the SIM refused in this run: never entered again (three wrong PINs block the
#: SIM until its PUK is entered) until another PIN is stored
_refused_pins: set[str] = set()
_refused_lock = threading.Lock()


def _pin_key(port: str, pin: str) -> str:
    return f"{port}\0{hashlib.sha256(pin.encode()).hexdigest()}"


class ModemTransport:
    """A modem as a sending path for `sms` messages (recipient: an E.164 number)."""

    def __init__(
        self, profile: ModemProfile, *, timeout: float = 30.0, pin: str | None = None
    ) -> None:
        self.profile = profile
        self._pin = pin
        self.name = profile.name
        self.modem = Modem(profile.port, profile.baud, timeout=min(timeout, 10.0))
        self.send_timeout = timeout  # the network can take a while per SMS
        self.steps: list[tuple[str, str]] = []
        self.signal: int | None = None
        self.reports = False  # the modem keeps status reports for us

    def open(self) -> None:
        self.steps = []
        self.modem.open()
        try:
            self._check()
        except PathDown:
            self.modem.close()
            raise
        except (OSError, serial.SerialException) as err:
            self.modem.close()
            raise PathDown(
                "port",
                Msg.tr("{port} stopped answering ({error})").format(
                    port=self.profile.port, error=err
                ),
            ) from None

    def _check(self) -> None:
        try:
            self.modem.command("ATE0")
        except (TimeoutError, ModemError) as err:
            raise PathDown(
                "AT",
                Msg.tr("no modem answers on {port} ({error})").format(
                    port=self.profile.port, error=err
                ),
            ) from None
        self.steps.append(("AT", Msg.tr("modem answers")))
        try:
            pin = " ".join(self.modem.command("AT+CPIN?"))
        except ModemError as err:
            raise PathDown("SIM", explain(err.reply)) from None
        except TimeoutError as err:
            raise PathDown("SIM", str(err)) from None
        if "READY" not in pin:
            self._unlock(pin.split(":", 1)[-1].strip())
        else:
            self.steps.append(("SIM", Msg.tr("ready")))
        reg = self._query("AT+CREG?", "+CREG:")
        stat = reg.split(",")[1].strip() if "," in reg else reg.strip()
        if stat not in ("1", "5"):
            known = REGISTRATION.get(stat)
            raise PathDown(
                "network",
                Msg.tr(known) if known else Msg.tr("registration {stat}").format(stat=stat),
            )
        self.steps.append(("network", Msg.tr(REGISTRATION[stat])))
        rssi = self._query("AT+CSQ", "+CSQ:").split(",")[0].strip()
        self.signal = None if rssi in ("99", "") else int(rssi)
        if self.signal is None:
            self.steps.append(("signal", Msg.tr("unknown")))
        else:
            self.steps.append(("signal", f"{self.signal}/31 ({-113 + 2 * self.signal} dBm)"))
        self._ok("AT+CMGF=0", Msg.tr("PDU mode"))
        self.steps.append(("mode", "PDU (TS 27.005)"))
        try:  # status reports kept in the modem's memory, read by the probe
            self.modem.command("AT+CNMI=2,1,0,2,0")
            self.reports = True
        except (TimeoutError, ModemError):
            self.reports = False
            self.steps.append(("reports", Msg.tr("the modem keeps no delivery reports")))

    def _unlock(self, state: str) -> None:
        """Enter the stored PIN once, if the SIM asks for a PIN and this PIN was not
        refused before in this run."""
        name = self.profile.name
        if state != "SIM PIN" or not self._pin:
            locked = Msg.tr("the SIM is locked ({state}): enter its PIN on the modem").format(
                state=state
            )
            if state == "SIM PIN":
                locked += Msg.tr(", or store it with 'outage-kit paths password {name}'").format(
                    name=name
                )
            raise PathDown("SIM", locked)
        key = _pin_key(self.profile.port, self._pin)
        with _refused_lock:
            refused = key in _refused_pins
        if refused:
            raise PathDown(
                "SIM",
                Msg.tr(
                    "the SIM refused the stored PIN earlier in this run; it is not entered again "
                    "(three wrong PINs block the SIM). Check it and store it again with "
                    "'outage-kit paths password {name}'"
                ).format(name=name),
            )
        try:
            self.modem.command(f'AT+CPIN="{self._pin}"')
        except ModemError as err:
            with _refused_lock:
                _refused_pins.add(key)
            raise PathDown(
                "SIM",
                Msg.tr("the SIM refused the stored PIN ({reply}); not tried again").format(
                    reply=explain(err.reply)
                ),
            ) from None
        except TimeoutError as err:
            raise PathDown("SIM", str(err)) from None
        self.steps.append(("SIM", Msg.tr("unlocked with the stored PIN")))

    def _query(self, command: str, prefix: str) -> str:
        try:
            lines = self.modem.command(command)
        except (TimeoutError, ModemError) as err:
            raise PathDown(command, explain(str(err))) from None
        for line in lines:
            if line.startswith(prefix):
                return line[len(prefix) :].strip()
        raise PathDown(command, Msg.tr("unexpected answer {lines}").format(lines=repr(lines)))

    def _ok(self, command: str, what: str) -> None:
        try:
            self.modem.command(command)
        except (TimeoutError, ModemError) as err:
            raise PathDown(
                "AT",
                Msg.tr("{what} refused ({reply})").format(what=what, reply=explain(str(err))),
            ) from None

    def close(self) -> None:
        self.modem.close()

    def send(self, message: OutboxMessage, ready: Callable[[], None] = lambda: None) -> Outcome:
        number = message.recipient.replace(" ", "")
        if not E164.match(number):
            return Outcome(
                "failed", replies.said(replies.NOT_A_NUMBER, number=repr(message.recipient))
            )
        sms = plan(message.body)
        reference = secrets.randbelow(256)  # joins this message's parts on the phone
        pdus: list[tuple[int, str]] = []
        for index, part in enumerate(sms.parts, 1):
            concat = Concat(reference, len(sms.parts), index) if len(sms.parts) > 1 else None
            try:
                pdus.append(encode_submit(number, part, sms.encoding, concat=concat))
            except PduError as err:
                return Outcome("failed", replies.said(replies.NOT_SMS_TEXT, error=err))
        ready()  # the outcome of the SMS before is committed: this one may go
        refs: list[str] = []
        for index, (length, pdu) in enumerate(pdus, 1):
            where = (index, len(pdus))
            try:
                refs.append(self.modem.send_pdu(length, pdu, timeout=self.send_timeout))
            except ModemError as err:
                code = err.reply.split(":", 1)[-1].strip()
                if code in CMS_NETWORK:
                    return self._stopped(refs, where, explained(err.reply), before=True)
                state = "failed" if not refs else "uncertain"
                return Outcome(state, _part_reply(refs, where, explained(err.reply)))
            except (TimeoutError, OSError, serial.SerialException) as err:
                why = replies.said(replies.NO_ANSWER, error=err)
                return self._stopped(refs, where, why, before=False)
        encoding = ENCODING_NAMES[sms.encoding]
        return Outcome(
            "sent",
            f"+CMGS: {', '.join(refs)} ({encoding}, {sms.segments} SMS)",
            network_refs=tuple(refs) if self.reports else (),
        )

    def collect_reports(self) -> list[StatusReport]:
        """The status reports the modem stored (AT+CMGL=4 in PDU mode), deleted from its
        memory once read. Empty when the modem does not keep them."""
        if not self.reports:
            return []
        try:
            lines = self.modem.command("AT+CMGL=4")
        except (TimeoutError, ModemError):
            return []
        found: list[StatusReport] = []
        for header, pdu in itertools.pairwise(lines):
            if not header.startswith("+CMGL:"):
                continue
            index = header.split(":", 1)[1].split(",")[0].strip()
            try:
                found.append(decode_status_report(pdu))
            except PduError:
                continue  # an ordinary stored SMS: not ours to touch
            with contextlib.suppress(TimeoutError, ModemError):
                self.modem.command(f"AT+CMGD={index}")
        if found:
            self.steps.append(("reports", Msg.tr("%n delivery report(s) read", "", len(found))))
        return found

    def _stopped(
        self, refs: list[str], where: tuple[int, int], why: str, *, before: bool
    ) -> Outcome:
        # Before any part left: safe to try again later. Otherwise the officer decides.
        state = "queued" if before and not refs else "uncertain"
        return Outcome(state, _part_reply(refs, where, why), broken=True)


def _part_reply(refs: list[str], where: tuple[int, int], why: str) -> str:
    """Why an SMS stopped, as the outbox keeps it (English, shown in the reader's language):
    at which part of a long one, and which parts the network already took."""
    index, count = where
    if count > 1:
        why = replies.said(replies.IN_PART, index=index, count=count, why=why)
    if refs:
        why = replies.said(
            replies.PARTS_SENT, sent=len(refs), count=count, refs=", ".join(refs), rest=why
        )
    return why
