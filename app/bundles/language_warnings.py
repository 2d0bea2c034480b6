"""`bundle build` says which contact languages have no templates of their own: those
partners get the fallback template (bundle.toml's `[templates] fallback`, else English).
It works — the build is not refused — but IT learns it at the desk, not the officer at
3 a.m. from a Ukrainian partner's reply."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.bundles.builder import source_files
from app.contacts.source import SourceProblems, parse_source
from app.i18n import Msg
from app.notices.catalog import read_shipped
from app.notices.templateset import language_order, read_fallbacks


def fallback_warnings(folder: Path) -> list[str]:
    """One warning per contact language that no template of the set is written in."""
    files = source_files(folder)
    try:
        directory = parse_source(files)
    except SourceProblems:
        return []  # the build has refused it already
    own = {t.language for t in directory.templates}
    written = own or {key[2] for key in read_shipped()}
    fallbacks, _problems = read_fallbacks(directory.docs.get("bundle.toml"))
    readers = Counter(c.language for c in directory.contacts)
    warnings: list[str] = []
    for language, count in sorted(readers.items()):
        if {language, language.split("-")[0]} & written:
            continue
        used = next((lang for lang in language_order(language, fallbacks) if lang in written), None)
        if used is None:
            continue  # a gap: the template set check refuses it
        warnings.append(
            Msg.tr(
                "%n contact(s) read {language}, and no template is written in {language}: "
                "they get the {fallback} templates. Add {language} templates, or leave it "
                "so if {fallback} is what they should read.",
                "",
                count,
            ).format(language=language, fallback=used)
        )
    return warnings
