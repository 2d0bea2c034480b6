"""A template rendered with sample values, as the Templates section previews it and
`outage-kit templates show --preview` prints it: every field shows its own name, every time
is a sample moment. The same sample is what every template is trial-rendered with before it
is stored (app/notices/check.py): it holds every field the kit gives (`INCIDENT_FIELDS`),
each as the kind of value a real notice gets, so a template renders with it exactly when
it renders for a real incident."""

from __future__ import annotations

from datetime import UTC, datetime

from app.i18n import Msg
from app.incidents.model import is_time_field
from app.notices.kit_fields import INCIDENT_FIELDS, WINDOW_KINDS
from app.notices.lint import LEGACY_PREFIX, marked_times, template_fields
from app.notices.localtime import NoticeTime
from app.notices.render import RenderError, render_template

SAMPLE_MOMENT = datetime(2026, 11, 22, 2, 12, tzinfo=UTC)


def sample_incident(kind: str) -> dict[str, object]:
    """Every field the kit gives under `incident`, as a `kind` incident's notice has it
    (a disaster's window empty, as `incident_variables` gives it)."""
    values: dict[str, object] = {}
    for name, sort in INCIDENT_FIELDS.items():
        if sort == "window" and kind not in WINDOW_KINDS:
            values[name] = ""  # as a disaster's notices have them
        elif sort in ("time", "window"):
            values[name] = NoticeTime(SAMPLE_MOMENT, UTC)
        else:
            values[name] = kind if name == "kind" else f"‹incident.{name}›"
    return values


def sample_values(source: str, kind: str) -> dict[str, object]:
    """‹field› for each field of `source` (a time for one it shows as a time), and the
    sample incident of `kind`."""
    times = marked_times(source)
    values: dict[str, object] = {}
    for name in template_fields(source):
        time = not name.startswith(LEGACY_PREFIX) and is_time_field(name, times)
        values[name] = NoticeTime(SAMPLE_MOMENT, UTC) if time else f"‹{name}›"
    values["incident"] = sample_incident(kind)
    return values


def sample_preview(source: str, *, kind: str, channel: str) -> str:
    """The notice `source` gives with ‹field› in place of each field; a short reason in
    brackets when it cannot be rendered."""
    values = sample_values(source, kind)
    try:
        text = render_template(source, values, channel=channel)
    except RenderError as err:
        return Msg.tr("(cannot render: {error})").format(error=err)
    return f"Subject: {text.subject}\n\n{text.body}" if text.subject else text.body
