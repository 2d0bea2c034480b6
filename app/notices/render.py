"""Rendering one template with the notice's fields, and the parts the kit adds whatever the
template says: the incident reference in every subject, earlier notices quoted below."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from jinja2 import Template, TemplateError, UndefinedError
from jinja2.exceptions import SecurityError

from app.i18n import Msg
from app.notices.kit_fields import template_line, undefined_in_kit_words
from app.notices.languages import earlier_notice_words
from app.notices.lint import LEGACY_MARK, legacy_blanks
from app.notices.sandbox import ENV, RenderLimit, bounded_render

# Private-use characters: a legacy blank travels through Jinja2 as a marker and is filled
# afterwards, so a value typed by the officer is never parsed as template code.
_OPEN, _CLOSE = "\ue000", "\ue001"


class RenderError(Exception):
    """The template could not produce a notice; the message names why."""


class RenderTooBig(RenderError):
    """The template went past a rendering bound (time, output size, one huge value)."""


@dataclass(frozen=True)
class RenderedText:
    subject: str  # empty for SMS
    body: str


@dataclass(frozen=True)
class EarlierNotice:
    """A notice already sent in this incident, as its recipients saw it (without quotes)."""

    at: str  # for people, e.g. '2026-11-22 02:40 UTC'
    subject: str
    body: str
    moment: datetime | None = None  # when it was sent: shown in each recipient's zone


def render_template(
    source: str, variables: Mapping[str, object], *, channel: str = "email"
) -> RenderedText:
    """`variables`: the fields by name (legacy blanks as '&^<label>') and `incident`."""
    blanks = legacy_blanks(source)
    marked = source
    for index, blank in reversed(list(enumerate(blanks))):
        end = blank.offset + len(LEGACY_MARK)
        marked = marked[: blank.offset] + f"{_OPEN}{index}{_CLOSE}" + marked[end:]
    jinja_vars = {k: v for k, v in variables.items() if not k.startswith(LEGACY_MARK)}
    try:
        text = bounded_render(_compiled(marked), jinja_vars)
    except RenderLimit as err:
        raise RenderTooBig(
            Msg.tr("the template went past a limit: {error}").format(error=err)
        ) from None
    except UndefinedError as err:
        line = template_line(err.__traceback__)
        raise RenderError(undefined_in_kit_words(err.message or "", source, line)) from None
    except SecurityError as err:
        raise RenderError(
            Msg.tr("the template tried something unsafe ({error})").format(error=err)
        ) from None
    except TemplateError as err:
        raise RenderError(Msg.tr("the template failed ({error})").format(error=err)) from None
    for index, blank in enumerate(blanks):
        value = str(variables.get(blank.field, "") or "").strip()
        text = text.replace(f"{_OPEN}{index}{_CLOSE}", value or LEGACY_MARK)
    return split_subject(text) if channel == "email" else RenderedText("", _tidy(text))


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Template:
    """A notice renders once per language, channel and time zone of its audience, on every
    change in the form: compile each template text once (a compile costs ~3 ms)."""
    return ENV.from_string(source)


def split_subject(text: str) -> RenderedText:
    first, _, rest = text.partition("\n")
    if not first.startswith("Subject:"):
        raise RenderError(Msg.tr("the rendered e-mail does not start with 'Subject: …'"))
    # A subject is one header line: a field value with a line break must not split it.
    subject = " ".join(first[len("Subject:") :].split())
    return RenderedText(subject, _tidy(rest))


def _tidy(body: str) -> str:
    lines = [line.rstrip() for line in body.strip("\n").splitlines()]
    return "\n".join(lines).strip("\n") + "\n"


def with_reference(subject: str, reference: str) -> str:
    """Every subject carries the reference, whatever the template says."""
    subject = tidy_subject(subject)
    return subject if reference in subject else f"[{reference}] {subject}".strip()


def tidy_subject(subject: str) -> str:
    """No word said twice where a template's words meet the title's: "Planned maintenance:
    Planned maintenance of billing" → "Planned maintenance of billing"; "Update: update on
    SMS" → "Update on SMS"; a word repeated back to back is said once."""
    head, sep, tail = subject.partition(": ")
    if sep and tail.casefold().startswith(head.casefold()):
        subject = tail[0].upper() + tail[1:]
    words = subject.split(" ")
    kept = [w for i, w in enumerate(words) if i == 0 or w.casefold() != words[i - 1].casefold()]
    return " ".join(kept)


def sms_from_email(text: RenderedText, promise: str) -> str:
    """The SMS a bundle without a short form gets, from the same e-mail template: its
    subject, then the body's line that makes the promise (the template's own words, in
    its own language). The reference is added like to every SMS."""
    subject = text.subject.strip()
    line = next((ln.strip() for ln in text.body.splitlines() if promise and promise in ln), "")
    if not line:
        return subject + "\n"
    joint = " " if subject[-1:] in ".!?…:" else ". "
    return f"{subject}{joint}{line}\n"


def sms_with_reference(body: str, reference: str) -> str:
    return body if reference in body else f"{reference}: {body}"


def quote_earlier(body: str, earlier: Sequence[EarlierNotice], language: str = "en") -> str:
    """`body` followed by each earlier notice, newest first, quoted like a reply chain
    whose headers are in `language` (the notice's own)."""
    heading, subject = earlier_notice_words(language)
    parts = [body.rstrip("\n")]
    for notice in reversed(earlier):
        quoted = "\n".join(f"> {line}" if line else ">" for line in notice.body.splitlines())
        parts.append(
            f"\n-------- {heading}, {notice.at} --------\n> {subject}: {notice.subject}\n>\n"
            + quoted
        )
    return "\n".join(parts) + "\n"


def remaining_legacy_lines(text: str) -> list[int]:
    """Lines of rendered text that still hold a `&^` blank."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if LEGACY_MARK in line]
