"""A bundle's own labels for its templates' fields (bundle.toml `[fields.<name>]`).

A bundle's templates name their fields their own way (`customer_impact`); the form and the
command line's messages would otherwise show a name made from that key, in English. IT gives
each field a label, and one per language:

    [fields.customer_impact]
    label = "What partners cannot do"
    "label.pl" = "Czego partnerzy nie mogą zrobić"

(`"label.pl"` is quoted: TOML reads an unquoted `label.pl` as a table inside `label`.)
The kit shows the label of its own language, else the plain `label`, else the derived name.
The bundle.toml text is kept with the bundle's documents (directory_docs), so this is read
from it wherever it is needed; `--fields` keys stay the field names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping

from app.i18n import Msg

# (language or "" for the plain label) → text, per field name
Labels = dict[str, dict[str, str]]

_KEY = re.compile(r"^label(\.(?P<lang>[a-z]{2}(-[A-Za-z]{2})?))?$")
_UNQUOTED = re.compile(r"^\s*label\.[A-Za-z-]+\s*=", re.MULTILINE)
MAX_LABEL = 80


def read_field_labels(bundle_toml: str | None) -> tuple[Labels, list[str]]:
    """The labels of a bundle.toml text, and what is wrong with its [fields] table."""
    if not bundle_toml:
        return {}, []
    try:
        section = tomllib.loads(bundle_toml).get("fields", {})
    except tomllib.TOMLDecodeError:
        return {}, []  # the source check names the TOML error
    if not isinstance(section, dict):
        return {}, [Msg.tr("bundle.toml: fields must be a table: [fields.<field name>].")]
    labels: Labels = {}
    problems: list[str] = []
    for name, table in sorted(section.items()):
        where = f"bundle.toml: [fields.{name}]"
        if not isinstance(table, dict):
            problems.append(
                Msg.tr('{where}: must be a table with label = "…".').format(where=where)
            )
            continue
        found: dict[str, str] = {}
        for key, text in sorted(table.items()):
            match = _KEY.match(key)
            if match is None:
                problems.append(
                    Msg.tr(
                        '{where}: {key} is not label or "label.<language>" (like "label.pl").'
                    ).format(where=where, key=repr(key))
                )
            elif not isinstance(text, str) or not text.strip() or "\n" in text:
                problems.append(
                    Msg.tr("{where}: {key} must be one line of text.").format(where=where, key=key)
                )
            elif len(text.strip()) > MAX_LABEL:
                problems.append(
                    Msg.tr("{where}: {key} is longer than {most} characters.").format(
                        where=where, key=key, most=MAX_LABEL
                    )
                )
            else:
                found[match["lang"] or ""] = text.strip()
        if found:
            labels[str(name)] = found
    return labels, problems


def unused_label_problems(labels: Mapping[str, object], used: Collection[str]) -> list[str]:
    """A label for a field no template of the bundle uses: a typo IT learns at build."""
    return [
        Msg.tr(
            "bundle.toml: [fields.{name}] labels a field no template uses; "
            "the templates' fields are: {used}."
        ).format(name=name, used=", ".join(sorted(used)) or "-")
        for name in sorted(labels)
        if name not in used
    ]


def unquoted_label_hint(bundle_toml: str) -> str | None:
    """The hint for TOML's "Cannot overwrite a value" when `label.pl` was not quoted."""
    if _UNQUOTED.search(bundle_toml):
        return Msg.tr(
            'bundle.toml: write a label per language with its key quoted: "label.pl" = "…".'
        )
    return None


def labels_in(labels: Labels, language: str) -> dict[str, str]:
    """Each labelled field's label in `language` ('pt-BR' → pt-BR, pt), else the plain one."""
    order = [language, language.split("-")[0], ""]
    shown: dict[str, str] = {}
    for name, texts in labels.items():
        text = next((texts[lang] for lang in order if lang in texts), None)
        if text is not None:
            shown[name] = text
    return shown
