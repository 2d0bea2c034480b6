"""A notice field as people read it: the bundle's own label in the kit's language, else the
kit's label for the fields it has always known, else its key."""

from __future__ import annotations

from collections.abc import Mapping

from app.i18n import tr_noop, translate
from app.incidents.model import NEXT_UPDATE

FIELD_LABELS = {
    "impact": "Impact (what partners cannot do)",
    "started": "Start time",
    "actions": "Actions so far",
    "progress": "Progress since the last notice",
    "work": "Work being done",
    "summary": "Summary (cause and fix)",
    "resolved_at": "Resolved at",
    "completed_at": "Completed at",
    "reason": "Reason",
    NEXT_UPDATE: "Next update no later than",
}


def field_label(name: str, own: Mapping[str, str] | None = None) -> str:
    """`own`: the bundle's labels in the kit's language (bundle.toml [fields]), first."""
    if own and name in own:
        return own[name]
    return FIELD_LABELS.get(name, name.removeprefix("&^").replace("_", " ").capitalize())


#: the incident's title, named where a note lists what partners read in English
TITLE_LABEL = tr_noop("Labels", "Incident title")


def said_field(name: str, own: Mapping[str, str] | None = None) -> str:
    """A field as the command line names it for people: its label in the kit's language —
    the bundle's own ([fields.x] "label.pl"), else the kit's — else, having none, its key in
    brackets ([customer_note]: what --fields takes)."""
    if own and name in own:
        return own[name]
    if name in FIELD_LABELS:
        return translate("Labels", FIELD_LABELS[name])
    return f"[{name}]"
