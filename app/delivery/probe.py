"""Which paths work right now: each path tried as far as sending would go, then closed."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from app.delivery import unreachable
from app.delivery.config import WebmailProfile
from app.delivery.outbox import StatusReport
from app.delivery.paths import EML_PATH, DeliveryPath
from app.delivery.transport import PathDown, Transport, steps_text
from app.i18n import Msg
from app.timefmt import iso, now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PathProbe:
    name: str
    kind: str
    ok: bool
    summary: str
    steps: list[tuple[str, str]] = field(default_factory=list)  # (step, what happened)
    enabled: bool = True
    at: str = ""
    reports: list[StatusReport] = field(default_factory=list)  # SMS status reports read


def probe_paths(
    paths: Sequence[DeliveryPath],
    transport_for: Callable[[DeliveryPath], Transport],
    *,
    timeout: float = 10.0,
) -> list[PathProbe]:
    """Probe every path switched on at once (a dead host costs its timeout, not
    everyone's). A path switched off is not touched (no DNS look-up, no connection): it is
    listed as off."""
    # Transports are made here: making one reads the store (passwords), and the store's
    # connection belongs to this thread.
    jobs = [(p, None if p.kind == "webmail" else transport_for(p)) for p in paths if p.enabled]
    probed: dict[str, PathProbe] = {}
    if jobs:
        with ThreadPoolExecutor(max_workers=min(8, len(jobs))) as pool:
            for probe in pool.map(lambda job: _probe_or_bug(*job, timeout=timeout), jobs):
                probed[probe.name] = probe
    found = [probed.get(p.name) or _switched_off(p) for p in paths]
    return [*found, eml_probe()]


def _probe_or_bug(path: DeliveryPath, transport: Transport | None, *, timeout: float) -> PathProbe:
    """A bug met probing one path leaves it DOWN (and in the log as a bug); the other paths
    are still probed and used."""
    try:
        return probe_path(path, transport, timeout=timeout)
    except Exception:
        log.exception("internal error probing the path %s", path.name)
        why = Msg.tr("the kit met an internal error probing this path (details in its log)")
        return PathProbe(path.name, path.kind, False, why, [], path.enabled, iso(now()))


def _switched_off(path: DeliveryPath) -> PathProbe:
    return PathProbe(
        path.name, path.kind, False, Msg.tr("switched off: not probed"), [], False, iso(now())
    )


def probe_path(path: DeliveryPath, transport: Transport | None, *, timeout: float) -> PathProbe:
    at = iso(now())
    if isinstance(path.profile, WebmailProfile) or transport is None:
        return _probe_webmail(path, timeout=timeout, at=at)
    reports: list[StatusReport] = []
    try:
        transport.open()
        collect = getattr(transport, "collect_reports", None)
        if collect is not None:  # a modem: the delivery reports it kept since last time
            reports = collect()
    except PathDown as err:
        failed = Msg.tr("FAILED: {detail}").format(detail=err.detail)
        steps = [*getattr(transport, "steps", []), (err.step, failed)]
        return PathProbe(path.name, path.kind, False, str(err), steps, path.enabled, at)
    finally:
        transport.close()
    steps = list(getattr(transport, "steps", []))
    summary = "; ".join(steps_text(steps[-2:])) or Msg.tr("works")
    return PathProbe(path.name, path.kind, True, summary, steps, path.enabled, at, reports)


def _probe_webmail(path: DeliveryPath, *, timeout: float, at: str) -> PathProbe:
    assert isinstance(path.profile, WebmailProfile)
    parts = urlsplit(path.profile.url_template)
    host, port = parts.hostname or "", parts.port or 443
    steps: list[tuple[str, str]] = []
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        steps.append(("DNS", Msg.tr("{host} resolved").format(host=host)))
        with socket.create_connection((host, port), timeout=timeout):
            answers = Msg.tr("{host}:{port} answers")
            steps.append(("TCP", answers.format(host=unreachable.bracketed(host), port=port)))
    except OSError as err:
        step = "TCP" if steps else "DNS"
        detail = (
            unreachable.no_connection(host, port, err, seconds=timeout)
            if steps
            else unreachable.no_name(host, err)
        )
        steps.append((step, Msg.tr("FAILED: {detail}").format(detail=detail)))
        why = Msg.tr("{step}: {host} unreachable").format(step=step, host=host)
        return PathProbe(path.name, path.kind, False, why, steps, path.enabled, at)
    works = Msg.tr("{host} reachable (browser hand-off)").format(host=host)
    return PathProbe(path.name, path.kind, True, works, steps, path.enabled, at)


def eml_probe() -> PathProbe:
    return PathProbe(
        EML_PATH,
        "eml",
        True,
        Msg.tr("always available: export .eml files for any mail client"),
        [("folder", Msg.tr("any writable folder or USB stick"))],
        True,
        iso(now()),
    )
