"""Notices in each partner's language and time zone (issue 15):

- `notice_texts` holds one text per language, channel **and time zone** (every time in a
  notice is the recipient's local time), so the table is rebuilt with `timezone` in its key;
  texts stored before were rendered in UTC and say so;
- `notice_audience.timezone`: the zone each recipient had when told, so follow-ups keep it;
- `service_names`: a service's name per language (bundle services.csv `name.<language>`);
- `incident_titles`: an incident's title per language.
"""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=14,
    name="languages",
    sql="""
CREATE TABLE notice_texts_v14 (
    notice_id         INTEGER NOT NULL REFERENCES notices (id),
    language          TEXT NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    timezone          TEXT NOT NULL DEFAULT 'UTC',
    subject           TEXT NOT NULL,
    body              TEXT NOT NULL,
    template_language TEXT NOT NULL,
    template_origin   TEXT NOT NULL,
    PRIMARY KEY (notice_id, language, channel, timezone)
);
INSERT INTO notice_texts_v14 (notice_id, language, channel, timezone, subject, body,
    template_language, template_origin)
SELECT notice_id, language, channel, 'UTC', subject, body, template_language, template_origin
FROM notice_texts;
DROP TABLE notice_texts;
ALTER TABLE notice_texts_v14 RENAME TO notice_texts;
ALTER TABLE notice_audience ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC';
CREATE TABLE service_names (
    service  TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (service, language)
);
CREATE TABLE incident_titles (
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    language    TEXT NOT NULL,
    title       TEXT NOT NULL,
    PRIMARY KEY (incident_id, language)
)
""",
)
