"""Why a mail server could not be used, as a person says it: "nothing listens on
relay.example.com:587", not "[Errno 111] Connection refused". The operating system's and
OpenSSL's own text goes to the log (a relay's name and port, never a partner's address),
as an unplugged modem's does (app/delivery/modem.py `cannot_open`).

Each sentence is the kit's, in the reader's language (the path's probe, the Outbox's "Paths
down", `outage-kit outbox send` and `paths probe`); the officer learns what is wrong and
what to check, and whoever reads the log finds the detail."""

from __future__ import annotations

import errno
import logging
import smtplib
import socket
import ssl

from app.delivery import replies
from app.i18n import Msg

log = logging.getLogger(__name__)

# no route to the host or its network: the officer's own computer is off the network
# (Windows' WSAENETDOWN, WSAENETUNREACH, WSAEHOSTDOWN, WSAEHOSTUNREACH too)
_NO_ROUTE = {
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.ENETDOWN,
    errno.EHOSTDOWN,
    10050,
    10051,
    10064,
    10065,
}
# a name no name server knows (Windows: WSAHOST_NOT_FOUND, WSANO_DATA)
_UNKNOWN_NAME = {socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5), 11001, 11004}
# no name server answered (Windows: WSATRY_AGAIN)
_NO_NAME_SERVER = {socket.EAI_AGAIN, 11002}
# OpenSSL's reasons when the two ends share no TLS version or cipher
_NOTHING_IN_COMMON = {
    "UNSUPPORTED_PROTOCOL",
    "NO_PROTOCOLS_AVAILABLE",
    "TLSV1_ALERT_PROTOCOL_VERSION",
    "SSLV3_ALERT_HANDSHAKE_FAILURE",
    "NO_SHARED_CIPHER",
    "NO_CIPHERS_AVAILABLE",
}
# OpenSSL's certificate verification results (X509_V_ERR_*)
_EXPIRED = 10
_NOT_YET_VALID = 9
_UNKNOWN_AUTHORITY = {2, 18, 19, 20, 21}
_OTHER_NAME = 62


def bracketed(host: str) -> str:
    """`host` for a sentence that writes "{host}:{port}": an IPv6 address in brackets, as
    people and mail programs write it ("[::1]:2525"; "::1:2525" reads as one address)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def host_port(host: str, port: int) -> str:
    return f"{bracketed(host)}:{port}"


def _logged(what: str, err: BaseException) -> None:
    log.info("%s: %s: %s", what, type(err).__name__, err)


def _underlying(err: BaseException) -> BaseException:
    """smtplib says a timeout while reading as "Connection unexpectedly closed: timed out":
    the socket's own error is the one it was raised from."""
    inner = err.__cause__ or err.__context__
    return inner if isinstance(err, smtplib.SMTPServerDisconnected) and inner else err


def no_name(host: str, err: OSError) -> str:
    """`host` could not be looked up (socket.getaddrinfo failed)."""
    _logged(f"looking up {host}", err)
    code = err.errno
    if code in _NO_NAME_SERVER:
        return Msg.tr(
            "the name {host} cannot be looked up now: no name server answers (is this "
            "computer on the network?)"
        ).format(host=host)
    if code in _UNKNOWN_NAME:
        return Msg.tr(
            "the name {host} is not known: check the host name, or whether this network's "
            "name server knows it"
        ).format(host=host)
    return Msg.tr("the name {host} cannot be looked up (the detail is in the kit's log)").format(
        host=host
    )


