"""The quarantine / write-off backlog, its decisions, saved searches and balance snapshots.

Index design (FACTS.md, SQLCipher): every filter the search offers has an index whose
trailing column is `call_date`, so a filtered first page sorted by call date reads ~200
index entries instead of sorting the matches. The rowid is the last key of every index,
which makes (call_date, id) keyset paging index-only too.

Status is the exception: a bulk change moves every changed record's entry in each index
that holds status, at a random place when call_date follows it (measured on 100,000 of a
million records: 5.6 s with (status, call_date) and (reason, status, call_date), 1.6 s with
(status) alone, 1.5 s with none). So status has one index, (status, id), which a bulk change
rewrites in rowid order; a search picks it when the status is rare and otherwise walks the
call-date index of its other filters, checking status per row (BacklogQuery._plan).

A decision's note and decider live only in backlog_actions / backlog_changes, so a bulk change
of 100,000 records rewrites two short columns per record; `decided_at` (when the decision that
stands was taken) stays on the row for the period report's "written off in the period".
"""

from app.store.migrations.base import Migration

RECORD_INDEXES = (
    "CREATE INDEX backlog_by_status ON backlog_records (status)",
    "CREATE INDEX backlog_by_reason ON backlog_records (reason, call_date)",
    "CREATE INDEX backlog_by_carrier ON backlog_records (carrier, call_date)",
    "CREATE INDEX backlog_by_service ON backlog_records (service_id)",
    "CREATE INDEX backlog_by_batch ON backlog_records (batch_number, call_date)",
    "CREATE INDEX backlog_by_batch_file ON backlog_records (batch_file)",
    "CREATE INDEX backlog_by_tariff ON backlog_records (tariff_key, call_date)",
    "CREATE INDEX backlog_by_call_date ON backlog_records (call_date)",
    # partial: only the few records whose reason is not in the guide
    "CREATE INDEX backlog_unknown_reason ON backlog_records (call_date) WHERE reason_known = 0",
)

MIGRATION = Migration(
    version=6,
    name="backlog",
    sql="""
CREATE TABLE backlog_records (
    id                INTEGER PRIMARY KEY,
    quarantine_id     TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('bms-telephony', 'bms-data', 'bms-misc', 'rating')),
    status            TEXT NOT NULL
                      CHECK (status IN ('quarantined', 'cleansed', 'pending', 'write-off',
                                        'completed', 'withdrawn')),
    reason            TEXT NOT NULL DEFAULT '',
    reason_known      INTEGER NOT NULL DEFAULT 1,
    batch_number      TEXT NOT NULL DEFAULT '',
    batch_file        TEXT NOT NULL DEFAULT '',
    carrier           TEXT NOT NULL DEFAULT '',
    carrier_file_type TEXT NOT NULL DEFAULT '',
    service_id        TEXT NOT NULL DEFAULT '',
    tariff_key        TEXT NOT NULL DEFAULT '',
    call_date         TEXT NOT NULL DEFAULT '',
    date_updated      TEXT NOT NULL DEFAULT '',
    date_released     TEXT NOT NULL DEFAULT '',
    amount_minor      INTEGER,
    currency          TEXT NOT NULL DEFAULT '',
    duration          INTEGER,
    decided_at        TEXT,
    imported_at       TEXT NOT NULL
);
"""
    + ";\n".join(RECORD_INDEXES)
    + """;
CREATE TABLE backlog_actions (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    to_status   TEXT,
    note        TEXT NOT NULL DEFAULT '',
    criteria    TEXT NOT NULL DEFAULT '{}',
    matched     INTEGER NOT NULL DEFAULT 0,
    changed     INTEGER NOT NULL DEFAULT 0,
    undo_of     INTEGER REFERENCES backlog_actions (id),
    undone_by   INTEGER REFERENCES backlog_actions (id)
);
CREATE TABLE backlog_changes (
    action      INTEGER NOT NULL REFERENCES backlog_actions (id),
    record      INTEGER NOT NULL REFERENCES backlog_records (id),
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    PRIMARY KEY (action, record)
) WITHOUT ROWID;
CREATE INDEX backlog_changes_by_record ON backlog_changes (record, action);
CREATE TABLE backlog_saved_searches (
    name        TEXT PRIMARY KEY,
    criteria    TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
CREATE TABLE balance_snapshots (
    id          INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    source      TEXT NOT NULL,
    buckets     INTEGER NOT NULL
);
CREATE TABLE balance_buckets (
    snapshot     INTEGER NOT NULL REFERENCES balance_snapshots (id) ON DELETE CASCADE,
    account      TEXT NOT NULL,
    balance_type TEXT NOT NULL,
    bucket       TEXT NOT NULL,
    value_minor  INTEGER NOT NULL,
    currency     TEXT NOT NULL DEFAULT '',
    expiry       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (snapshot, account, balance_type, bucket)
) WITHOUT ROWID;
""",
)
