"""Planned work on a schedule: each planned-work incident's plan (what to announce when,
the reminders before its window, an optional "work started" notice, the completion at the
end) and the planned notices it makes, each rendered and queued at its time.

`incident_plans.planned_start/planned_end` keep the window as last announced (a move
changes them, an extension does not), so the period report can say whether work overran.
A planned notice stays `pending` until the schedule fires it (`sent`, with the notice it
became), the officer skips it with a reason (`skipped`), or a change of plan makes it
pointless (`dropped`: the window moved past it, the work was cancelled or completed)."""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=13,
    name="schedule",
    sql="""
CREATE TABLE incident_plans (
    incident_id   INTEGER PRIMARY KEY REFERENCES incidents (id),
    announce_days INTEGER,
    reminders     TEXT NOT NULL DEFAULT '[]',
    start_notice  INTEGER NOT NULL DEFAULT 0,
    fields        TEXT NOT NULL DEFAULT '{}',
    planned_start TEXT NOT NULL,
    planned_end   TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE TABLE planned_notices (
    id           INTEGER PRIMARY KEY,
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    purpose      TEXT NOT NULL
                 CHECK (purpose IN ('announcement', 'reminder', 'started', 'completion')),
    lead_minutes INTEGER,
    due_at       TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'sent', 'skipped', 'dropped')),
    notice_id    INTEGER REFERENCES notices (id),
    done_at      TEXT,
    reason       TEXT
);
CREATE INDEX planned_notices_due ON planned_notices (state, due_at);
CREATE INDEX planned_notices_incident ON planned_notices (incident_id, due_at);
""",
)
