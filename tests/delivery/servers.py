"""Real SMTP servers on 127.0.0.1 (aiosmtpd), with STARTTLS or implicit TLS from a test CA."""

from __future__ import annotations

import asyncio
import contextlib
import mailbox
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.support.smtp_controller import ClosingController

USER = "duty"
PASSWORD = "s3cret-relay-pass"


def free_port() -> int:
    # aiosmtpd's Controller(port=0) probes the port it was given: choose one first.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


@dataclass
class Recorder:
    """What the server accepted, and which recipients it refuses."""

    refuse: set[str] = field(default_factory=set)
    # the reply to a refused recipient ({address}: as Postfix names it, "<a@b>: …")
    refusal: str = "550 5.1.1 No such user here"
    delay: float = 0.0  # seconds the server takes per message (a busy relay)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refusal.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 2.0.0 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [r.message_id for r in self.received]


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok)


@dataclass
class Server:
    host: str
    port: int
    security: str
    recorder: Recorder
    controller: Controller

    def stop(self) -> None:
        self.controller.stop()


class LocalCA:
    def __init__(self, folder: Path) -> None:
        self.ca = trustme.CA()
        self.cert = self.ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = folder / f"ca-{id(self)}.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.cert.configure_cert(context)
        return context


@contextlib.contextmanager
def smtp_server(
    security: str, *, ca: LocalCA | None = None, auth: bool = False, port: int | None = None
) -> Iterator[Server]:
    recorder = Recorder()
    kwargs: dict[str, Any] = {}
    if security == "starttls":
        assert ca is not None
        kwargs.update(tls_context=ca.server_context(), require_starttls=True)
    if auth:
        kwargs.update(authenticator=_authenticate, auth_require_tls=security != "none")
    if security == "tls":
        assert ca is not None
        kwargs["ssl_context"] = ca.server_context()
    port = port or free_port()
    controller = ClosingController(recorder, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield Server("127.0.0.1", port, security, recorder, controller)
    finally:
        controller.stop()


def delivery_toml(*servers: tuple[str, Server | int, str], ca_file: Path | None = None) -> str:
    """`[[smtp]]` entries: (name, server or a dead port, security)."""
    parts = []
    for name, server, security in servers:
        port = server.port if isinstance(server, Server) else server
        parts.append(
            "[[smtp]]\n"
            f'name = "{name}"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\n'
            'from = "duty@example.com"\nreply_to = "noc@example.com"\n'
            + (f'ca_file = "{ca_file.as_posix()}"\n' if ca_file else "")
        )
    return "\n".join(parts)


@dataclass
class RelayProcess:
    """`tests.delivery.relay_main` running in a process of its own."""

    port: int
    maildir: Path
    logins: Path
    proc: subprocess.Popen[bytes]

    def received(self) -> list[EmailMessage]:
        """Every message whose content reached the relay, parsed strictly as mail clients do."""
        box = mailbox.Maildir(str(self.maildir), create=False)
        return [
            message_from_bytes(box.get_bytes(key), policy=policy.strict) for key in box.iterkeys()
        ]

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in self.received()]

    def login_attempts(self) -> int:
        return len(self.logins.read_text().splitlines()) if self.logins.exists() else 0


@contextlib.contextmanager
def relay_process(
    folder: Path,
    *,
    hang_data: bool = False,
    auth: bool = False,
    ca: LocalCA | None = None,
    busy: Sequence[str] = (),
    unknown: Sequence[str] = (),
    auth_unavailable: int = 0,
    password: str = PASSWORD,
    refuse_while: Path | None = None,
    refuse_all: str = "",
    port: int | None = None,
) -> Iterator[RelayProcess]:
    """A real relay in its own process on 127.0.0.1 (STARTTLS with `ca`'s certificate);
    `busy` addresses are refused once with a 451, `unknown` ones always with a 550; with
    `auth`, the first `auth_unavailable` logins get a temporary failure (454); while the file
    `refuse_while` exists, every message is refused after its content (554); with
    `refuse_all` (a reply such as "550 5.7.1 Relaying denied") every RCPT gets it; on `port`
    (one a relay listened on before: the same relay mended), else a free one."""
    port = port or free_port()
    folder.mkdir(parents=True, exist_ok=True)
    maildir, logins = folder / "maildir", folder / "logins.txt"
    mailbox.Maildir(str(maildir), create=True)
    command = [sys.executable, "-m", "tests.delivery.relay_main", "--port", str(port)]
    command += ["--maildir", str(maildir)]
    if hang_data:
        command.append("--hang-data")
    for address in busy:
        command += ["--busy", address]
    for address in unknown:
        command += ["--unknown", address]
    if refuse_while is not None:
        command += ["--refuse-while", str(refuse_while)]
    if refuse_all:
        command += ["--refuse-all", refuse_all]
    if auth:
        command += ["--auth", f"{USER}:{password}", "--logins", str(logins)]
        command += ["--auth-unavailable", str(auth_unavailable)]
    if ca is not None:
        pem = folder / "server.pem"
        ca.cert.private_key_and_cert_chain_pem.write_to_path(str(pem))
        command += ["--cert", str(pem)]
    proc = subprocess.Popen(
        command,
        cwd=Path(__file__).resolve().parents[2],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.recv(100)  # the greeting: the relay is ready
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the test relay did not start") from None
                time.sleep(0.1)
        yield RelayProcess(port, maildir, logins, proc)
    finally:
        proc.kill()
        proc.wait(timeout=10)
