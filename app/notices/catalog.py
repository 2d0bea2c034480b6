"""Which template a notice uses. For each kind and stage the set is the bundle's templates
when it has any, else the shipped files under `templates/`; local edits replace single templates of
that set (app/notices/templateset.py). A language without its own template falls back to
the language bundle.toml states, then English, so every partner gets a notice; an SMS
without its own short form is derived from the same set's e-mail template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import i18n
from app.audit import AuditLog
from app.contacts.model import CHANNELS, KIND_STAGES, KINDS, STAGES, Template
from app.contacts.source import TEMPLATE_PATH
from app.errors import NotFound, UserError
from app.i18n import Msg
from app.notices.check import check_template
from app.notices.field_labels import labels_in, read_field_labels
from app.notices.templateset import (
    FALLBACK_LANGUAGE,
    Fallbacks,
    Key,
    path_of,
    read_fallbacks,
    read_in_english,
    resolve,
)
from app.resources import templates_dir
from app.store import db

_KEY = "kind = ? AND stage = ? AND language = ? AND channel = ?"

__all__ = [
    "FALLBACK_LANGUAGE",
    "CatalogTemplate",
    "Key",
    "TemplateCatalog",
    "read_shipped",
]


@dataclass(frozen=True)
class CatalogTemplate:
    kind: str
    stage: str
    language: str  # the template's own language
    channel: str
    source: str
    origin: str  # 'shipped', 'bundle' or 'local'
    requested: str = ""  # the language asked for, when this is a fallback
    derived: bool = False  # an SMS derived from the e-mail template `source`

    @property
    def key(self) -> Key:
        return (self.kind, self.stage, self.language, self.channel)

    @property
    def describe(self) -> str:
        """For messages: which file, from where ("templates/… (bundle)")."""
        if self.derived:
            email = path_of((self.kind, self.stage, self.language, "email"))
            return f"{email} ({self.origin}; its SMS form is derived from it)"
        return f"{self.path} ({self.origin})"

    @property
    def is_fallback(self) -> bool:
        return bool(self.requested) and self.requested != self.language

    @property
    def path(self) -> str:
        return Template(self.kind, self.stage, self.language, self.channel, self.source).path


def read_shipped(folder: Path | None = None) -> dict[Key, str]:
    """Every notice template shipped under `templates/` (or `folder`), by key."""
    root = folder or templates_dir()
    found: dict[Key, str] = {}
    for kind in KINDS:
        for path in sorted((root / kind).glob("*.j2")):
            match = TEMPLATE_PATH.match(f"templates/{kind}/{path.name}")
            if not match or match["stage"] not in STAGES:
                continue
            channel = "sms" if match["sms"] else "email"
            found[(kind, match["stage"], match["lang"], channel)] = path.read_text("utf-8")
    return found


class TemplateCatalog:
    def __init__(
        self, *, conn: db.Connection, audit: AuditLog | None = None, shipped_dir: Path | None = None
    ) -> None:
        self._conn = conn
        self._audit = audit
        self._shipped_dir = shipped_dir
        self._shipped: dict[Key, str] | None = None

    # -- reading ------------------------------------------------------------------------

    def shipped(self) -> dict[Key, str]:
        if self._shipped is None:
            self._shipped = read_shipped(self._shipped_dir)
        return self._shipped

    def stored(self) -> dict[Key, tuple[str, str]]:
        """(source, origin) of every bundle or local template, by key."""
        rows = self._conn.execute(
            "SELECT kind, stage, language, channel, source, origin FROM templates"
        )
        return {(r[0], r[1], r[2], r[3]): (r[4], r[5]) for r in rows}

    def all(self) -> list[CatalogTemplate]:
        """The effective template of every key (stored ones win), sorted."""
        merged: dict[Key, tuple[str, str]] = {}
        for kind in KINDS:
            for stage in KIND_STAGES[kind]:
                merged.update(self.set_for(kind, stage))
        return [
            CatalogTemplate(*key, source, origin)
            for key, (source, origin) in sorted(merged.items())
        ]

    def _bundle_toml(self) -> str | None:
        row = self._conn.execute(
            "SELECT body FROM directory_docs WHERE name = 'bundle.toml'"
        ).fetchone()
        return str(row[0]) if row else None

    def fallbacks(self) -> Fallbacks:
        return read_fallbacks(self._bundle_toml())[0]

    def in_english_words(self) -> dict[str, str]:
        """The bundle's own "(in English)" words per language (`[templates.in_english]`)."""
        return read_in_english(self._bundle_toml())[0]

    def field_labels(self) -> dict[str, str]:
        """The bundle's labels of its fields (`[fields.<name>]`) in the kit's language."""
        return labels_in(read_field_labels(self._bundle_toml())[0], i18n.language())

    def set_for(self, kind: str, stage: str) -> dict[Key, tuple[str, str]]:
        """(source, origin) of every template of the set a `kind` `stage` notice uses: the
        bundle's templates of that stage, else the shipped ones (a bundle applied before
        bundles were checked may lack a whole stage: never a dead end, still one source per
        notice); local edits replace single templates of it."""
        return self._set_of(self.stored(), kind, stage)

    def _set_of(
        self, stored: dict[Key, tuple[str, str]], kind: str, stage: str
    ) -> dict[Key, tuple[str, str]]:
        own = {k: v for k, v in stored.items() if k[:2] == (kind, stage)}
        base = {k: v for k, v in own.items() if v[1] == "bundle"} or {
            k: (s, "shipped") for k, s in self.shipped().items() if k[:2] == (kind, stage)
        }
        base.update({k: v for k, v in own.items() if v[1] == "local"})
        return base

    def find(
        self, kind: str, stage: str, language: str, channel: str = "email"
    ) -> CatalogTemplate | None:
        return self._find_in(self.set_for(kind, stage), kind, stage, language, channel)

    def _find_in(
        self,
        templates: dict[Key, tuple[str, str]],
        kind: str,
        stage: str,
        language: str,
        channel: str,
    ) -> CatalogTemplate | None:
        found = resolve(templates, kind, stage, language, channel, self.fallbacks())
        if found is None:
            return None
        source, origin = templates[found.key]
        _, _, used, _ = found.key
        return CatalogTemplate(
            kind, stage, used, channel, source, origin, requested=language, derived=found.derived
        )

    def get(self, kind: str, stage: str, language: str, channel: str = "email") -> CatalogTemplate:
        found = self.find(kind, stage, language, channel)
        if found is None:
            raise NotFound(
                Msg.tr(
                    "There is no {channel} template for a {kind} {stage} notice (not even in "
                    "English). Import a bundle that has templates/{kind}/{stage}.en.j2."
                ).format(channel=channel, kind=kind, stage=stage)
            )
        return found

    def languages(self) -> list[str]:
        return sorted({key[2] for key in self.shipped()} | {key[2] for key in self.stored()})

    # -- local edits --------------------------------------------------------------------

    def save_local(self, kind: str, stage: str, language: str, channel: str, source: str) -> None:
        """Store an edit made on this workstation (refused while it has lint problems, or
        when its stage's languages would no longer ask for the same fields). The bundle's
        own text of it is kept, for when the edit is removed."""
        _check_key(kind, stage, channel)
        key = (kind, stage, language, channel)
        problems = self.check(key, source)
        if problems:
            raise UserError(Msg.tr("The template was not saved:") + "\n" + "\n".join(problems))
        with db.transaction(self._conn) as conn:
            row = conn.execute(f"SELECT source, origin FROM templates WHERE {_KEY}", key).fetchone()
            if row is not None and row[1] == "bundle":
                conn.execute(
                    "INSERT INTO template_bundle_texts (kind, stage, language, channel, source) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, stage, language, channel) "
                    "DO UPDATE SET source = excluded.source",
                    (*key, row[0]),
                )
            conn.execute(
                "INSERT INTO templates (kind, stage, language, channel, source, origin) "
                "VALUES (?, ?, ?, ?, ?, 'local') ON CONFLICT (kind, stage, language, channel) "
                "DO UPDATE SET source = excluded.source, origin = 'local'",
                (*key, source),
            )
            self._require_audit().append(
                "template.edited", kind=kind, stage=stage, language=language, channel=channel
            )

    def check(self, key: Key, source: str) -> list[str]:
        """What is wrong with `source` as the text of `key` in this kit (check_template,
        with its stage's other languages)."""
        return check_template(source, key, self.stage_sources(key[0], key[1]))

    def stage_sources(self, kind: str, stage: str) -> dict[Key, str]:
        """The source of every template of the set a `kind` `stage` notice uses."""
        return {k: s for k, (s, _) in self.set_for(kind, stage).items()}

    def bundle_text_lost(self, kind: str, stage: str, language: str, channel: str) -> bool:
        """True for a local edit an older kit saved over the bundle's text (migration 22)."""
        row = self._conn.execute(
            f"SELECT source IS NULL FROM template_bundle_texts WHERE {_KEY}",
            (kind, stage, language, channel),
        ).fetchone()
        return bool(row and row[0])

    def after_reset(
        self, kind: str, stage: str, language: str, channel: str
    ) -> CatalogTemplate | None:
        """The template `language` would get once its local edit is removed."""
        key = (kind, stage, language, channel)
        stored = self.stored()
        stored.pop(key, None)
        row = self._conn.execute(
            f"SELECT source FROM template_bundle_texts WHERE {_KEY} AND source IS NOT NULL", key
        ).fetchone()
        if row is not None:
            stored[key] = (str(row[0]), "bundle")
        return self._find_in(self._set_of(stored, kind, stage), kind, stage, language, channel)

    def remove_local(self, kind: str, stage: str, language: str, channel: str) -> str:
        """Drop a local edit: the bundle's text of it comes back ('bundle'), or, when the
        bundle has none, the set's fallback or the shipped default applies ('removed'), or
        the bundle's text was lost by an older kit ('lost', see `lost_note`). '' when
        there was no local edit."""
        key = (kind, stage, language, channel)
        with db.transaction(self._conn) as conn:
            if not conn.execute(
                f"SELECT 1 FROM templates WHERE {_KEY} AND origin = 'local'", key
            ).fetchone():
                return ""
            kept = conn.execute(
                f"SELECT source FROM template_bundle_texts WHERE {_KEY}", key
            ).fetchone()
            if kept is not None and kept[0] is not None:
                conn.execute(
                    f"UPDATE templates SET source = ?, origin = 'bundle' WHERE {_KEY}",
                    (kept[0], *key),
                )
                outcome = "bundle"
            else:
                conn.execute(f"DELETE FROM templates WHERE {_KEY}", key)
                outcome = "lost" if kept is not None else "removed"
            conn.execute(f"DELETE FROM template_bundle_texts WHERE {_KEY}", key)
            self._require_audit().append(
                "template.local_removed",
                kind=kind,
                stage=stage,
                language=language,
                channel=channel,
                restored=outcome,
            )
        return outcome

    @staticmethod
    def lost_note(edited: CatalogTemplate, now: CatalogTemplate | None) -> str:
        """Said when the removed local edit had replaced the bundle's text (older kit)."""
        return Msg.tr(
            "The bundle's own text of {path} is not on this kit: an older version of the kit "
            "replaced it with the local edit. {language} partners now get {now}. If the "
            "bundle has this template, import the same bundle again (outage-kit bundle import "
            "FILE, or Kit ▸ Contact bundle and signers…): the kit puts back what it lacks."
        ).format(
            path=edited.path,
            language=edited.language,
            now=now.describe if now is not None else Msg.tr("no notice"),
        )

    def _require_audit(self) -> AuditLog:
        if self._audit is None:
            raise RuntimeError("TemplateCatalog needs audit= to change templates")
        return self._audit


def _check_key(kind: str, stage: str, channel: str) -> None:
    if kind not in KINDS or stage not in KIND_STAGES[kind] or channel not in CHANNELS:
        raise UserError(
            Msg.tr(
                "{kind}/{stage}/{channel} is not a template this kit uses: kinds "
                "{kinds}; stages {stages}; channels {channels}."
            ).format(
                kind=kind,
                stage=stage,
                channel=channel,
                kinds=", ".join(KINDS),
                stages=KIND_STAGES,
                channels=", ".join(CHANNELS),
            )
        )