def no_connection(host: str, port: int, err: BaseException, *, seconds: float) -> str:
    """The connection to `host`:`port` failed or broke off before the conversation began
    (`seconds`: how long the kit waited for an answer)."""
    _logged(f"connecting to {host_port(host, port)}", err)
    cause = _underlying(err)
    if isinstance(cause, ConnectionRefusedError):
        return Msg.tr(
            "nothing answers on {host}:{port}: the connection was refused (the relay is not "
            "running, or the port is wrong)"
        ).format(host=bracketed(host), port=port)
    if isinstance(cause, TimeoutError):
        return Msg.tr(
            "{host}:{port} did not answer within %n second(s) (the relay is down, or a "
            "firewall holds the connection back)",
            "",
            max(1, round(seconds)),
        ).format(host=bracketed(host), port=port)
    if isinstance(cause, OSError) and cause.errno in _NO_ROUTE:
        return Msg.tr(
            "{host} cannot be reached from this computer: there is no network route to it "
            "(is this computer on the network, or the modem connected?)"
        ).format(host=host)
    if isinstance(cause, ConnectionError | EOFError | smtplib.SMTPServerDisconnected):
        return Msg.tr(
            "{host}:{port} closed the connection without an answer (is it a mail server, and "
            "the right port?)"
        ).format(host=bracketed(host), port=port)
    return Msg.tr("{host}:{port} cannot be reached (the detail is in the kit's log)").format(
        host=bracketed(host), port=port
    )


def no_tls(host: str, port: int, err: ssl.SSLError) -> str:
    """The encrypted connection (TLS) with `host`:`port` could not be set up."""
    _logged(f"TLS with {host_port(host, port)}", err)
    if isinstance(err, ssl.SSLCertVerificationError):
        return Msg.tr(
            "the server's certificate is not trusted ({why}); nothing was sent. If {host} "
            "uses a private CA, set ca_file"
        ).format(why=_untrusted(err, host), host=host)
    reason = str(getattr(err, "reason", "") or "")
    if reason == "WRONG_VERSION_NUMBER":
        return Msg.tr(
            "{host}:{port} does not speak TLS at once: the security setting or the port is "
            "wrong ('tls' is usually port 465, 'starttls' 587 or 25); nothing was sent"
        ).format(host=bracketed(host), port=port)
    if reason in _NOTHING_IN_COMMON:
        return Msg.tr(
            "{host}:{port} and the kit have no TLS version or cipher in common (the server is "
            "too old or set up too strictly); nothing was sent"
        ).format(host=bracketed(host), port=port)
    if isinstance(err, ssl.SSLEOFError | ssl.SSLZeroReturnError) or "EOF" in reason:
        return Msg.tr(
            "{host}:{port} broke off the encrypted connection (TLS) as it began; nothing was sent"
        ).format(host=bracketed(host), port=port)
    return Msg.tr(
        "the encrypted connection (TLS) with {host}:{port} failed; nothing was sent (the "
        "detail is in the kit's log)"
    ).format(host=bracketed(host), port=port)


def _untrusted(err: ssl.SSLCertVerificationError, host: str) -> str:
    """Why the certificate was not trusted, in a few words."""
    code = err.verify_code
    if code == _EXPIRED:
        return Msg.tr("it has expired")
    if code == _NOT_YET_VALID:
        return Msg.tr("it is not valid yet: is this computer's clock right?")
    if code in _UNKNOWN_AUTHORITY:
        return Msg.tr("it is signed by an authority this computer does not trust")
    if code == _OTHER_NAME:
        return Msg.tr("it is made out for another name than {host}").format(host=host)
    return Msg.tr("it could not be verified")


def unusable_ca_file(path: object, err: BaseException) -> str:
    """The `ca_file` setting names a file the kit cannot read certificates from."""
    _logged(f"reading the CA file {path}", err)
    return Msg.tr(
        "the CA file {path} holds no certificate the kit can read (a PEM file is needed); fix "
        "ca_file"
    ).format(path=path)


def lost(err: BaseException) -> str:
    """How a connection that worked was lost, as a message keeps it (`replies.LOST_BEFORE`'s
    and `LOST_WHILE`'s {error}: stored in English, shown translated)."""
    _logged("connection lost", err)
    cause = _underlying(err)
    if isinstance(cause, TimeoutError):
        return replies.STOPPED_ANSWERING
    if isinstance(cause, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return replies.CONNECTION_CUT
    if isinstance(cause, OSError) and cause.errno in _NO_ROUTE:
        return replies.CONNECTION_CUT
    if isinstance(cause, EOFError | smtplib.SMTPServerDisconnected | ssl.SSLEOFError):
        return replies.CLOSED_BY_SERVER
    return replies.LOST_SOMEHOW
