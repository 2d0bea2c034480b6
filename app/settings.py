"""Workstation settings, kept in the encrypted store. Every change is audited."""

from __future__ import annotations

import json

from app.audit import AuditLog
from app.errors import NotFound, UserError
from app.i18n import Msg, tr_noop
from app.records import EqualByFields, lazy_record
from app.store import db


@lazy_record
class IntSetting(EqualByFields):
    """A whole-number setting: its key, label, default and allowed range."""

    key: str
    label: str
    default: int
    minimum: int
    maximum: int
    unit: str = "minutes"


SETTINGS: tuple[IntSetting, ...] = (
    IntSetting("idle_lock_minutes", tr_noop("Msg", "Lock after idle"), 15, 1, 240),
    IntSetting(
        "notify_deadline_minutes", tr_noop("Msg", "Notify partners within (disaster)"), 15, 15, 20
    ),
    IntSetting(
        "update_reminder_minutes", tr_noop("Msg", "Remind before a promised update"), 10, 1, 60
    ),
    IntSetting("backup_keep", tr_noop("Msg", "Backups to keep"), 10, 2, 100, unit="backups"),
    # contact details age: past this, the status bar and 'bundle status' suggest asking IT
    IntSetting(
        "bundle_old_days",
        tr_noop("Msg", "Call a contact bundle old after"),
        60,
        7,
        365,
        unit="days",
    ),
    # planned work: its announcement goes out this long before the window (0: at once)
    IntSetting(
        "planned_announce_days",
        tr_noop("Msg", "Announce planned work ahead"),
        3,
        0,
        60,
        unit="days",
    ),
)
_BY_KEY = {s.key: s for s in SETTINGS}
_UNIT_NAMES = {
    "minutes": tr_noop("Msg", "minutes"),
    "backups": tr_noop("Msg", "backups"),
    "days": tr_noop("Msg", "days"),
}


def unit_name(unit: str) -> str:
    """The unit in the kit's language ("minutes" stays the key a command line accepts)."""
    return Msg.tr(_UNIT_NAMES.get(unit, unit))


def setting(key: str) -> IntSetting:
    spec = _BY_KEY.get(key)
    if spec is None:
        known = ", ".join(_BY_KEY)
        raise NotFound(
            Msg.tr("There is no setting called {key!r}. Known settings: {known}.").format(
                key=key, known=known
            )
        )
    return spec


def parse_value(key: str, text: str) -> int:
    """A value typed for `key` ("30", " 30 minutes"), or a message saying what it takes.
    The range is checked by `Settings.set`, as for the window's spin boxes."""
    spec = setting(key)
    words = text.split()
    if len(words) == 2 and words[1] == spec.unit:
        words = words[:1]
    try:
        if len(words) != 1:
            raise ValueError(text)
        return int(words[0])
    except ValueError:
        raise UserError(
            Msg.tr(
                "{label} takes a whole number of {unit} from {minimum} to {maximum}, not {text!r}."
            ).format(
                label=Msg.tr(spec.label),
                unit=unit_name(spec.unit),
                minimum=spec.minimum,
                maximum=spec.maximum,
                text=text,
            ),
            details={"key": key, "minimum": spec.minimum, "maximum": spec.maximum},
        ) from None


class Settings:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def get(self, key: str) -> int:
        spec = setting(key)
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return int(json.loads(row[0])) if row else spec.default

    def set(self, key: str, value: int) -> None:
        spec = setting(key)
        if not spec.minimum <= value <= spec.maximum:
            raise UserError(
                Msg.tr(
                    "{label} must be between {minimum} and {maximum} {unit}; "
                    "{value} is outside that range."
                ).format(
                    label=Msg.tr(spec.label),
                    minimum=spec.minimum,
                    maximum=spec.maximum,
                    unit=unit_name(spec.unit),
                    value=value,
                ),
                details={"key": key, "minimum": spec.minimum, "maximum": spec.maximum},
            )
        old = self.get(key)
        if old == value:
            return
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
            self._audit.append("settings.changed", key=key, old=old, new=value)
