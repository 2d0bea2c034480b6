"""What a bundle's template set leaves to a fallback, said to IT at `bundle build` and at
`bundle import` (not refused: it works, but IT learns it at the desk, not the officer at
3 a.m. from a Ukrainian partner's reply):
- a contact language no template is written in: those partners get the fallback's templates;
- a stage missing in a language that has other templates of that kind (a deleted
  `update.pl.j2` under `pl = "en"`): those partners would get that one notice in the
  fallback's language between notices in their own."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.bundles.builder import source_files
from app.contacts.model import KIND_STAGES, Directory
from app.contacts.source import SourceProblems, parse_source
from app.i18n import Msg
from app.notices.catalog import read_shipped
from app.notices.templateset import Fallbacks, language_order, path_of, read_fallbacks


def fallback_warnings(folder: Path) -> list[str]:
    """`language_warnings` of the bundle source in `folder` (none if it does not parse:
    the build refuses it already)."""
    try:
        directory = parse_source(source_files(folder))
    except SourceProblems:
        return []
    return language_warnings(directory)


def language_warnings(directory: Directory) -> list[str]:
    """One warning per contact language that no template of the set is written in, and one
    per stage a language with other templates of that kind lacks."""
    own = {t.language for t in directory.templates}
    written = own or {key[2] for key in read_shipped()}
    fallbacks, _problems = read_fallbacks(directory.docs.get("bundle.toml"))
    readers = Counter(c.language for c in directory.contacts)
    warnings: list[str] = []
    for language, count in sorted(readers.items()):
        if not {language, language.split("-")[0]} & written:
            used = next(
                (lang for lang in language_order(language, fallbacks) if lang in written), None
            )
            if used is not None:  # (None: a gap, which the template set check refuses)
                warnings.append(
                    Msg.tr(
                        "%n contact(s) read {language}, and no template is written in "
                        "{language}: they get the {fallback} templates. Add {language} "
                        "templates, or leave it so if {fallback} is what they should read.",
                        "",
                        count,
                    ).format(language=language, fallback=used)
                )
    warnings += _missing_stages(directory, fallbacks)
    return warnings


def _missing_stages(directory: Directory, fallbacks: Fallbacks) -> list[str]:
    emails = {(t.kind, t.stage, t.language) for t in directory.templates if t.channel == "email"}
    readers = {c.language for c in directory.contacts}
    warnings: list[str] = []
    for kind, stages in KIND_STAGES.items():
        for language in sorted({lang for k, _s, lang in emails if k == kind} & readers):
            for stage in stages:
                others = language_order(language, fallbacks, implicit=False)[1:]
                used = next((o for o in others if (kind, stage, o) in emails), None)
                # (no fallback has it either: a gap, which the set check refuses)
                if (kind, stage, language) not in emails and used is not None:
                    warnings.append(
                        Msg.tr(
                            "{path} is missing: {language} partners get their other {kind} "
                            "notices in {language} but this one from the {fallback} template. "
                            "Add it, or leave it so if that is meant."
                        ).format(
                            path=path_of((kind, stage, language, "email")),
                            language=language,
                            kind=kind,
                            fallback=used,
                        )
                    )
    return warnings
