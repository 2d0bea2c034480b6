"""A bundle's templates are one coherent set (issue 15).

A notice never mixes templates of different sources: its set is the bundle's templates of
its kind and stage when it has any, else the kit's shipped ones; local edits replace single
templates of whichever set applies. (`set_problems` holds a new bundle to more: templates of
a kind cover every stage of it, so a bundle checked here never falls back to shipped texts.)
Within the set, a language without its own template uses the fallback `bundle.toml` states
(`[templates] fallback = "en"`, or a table `[templates.fallback]` with `sv = "en"`), then
English; an SMS without its own short form is derived from the same language's e-mail
template, never borrowed from another set.

`set_problems` is what `bundle build` and `bundle import` ask before a bundle gets in: every
language × channel its contacts use has a template (or a stated fallback) for every kind ×
stage, and the templates of one stage agree on their fields.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from jinja2 import TemplateSyntaxError

from app.contacts.model import KIND_STAGES, KINDS, Contact, Template
from app.i18n import Msg
from app.notices.lint import LEGACY_PREFIX, marked_times, template_fields, unmarked_times
from app.notices.sandbox import ENV

FALLBACK_LANGUAGE = "en"
Key = tuple[str, str, str, str]  # kind, stage, language, channel


@dataclass(frozen=True)
class Fallbacks:
    """What bundle.toml states: a fallback for every language, and/or per language."""

    default: str = ""
    by_language: tuple[tuple[str, str], ...] = ()

    def stated(self, language: str) -> list[str]:
        found = [to for lang, to in self.by_language if lang == language]
        return found + ([self.default] if self.default else [])


def _templates_section(bundle_toml: str | None) -> dict[str, object]:
    """bundle.toml's [templates] table (empty when there is none, or the TOML is bad: the
    source check names that)."""
    if not bundle_toml:
        return {}
    try:
        section = tomllib.loads(bundle_toml).get("templates", {})
    except tomllib.TOMLDecodeError:
        return {}
    return section if isinstance(section, dict) else {}


def read_fallbacks(bundle_toml: str | None) -> tuple[Fallbacks, list[str]]:
    """The stated fallbacks of a bundle.toml text, and what is wrong with them."""
    value = _templates_section(bundle_toml).get("fallback", "")
    if isinstance(value, str):
        return Fallbacks(default=value.strip()), []
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        pairs = tuple(sorted((str(k), str(v).strip()) for k, v in value.items()))
        return Fallbacks(by_language=pairs), []
    return Fallbacks(), [
        'bundle.toml: [templates] fallback must be a language ("en") or a table '
        '(sv = "en", de = "en").'
    ]


def read_in_english(bundle_toml: str | None) -> tuple[dict[str, str], list[str]]:
    """`[templates.in_english]` (uk = "англійською"): the words that follow each part of a
    notice in that language that is the English text — for a language the kit has no words
    of its own for, or to say it the bundle's way; and what is wrong with it."""
    value = _templates_section(bundle_toml).get("in_english", {})
    if isinstance(value, dict) and all(
        isinstance(v, str) and v.strip() and len(v) <= 40 and "\n" not in v for v in value.values()
    ):
        return {str(k): str(v).strip() for k, v in value.items()}, []
    return {}, [
        "bundle.toml: [templates] in_english must be a table of short words per language "
        '(uk = "англійською"), each one line of at most 40 characters.'
    ]


def language_order(language: str, fallbacks: Fallbacks, *, implicit: bool = True) -> list[str]:
    """'pt-BR' → ['pt-BR', 'pt', <stated fallbacks>, 'en' (when implicit)]."""
    order = [language]
    base = language.split("-")[0]
    candidates = [base, *fallbacks.stated(language), *fallbacks.stated(base)]
    if implicit:
        candidates.append(FALLBACK_LANGUAGE)
    for candidate in candidates:
        if candidate and candidate not in order:
            order.append(candidate)
    return order


@dataclass(frozen=True)
class Found:
    key: Key  # the template used (for a derived SMS: the e-mail template's key)
    derived: bool  # an SMS derived from the e-mail template


def resolve(
    present: Iterable[Key],
    kind: str,
    stage: str,
    language: str,
    channel: str,
    fallbacks: Fallbacks,
    *,
    implicit: bool = True,
) -> Found | None:
    keys = set(present)
    for candidate in language_order(language, fallbacks, implicit=implicit):
        if (kind, stage, candidate, channel) in keys:
            return Found((kind, stage, candidate, channel), False)
        if channel == "sms" and (kind, stage, candidate, "email") in keys:
            return Found((kind, stage, candidate, "email"), True)
    return None


def path_of(key: Key) -> str:
    kind, stage, language, channel = key
    return f"templates/{kind}/{stage}.{language}{'.sms' if channel == 'sms' else ''}.j2"


