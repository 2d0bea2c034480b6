"""A real SMTP relay (aiosmtpd) in a process of its own, as the kit meets one in the field.

    python -m tests.delivery.relay_main --port P --maildir DIR
        [--hang-data] [--auth USER:PASSWORD --logins FILE [--auth-unavailable N]]
        [--cert PEM] [--busy ADDRESS]... [--unknown ADDRESS]... [--refuse-while FILE]
        [--refuse-all REPLY]

Every message whose content arrives is stored in the Maildir DIR (with --hang-data: stored,
then the relay never answers, like a relay that hangs after the final dot). --auth offers
AUTH (after STARTTLS when --cert is given) and writes one line per login attempt to FILE;
--auth-unavailable: the first N login attempts get a temporary failure (454: the password
store is unreachable), whatever the password.
--busy: the first RCPT TO of ADDRESS gets a temporary refusal (451: its mailbox is busy),
the next ones are taken. --unknown: RCPT TO of ADDRESS is always refused (550).
--refuse-while: while FILE exists, every message is refused once its content has arrived
(554: the relay cannot store it), as a relay with a fault of its own does.
--refuse-all: every RCPT TO gets REPLY (e.g. "550 5.7.1 Relaying denied"), as a relay that
no longer relays for this workstation does; it still greets, says EHLO and takes MAIL FROM.
"""

from __future__ import annotations

import argparse
import asyncio
import mailbox
import ssl
import time
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(
        self,
        maildir: Path,
        hang: bool,
        busy: set[str],
        unknown: set[str],
        refuse_while: Path | None = None,
        refuse_all: str = "",
    ) -> None:
        self.box = mailbox.Maildir(str(maildir), create=True)
        self.refuse_while = refuse_while
        self.hang = hang
        self.busy = set(busy)  # refused once, temporarily
        self.unknown = set(unknown)
        self.refuse_all = refuse_all

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if self.refuse_all:
            return self.refuse_all
        if address in self.unknown:
            return "550 5.1.1 No such user here"
        if address in self.busy:
            self.busy.discard(address)
            return "451 4.2.1 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_while is not None and self.refuse_while.exists():
            return "554 5.3.0 Local error: the message cannot be stored"
        message = message_from_bytes(bytes(envelope.content), policy=policy.compat32)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.box.add(message)
        if self.hang:
            await asyncio.sleep(3600)
        return "250 2.0.0 Message accepted for delivery"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", type=Path, required=True)
    parser.add_argument("--hang-data", action="store_true")
    parser.add_argument("--auth", default="")
    parser.add_argument("--logins", type=Path)
    parser.add_argument("--auth-unavailable", type=int, default=0)
    parser.add_argument("--cert", type=Path)
    parser.add_argument("--busy", action="append", default=[])
    parser.add_argument("--unknown", action="append", default=[])
    parser.add_argument("--refuse-while", type=Path)
    parser.add_argument("--refuse-all", default="")
    args = parser.parse_args()
    kwargs: dict[str, Any] = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(args.cert))
        kwargs.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, _, password = args.auth.partition(":")
        logins: Path = args.logins
        unavailable = [args.auth_unavailable]  # temporary failures still to give

        def authenticate(server: Any, session: Any, envelope: Any, mech: str, data: Any) -> Any:
            with logins.open("a") as out:
                out.write(f"{mech}\n")
            if unavailable[0] > 0:
                unavailable[0] -= 1
                return AuthResult(
                    success=False,
                    handled=False,
                    message="454 4.7.0 Temporary authentication failure",
                )
            ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
                user.encode(),
                password.encode(),
            )
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticate, auth_require_tls=bool(args.cert))
    controller = Controller(
        Handler(
            args.maildir,
            args.hang_data,
            set(args.busy),
            set(args.unknown),
            args.refuse_while,
            args.refuse_all,
        ),
        hostname="127.0.0.1",
        port=args.port,
        **kwargs,
    )
    controller.start()
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
