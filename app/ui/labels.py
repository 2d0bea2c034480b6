"""The services' display labels (stages, kinds, record statuses, notice fields) in the
window's language. The services keep English labels (the command line and the reports use
them too); the window translates them where it shows them, so this list names each one for
pyside6-lupdate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import tr_noop

CONTEXT = "Labels"

LABELS = (
    # app.incidents.model: STAGE_LABELS, KIND_STAGE_LABELS, KIND_LABELS
    tr_noop("Labels", "Initial notice"),
    tr_noop("Labels", "Announcement"),
    tr_noop("Labels", "Update"),
    tr_noop("Labels", "Resolution"),
    tr_noop("Labels", "Completion"),
    tr_noop("Labels", "Cancellation"),
    tr_noop("Labels", "Disaster (unplanned)"),
    tr_noop("Labels", "Downtime (planned work)"),
    # app.incidents.field_names: FIELD_LABELS
    tr_noop("Labels", "Impact (what partners cannot do)"),
    tr_noop("Labels", "Start time"),
    tr_noop("Labels", "Actions so far"),
    tr_noop("Labels", "Progress since the last notice"),
    tr_noop("Labels", "Work being done"),
    tr_noop("Labels", "Summary (cause and fix)"),
    tr_noop("Labels", "Resolved at"),
    tr_noop("Labels", "Completed at"),
    tr_noop("Labels", "Reason"),
    tr_noop("Labels", "Next update no later than"),
    # app.backlog.model: KIND_LABELS, STATUS_LABELS
    tr_noop("Labels", "Telephony BMS"),
    tr_noop("Labels", "Data BMS"),
    tr_noop("Labels", "Misc BMS"),
    tr_noop("Labels", "Rating"),
    tr_noop("Labels", "Quarantined"),
    tr_noop("Labels", "Action pending"),
    tr_noop("Labels", "Cleansed"),
    tr_noop("Labels", "Write off"),
    tr_noop("Labels", "Completed"),
    tr_noop("Labels", "Withdrawn"),
    # app.backlog.dashboard: AGE_BUCKETS, OLDEST, a group without a value
    tr_noop("Labels", "0–7 days"),
    tr_noop("Labels", "8–30 days"),
    tr_noop("Labels", "31–90 days"),
    tr_noop("Labels", "91–180 days"),
    tr_noop("Labels", "over 180 days"),
    tr_noop("Labels", "(none)"),
)


def label(text: str) -> str:
    """`text` (one of the labels above) in the window's language; any other text as it is."""
    return QCoreApplication.translate(CONTEXT, text)