def set_problems(
    templates: Sequence[Template],
    contacts: Sequence[Contact],
    fallbacks: Fallbacks,
    shipped: Mapping[Key, str],
) -> list[str]:
    """The gaps and disagreements of the template set a bundle brings (see module doc)."""
    problems: list[str] = []
    for kind in KINDS:
        own = {t.key: t.source for t in templates if t.kind == kind}
        problems += _gaps(kind, own, contacts, fallbacks, shipped)
        problems += disagreements(kind, own)
    return problems


def _gaps(
    kind: str,
    own: Mapping[Key, str],
    contacts: Sequence[Contact],
    fallbacks: Fallbacks,
    shipped: Mapping[Key, str],
) -> list[str]:
    keys = set(own) or {k for k in shipped if k[0] == kind}
    whose = Msg.tr("the bundle's") if own else Msg.tr("the kit's own (the bundle has none)")
    readers: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for contact in contacts:
        for channel in contact.channels:
            readers[contact.language][channel] += 1
    gaps: list[str] = []
    for language, channels in sorted(readers.items()):
        how = ", ".join(
            (Msg.tr("%n by SMS", "", n) if ch == "sms" else Msg.tr("%n by e-mail", "", n))
            for ch, n in sorted(channels.items())
        )
        state = f'[templates] fallback = "{FALLBACK_LANGUAGE}"'
        if language != FALLBACK_LANGUAGE:
            state += Msg.tr(
                ', or for {language} alone [templates.fallback] {language} = "en"'
            ).format(language=language)
        for stage in KIND_STAGES[kind]:
            if all(
                resolve(keys, kind, stage, language, ch, fallbacks, implicit=False)
                for ch in channels
            ):
                continue
            gaps.append(
                Msg.tr(
                    "{path}: missing — {language} contacts ({how}) get no {kind} {stage} notice "
                    "from {whose} templates. Add it (an SMS short form is optional), or state a "
                    "fallback in bundle.toml: {state}."
                ).format(
                    path=path_of((kind, stage, language, "email")),
                    language=language,
                    how=how,
                    kind=kind,
                    stage=stage,
                    whose=whose,
                    state=state,
                )
            )
    return gaps


def disagreements(kind: str, own: Mapping[Key, str]) -> list[str]:
    """Within each stage of `own`: SMS forms asking more than their e-mail form, and
    languages asking different fields (also what a local edit must pass)."""
    problems: list[str] = []
    for stage in KIND_STAGES[kind]:
        # a template that does not compile has no fields to compare: its syntax error is
        # named on its own (lint), not as "the languages do not agree (en: none)"
        emails = {
            k[2]: _jinja_fields(s)
            for k, s in own.items()
            if k[1] == stage and k[3] == "email" and _compiles(s)
        }
        for key, source in sorted(own.items()):
            if key[1] != stage or key[3] != "sms" or key[2] not in emails or not _compiles(source):
                continue
            extra = sorted(_jinja_fields(source) - emails[key[2]])
            if extra:
                problems.append(
                    Msg.tr(
                        "{path}: uses {fields}, which {email} does not ask for; the e-mail "
                        "and SMS forms of one stage must agree on their fields."
                    ).format(
                        path=path_of(key),
                        fields=", ".join(extra),
                        email=path_of((kind, stage, key[2], "email")),
                    )
                )
        if len({frozenset(f) for f in emails.values()}) > 1:
            none = Msg.tr("none")
            listed = "; ".join(
                f"{lang}: {', '.join(sorted(fields)) or none}"
                for lang, fields in sorted(emails.items())
            )
            problems.append(
                Msg.tr(
                    "templates/{kind}/{stage}.*.j2: the languages do not agree on their fields "
                    "({listed}). The officer fills in one form for every language: use the same "
                    "field names in each."
                ).format(kind=kind, stage=stage, listed=listed)
            )
    return problems


def _compiles(source: str) -> bool:
    try:
        ENV.parse(source)
    except TemplateSyntaxError:
        return False
    return True


def _jinja_fields(source: str) -> set[str]:
    return {f for f in template_fields(source) if not f.startswith(LEGACY_PREFIX)}


def stage_marks(templates: Iterable[Template]) -> dict[tuple[str, str], set[str]]:
    """The fields each kind × stage shows as times in any of its templates: one notice
    reads a field as a time when one of its templates marks it (`lint.marked_times`)."""
    marks: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t in templates:
        marks[(t.kind, t.stage)] |= marked_times(t.source)
    return marks


def unmarked_time_problems(templates: Sequence[Template]) -> list[str]:
    """Fields that read like times but no template of their notice shows as one: `bundle
    build` refuses them (IT is at the desk and fixes it in a minute; sent, each partner
    would read the officer's "10:20" as their own clock, with no zone)."""
    marks = stage_marks(templates)
    return [
        f"{path_of(t.key)}: {note}"
        for t in sorted(templates, key=lambda t: t.key)
        for note in unmarked_times(t.source, marks[(t.kind, t.stage)])
    ]
