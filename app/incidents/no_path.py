"""A notice ready to queue whose SMS (or e-mail) has no way out yet: said as a warning in
the lint, the preview and the dry run — not refused (the copies wait in the outbox until
a path is added), but never a plain "ok" that lets the officer think they went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.audit import AuditLog
from app.delivery.paths import DeliveryPaths
from app.i18n import Msg
from app.store import db

if TYPE_CHECKING:  # (compose imports the service's neighbours: no cycle at import time)
    from app.incidents.compose import Composition


def no_path_warnings(conn: db.Connection, audit: AuditLog, composition: Composition) -> list[str]:
    sms = sum(r.wants_sms for r in composition.recipients)
    email = sum(r.wants_email for r in composition.recipients)
    paths = DeliveryPaths(conn=conn, audit=audit)
    warnings: list[str] = []
    if sms and not paths.enabled(channel="sms"):
        warnings.append(
            Msg.tr(
                "No SMS path is set up: %n SMS will stay queued until a modem is added "
                "(Outbox ▸ Delivery paths).",
                "",
                sms,
            )
        )
    if email and not paths.enabled(channel="email"):
        warnings.append(
            Msg.tr(
                "No e-mail path is set up: %n e-mail(s) will stay queued until an SMTP, "
                "webmail or .eml folder path is added (Outbox ▸ Delivery paths).",
                "",
                email,
            )
        )
    return warnings
