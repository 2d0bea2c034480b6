"""A template rendered with sample values, as the Templates section previews it and
`outage-kit templates show --preview` prints it: every field shows its own name."""

from __future__ import annotations

from app.i18n import Msg
from app.notices.lint import template_fields
from app.notices.render import RenderError, render_template

SAMPLE_INCIDENT = {
    "reference": "OK-2026-0042",
    "title": "SMS gateways down",
    "kind": "disaster",
    "services": "SMS/MPS gateways",
    "detected": "2026-11-22 02:12 UTC",
    "window_start": "2026-11-23 01:00 UTC",
    "window_end": "2026-11-23 03:00 UTC",
}


def sample_values(source: str) -> dict[str, object]:
    """‹field› for each field of `source`, and the sample incident."""
    values: dict[str, object] = {name: f"‹{name}›" for name in template_fields(source)}
    values["incident"] = SAMPLE_INCIDENT
    return values


def sample_preview(source: str, *, channel: str) -> str:
    """The notice `source` gives with ‹field› in place of each field; a short reason in
    brackets when it cannot be rendered."""
    values = sample_values(source)
    try:
        text = render_template(source, values, channel=channel)
    except RenderError as err:
        return Msg.tr("(cannot render: {error})").format(error=err)
    return f"Subject: {text.subject}\n\n{text.body}" if text.subject else text.body
