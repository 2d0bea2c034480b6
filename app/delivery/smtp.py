"""SMTP: STARTTLS or implicit TLS with verification always on, per-recipient envelopes.

The conversation is driven step by step (MAIL, RCPT, DATA, content) instead of through
`sendmail()`, because what a failure means depends on where it happened: before the content
goes out nothing was handed over (try again, even over another path); once the content is
on the wire the server may have accepted it (uncertain: the officer settles it).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable
from email.utils import format_datetime, parseaddr
from pathlib import Path

from app.delivery import replies, unreachable
from app.delivery.config import SmtpProfile, cleartext_password_problem
from app.delivery.mail import BadMessage, email_bytes
from app.delivery.outbox import OutboxMessage
from app.delivery.transport import Outcome, PathDown
from app.i18n import Msg
from app.timefmt import now

DEFAULT_TIMEOUT = 30.0
_LEADING_DOT = re.compile(rb"(?m)^\.")
AUTH_METHODS = ("PLAIN", "LOGIN")  # one of them, once per connection (never all in turn)
#: logins a server refused in this run of the kit: not tried again (relays lock accounts
#: after repeated failures) until another password is stored
_refused: set[str] = set()
_refused_lock = threading.Lock()


def _login_key(profile: SmtpProfile, password: str) -> str:
    digest = hashlib.sha256(password.encode()).hexdigest()
    return f"{profile.name}\0{profile.host}\0{profile.port}\0{profile.username}\0{digest}"


def login_refused(profile: SmtpProfile, password: str | None) -> bool:
    """True when the server already refused this very login in this run."""
    with _refused_lock:
        return password is not None and _login_key(profile, password) in _refused


def tls_context(profile: SmtpProfile) -> ssl.SSLContext:
    """Certificates and host names are always verified; `ca_file` adds a private CA."""
    context = ssl.create_default_context()
    if profile.ca_file:
        path = Path(profile.ca_file).expanduser()
        if not path.is_file():
            raise PathDown(
                "TLS", Msg.tr("the CA file {path} does not exist; fix ca_file").format(path=path)
            )
        try:
            context.load_verify_locations(cafile=str(path))
        except (ssl.SSLError, OSError) as err:
            raise PathDown("TLS", unreachable.unusable_ca_file(path, err)) from None
    return context


def _will_not_talk(err: smtplib.SMTPResponseException) -> str:
    """The server answered, and refused to go on (a 421 or 554 greeting, STARTTLS refused):
    its own reply, as it came."""
    return Msg.tr("the server will not go on: {reply}").format(
        reply=f"{err.smtp_code} {_text(err.smtp_error)}"
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class SmtpTransport:
    """One connection to one SMTP profile, reused for a whole batch."""

    def __init__(
        self, profile: SmtpProfile, *, password: str | None, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.profile = profile
        self.name = profile.name
        self._password = password
        self._timeout = timeout
        self._smtp: smtplib.SMTP | None = None
        self._envelope_sender = parseaddr(profile.sender)[1]  # MAIL FROM: the address only
        self.steps: list[tuple[str, str]] = []  # (step, what happened) for the probe

    # -- connection -------------------------------------------------------------------

    def open(self) -> None:
        p = self.profile
        self.steps = []
        problem = cleartext_password_problem(p)
        if problem:  # refused before any byte leaves
            raise PathDown("AUTH", problem)
        if p.username and login_refused(p, self._password):
            raise PathDown(
                "AUTH",
                Msg.tr(
                    "the server refused this login earlier in this run; it is not tried again "
                    "(relays lock accounts after repeated failures). Store the right password "
                    "with 'outage-kit paths password {name}' (or under Delivery paths)"
                ).format(name=p.name),
            )
        try:
            socket.getaddrinfo(p.host, p.port, type=socket.SOCK_STREAM)
        except OSError as err:
            raise PathDown("DNS", unreachable.no_name(p.host, err)) from None
        self.steps.append(("DNS", Msg.tr("resolved")))
        context = tls_context(p) if p.security != "none" else None
        source = (p.source_address, 0) if p.source_address else None
        try:
            if p.security == "tls":
                assert context is not None
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    p.host, p.port, timeout=self._timeout, source_address=source, context=context
                )
            else:
                smtp = smtplib.SMTP(p.host, p.port, timeout=self._timeout, source_address=source)
        except ssl.SSLError as err:
            raise PathDown("TLS", unreachable.no_tls(p.host, p.port, err)) from None
        except smtplib.SMTPResponseException as err:
            raise PathDown("TCP", _will_not_talk(err)) from None
        except (OSError, smtplib.SMTPException) as err:
            why = unreachable.no_connection(p.host, p.port, err, seconds=self._timeout)
            raise PathDown("TCP", why) from None
        self._smtp = smtp
        connected = Msg.tr("connected to {host}:{port}")
        self.steps.append(
            ("TCP", connected.format(host=unreachable.bracketed(p.host), port=p.port))
        )
        try:
            self._greet(smtp, context)
        except PathDown:
            self.close()
            raise

    def _greet(self, smtp: smtplib.SMTP, context: ssl.SSLContext | None) -> None:
        p = self.profile
        try:
            code, reply = smtp.ehlo()
            if code != 250:
                raise PathDown("EHLO", f"{code} {_text(reply)}")
            if p.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise PathDown(
                        "TLS",
                        Msg.tr("the server does not offer STARTTLS; nothing is sent unencrypted"),
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if p.security != "none":
                self.steps.append(("TLS", Msg.tr("certificate verified")))
            self.steps.append(("EHLO", f"{code} {_text(reply)[:60]}"))
            if p.username:
                if not self._password:
                    raise PathDown(
                        "AUTH",
                        Msg.tr("no password stored: run 'outage-kit paths password {name}'").format(
                            name=p.name
                        ),
                    )
                self._login(smtp, self._password)
                self.steps.append(("AUTH", Msg.tr("logged in")))
        except ssl.SSLError as err:
            raise PathDown("TLS", unreachable.no_tls(p.host, p.port, err)) from None
        except smtplib.SMTPAuthenticationError as err:
            # 454 and the like: the server cannot check passwords just now. No verdict on
            # the password: the path is down for this round and the retry comes back to it
            if 400 <= err.smtp_code < 500:
                raise PathDown(
                    "AUTH",
                    Msg.tr(
                        "the server cannot check the login just now ({reply}); the kit tries "
                        "again later"
                    ).format(reply=f"{err.smtp_code} {_text(err.smtp_error)}"),
                ) from None
            with _refused_lock:
                _refused.add(_login_key(p, self._password or ""))
            raise PathDown(
                "AUTH",
                Msg.tr(
                    "the server refused the login ({code}): check the username and "
                    "store the right password with 'outage-kit paths password {name}'"
                ).format(code=err.smtp_code, name=p.name),
            ) from None
        except smtplib.SMTPNotSupportedError as err:
            raise PathDown(
                "AUTH", Msg.tr("the server offers no login ({error})").format(error=err)
            ) from None
        except smtplib.SMTPResponseException as err:
            raise PathDown("EHLO", _will_not_talk(err)) from None
        except (OSError, smtplib.SMTPException) as err:
            why = unreachable.no_connection(p.host, p.port, err, seconds=self._timeout)
            raise PathDown("EHLO", why) from None

    def _login(self, smtp: smtplib.SMTP, password: str) -> None:
        """One login attempt with one method (`SMTP.login` tries every method the server
        offers in turn: one wrong password, two or three failures counted against the
        account)."""
        offered = smtp.esmtp_features.get("auth", "").upper().split()
        method = next((m for m in AUTH_METHODS if m in offered), None)
        if method is None:
            raise smtplib.SMTPNotSupportedError(
                Msg.tr("it offers {offered}, the kit uses PLAIN or LOGIN").format(
                    offered=" ".join(offered) or Msg.tr("none")
                )
            )
        # By hand, not `smtp.auth`: smtplib sends the login as ASCII only, so a password
        # with é or ž raised UnicodeEncodeError; PLAIN (RFC 4616) and LOGIN carry UTF-8.
        user, secret = self.profile.username.encode(), password.encode()
        if method == "PLAIN":
            code, reply = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
        else:
            code, reply = smtp.docmd("AUTH", "LOGIN " + _b64(user))
            if code == 334:
                code, reply = smtp.docmd(_b64(secret))
        if code not in (235, 503):  # 503: already logged in (smtplib's reading too)
            raise smtplib.SMTPAuthenticationError(code, reply)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.quit()
            with contextlib.suppress(Exception):
                smtp.close()

    # -- one message ------------------------------------------------------------------

    def send(self, message: OutboxMessage, ready: Callable[[], None] = lambda: None) -> Outcome:
        smtp = self._smtp
        if smtp is None:
            return Outcome("queued", replies.NOT_CONNECTED, broken=True)
        date = format_datetime(now())
        try:
            content = email_bytes(
                message, sender=self.profile.sender, reply_to=self.profile.reply_to, date=date
            )
        except (BadMessage, ValueError) as err:
            return Outcome("failed", str(err))
        try:
            code, reply = smtp.mail(self._envelope_sender)  # address only
            if code != 250:
                self._reset(smtp)
                # The path refuses our sender: this path is no good, the message is.
                return Outcome("queued", _said(replies.SENDER_REFUSED, code, reply), code, True)
            # Always an explicit envelope of this one recipient (FACTS.md: never rely on
            # headers for recipients).
            code, reply = smtp.rcpt(message.recipient)
            if code not in (250, 251):
                self._reset(smtp)
                state = "failed" if code >= 500 else "queued"
                said = _said(replies.RECIPIENT_REFUSED, code, reply)
                return Outcome(state, said, code, recipient_refused=True)
            smtp.putcmd("data")
            code, reply = smtp.getreply()
            if code != 354:
                self._reset(smtp)
                return Outcome("queued", _said(replies.DATA_REFUSED, code, reply), code)
        except (OSError, smtplib.SMTPException) as err:
            # Nothing of the content went out: safe to send again.
            self.close()
            lost = unreachable.lost(err)
            return Outcome("queued", replies.said(replies.LOST_BEFORE, error=lost), None, True)
        try:
            ready()
        except BaseException:
            # Nothing of the content went out. Dropping the connection in DATA makes the
            # server discard the message (a QUIT now would be read as content).
            self._abort()
            raise
        sending = format_datetime(now())  # Date: the time of sending, not of queueing
        if sending != date:
            content = content.replace(
                f"Date: {date}\r\n".encode(), f"Date: {sending}\r\n".encode(), 1
            )
        try:
            payload = _LEADING_DOT.sub(b"..", content)
            if not payload.endswith(b"\r\n"):
                payload += b"\r\n"
            smtp.send(payload + b".\r\n")
            code, reply = smtp.getreply()
        except (OSError, smtplib.SMTPException) as err:
            self.close()
            lost = unreachable.lost(err)
            return Outcome("uncertain", replies.said(replies.LOST_WHILE, error=lost), None, True)
        if code == 250:
            return Outcome("sent", f"{code} {_text(reply)}", code)
        state = "failed" if code >= 500 else "queued"
        return Outcome(state, _said(replies.MESSAGE_REFUSED, code, reply), code)

    def _abort(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.close()

    @staticmethod
    def _reset(smtp: smtplib.SMTP) -> None:
        with contextlib.suppress(Exception):
            smtp.rset()


def _said(sentence: str, code: int, reply: bytes | str) -> str:
    """The kit's words around the server's own reply, which is kept as it came (stored in
    English, shown in the reader's language: `replies.shown_reply`)."""
    return replies.said(sentence, reply=f"{code} {_text(reply)}")


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())
