"""A relay that cannot be used is said as a person would (a walk: the Outbox's "Paths down"
quoted "[Errno 111] Connection refused"), in English and in Polish: nothing listening on the
port, a relay that never answers, a name nobody knows, TLS that does not begin or a
certificate not trusted — against a port bound and never listening, a listener that never
greets, a real relay in a process of its own. The system's and OpenSSL's own text goes to the
log, without any partner's address."""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from app import i18n
from app.delivery.dispatch import DispatchReport
from app.kit import Kit
from tests.delivery.conftest import make_delivery, queue, set_delivery_doc
from tests.delivery.servers import LocalCA, delivery_toml, relay_process, smtp_server

PARTNERS = ["noc@alpha.example.com", "ops@beta.example.net"]
#: what a person never reads: errno numbers, OpenSSL's codes, Python's own phrases
RAW = re.compile(r"Errno|errno|_ssl\.c|\[SSL|SSL:|timed out|unexpectedly|Name or service")


@contextmanager
def _bound_never_listening() -> Iterator[int]:
    """A port of 127.0.0.1 bound for the test and never listened on: connecting is refused."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield int(held.getsockname()[1])


@contextmanager
def _never_greets() -> Iterator[int]:
    """A port that accepts connections (the system's backlog) and never says a word."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen(8)
        yield int(held.getsockname()[1])


def _smtp(name: str, host: str, port: int, security: str) -> str:
    return (
        f'[[smtp]]\nname = "{name}"\nhost = "{host}"\nport = {port}\nsecurity = "{security}"\n'
        'from = "duty@example.com"\n'
    )


def _down(kit: Kit, doc: str, caplog: pytest.LogCaptureFixture) -> tuple[str, str, str]:
    """Send the queue with `doc`'s only path: the path's reason in the report, the report
    as `outbox send` and the Outbox say it, and what the log kept."""
    set_delivery_doc(kit, doc)
    queue(kit, PARTNERS)
    with caplog.at_level(logging.INFO):
        report: DispatchReport = make_delivery(kit, timeout=1.0).send()
    assert report.left_queued == len(PARTNERS) and not report.sent, report
    [why] = report.paths_down.values()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not any(p in logged for p in PARTNERS), logged  # partners' addresses never logged
    return why, report.summary(), logged


def _said_plainly(why: str, summary: str) -> None:
    assert not RAW.search(why), why
    assert why in summary and not RAW.search(summary), summary


Case = Callable[[Path], AbstractContextManager[str]]


@contextmanager
def _refused(_folder: Path) -> Iterator[str]:
    with _bound_never_listening() as port:
        yield _smtp("office-relay", "127.0.0.1", port, "none")


@contextmanager
def _silent(_folder: Path) -> Iterator[str]:
    with _never_greets() as port:
        yield _smtp("office-relay", "127.0.0.1", port, "none")


@contextmanager
def _unknown_name(_folder: Path) -> Iterator[str]:
    yield _smtp("office-relay", "relay.invalid", 587, "starttls")  # RFC 2606: never resolves


@contextmanager
def _plain_server_for_tls(_folder: Path) -> Iterator[str]:
    with smtp_server("none") as plain:  # the profile says "tls": the port speaks plain SMTP
        yield _smtp("office-relay", "127.0.0.1", plain.port, "tls")


@contextmanager
def _untrusted(folder: Path) -> Iterator[str]:
    impostor = LocalCA(folder)  # its certificate is signed by a CA the kit does not know
    with relay_process(folder / "relay", ca=impostor) as relay:
        yield delivery_toml(("office-relay", relay.port, "starttls"))


#: each failure: how it is set up, the words a person reads (English, Polish), and what the
#: log keeps of it
CASES: dict[str, tuple[Case, tuple[str, str], str]] = {
    "refused": (
        _refused,
        ("nothing answers on 127.0.0.1:", "nic nie odpowiada na 127.0.0.1:"),
        "ConnectionRefusedError",
    ),
    "timeout": (
        _silent,
        ("did not answer within 1 second", "nie odpowiedział w ciągu 1 sekundy"),
        "timed out",
    ),
    "name": (
        _unknown_name,
        ("the name relay.invalid is not known", "nazwa relay.invalid jest nieznana"),
        "gaierror",
    ),
    "no TLS": (
        _plain_server_for_tls,
        ("does not speak TLS at once", "nie zaczyna od TLS"),
        "WRONG_VERSION_NUMBER",
    ),
    "untrusted": (
        _untrusted,
        (
            "signed by an authority this computer does not trust",
            "podpisany przez urząd certyfikacji, któremu ten komputer nie ufa",
        ),
        "CERTIFICATE_VERIFY_FAILED",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("language", ["en", "pl"])
def test_a_relay_that_cannot_be_used_is_said_plainly(
    kit: Kit, tmp_path: Path, caplog: pytest.LogCaptureFixture, case: str, language: str
) -> None:
    setup, words, detail = CASES[case]
    i18n.install(language)  # (the autouse fixture puts English back)
    with setup(tmp_path) as doc:
        why, summary, logged = _down(kit, doc, caplog)
    _said_plainly(why, summary)
    expected = words[0] if language == "en" else words[1]
    assert expected in why, why
    assert detail in logged, logged  # the detail, for whoever reads the log


def test_a_connection_cut_mid_message_is_said_plainly(kit: Kit) -> None:
    """The link drops after DATA: the copy is uncertain, and its reply says how the
    connection was lost in the kit's words (stored in English, read in Polish too)."""
    from app.delivery.outbox import Outbox
    from app.delivery.replies import shown_reply
    from tests.delivery.conftest import send_cut_once_after_data

    queue(kit, PARTNERS)
    send_cut_once_after_data(kit)
    [uncertain] = Outbox(conn=kit.store.conn, audit=kit.audit).messages(state="uncertain")
    reply = uncertain.last_reply
    assert reply.startswith("connection lost while the message went out (the "), reply
    assert not RAW.search(reply), reply
    i18n.install("pl")
    shown = shown_reply(reply)
    assert shown.startswith("połączenie zerwane w trakcie wysyłania wiadomości (serwer "), shown
    assert "the " not in shown, shown
