"""The kinds of incident, the stages of their notices and the channels, shared by the
directory's records (`app.contacts.model`) and the incidents'. Their own module so that
the window's start, which lists incidents, does not build the directory's record classes
(each dataclass is compiled when its module is imported)."""

from __future__ import annotations

KINDS = ("disaster", "downtime")
STAGES = ("initial", "update", "resolved", "completed", "cancelled")
CHANNELS = ("email", "sms")
#: stages that make sense for each kind (disaster resolves, downtime completes or is cancelled)
KIND_STAGES: dict[str, tuple[str, ...]] = {
    "disaster": ("initial", "update", "resolved"),
    "downtime": ("initial", "update", "completed", "cancelled"),
}
