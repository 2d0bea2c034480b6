"""A partner group's name per language (a bundle's groups.csv `name.pl`, `name.sv`, …), as
migration 14 gave services theirs: a Polish report names the groups partners were told
through in Polish where the bundle gives their Polish names. (IF NOT EXISTS, as migration
24: run again over a store that has the table, it changes nothing.)"""

from app.store.migrations.base import Migration

MIGRATION = Migration(
    version=25,
    name="group_names",
    sql="""
CREATE TABLE IF NOT EXISTS group_names (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (group_id, language)
)
""",
)
