"""Composing one notice for an incident's audience: which templates, which fields are
missing, the rendered text per language as partners will see it, and every reason it may
not be queued yet. No database writes: the service queues what this composes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from app.delivery.outbox import NewMessage
from app.delivery.sms import SmsPlan, plan
from app.i18n import Msg, Words, translate
from app.incidents.field_languages import unread_language_problems
from app.incidents.field_names import said_field
from app.incidents.field_times import end_before_start, read_field_times
from app.incidents.model import CHANNEL_NAMES as CHANNEL_NAMES  # moved: re-exported
from app.incidents.model import (
    END_FIELDS,
    END_WORDS,
    FINAL_STAGES,
    KIND_LABELS,
    START_FIELDS,
    START_WORDS,
    Incident,
    Recipient,
    is_time_field,
    named_moment,
    stage_label,
)
from app.incidents.model import NEXT_UPDATE as NEXT_UPDATE  # moved: re-exported
from app.incidents.newcomers import Newcomers
from app.notices.catalog import CatalogTemplate, TemplateCatalog
from app.notices.kit_fields import INCIDENT_FIELDS
from app.notices.languages import details_note, in_english_mark, is_primary, translated
from app.notices.lint import LEGACY_MARK, marked_times, template_fields
from app.notices.localtime import NoticeTime, local_text, localize, parse_field_time, zone
from app.notices.render import (
    EarlierNotice,
    RenderedText,
    RenderError,
    quote_earlier,
    remaining_legacy_lines,
    render_template,
    sms_from_email,
    sms_with_reference,
    with_reference,
)
from app.timefmt import iso, now

TextKey = tuple[str, str, str]  # language, channel, time zone
# what a moment of a notice is (`Composition.moments`)
STARTED, ENDED, WINDOW_START, WINDOW_END = "started", "ended", "window_start", "window_end"


@dataclass(frozen=True)
class LanguageText:
    """The notice in one language and channel, exactly as its recipients get it."""

    language: str
    channel: str
    template: CatalogTemplate
    subject: str
    body: str  # the new text (what later notices quote)
    full_body: str  # with the earlier notices quoted below (e-mail follow-ups)
    recipients: int
    timezone: str = "UTC"  # the recipients' zone: every time in the text is in it
    details_in: str = ""  # the language of some free text, when not the notice's own
    # the free-text fields that are the English text (no text of the notice's language)
    in_english: tuple[str, ...] = ()
    mark: str = ""  # what follows each of them: "(på engelska)"
    #: the incident's title is the English one, marked (no title of the notice's language)
    title_in_english: bool = False

    def english_mark(self) -> str:
        """What follows each English part of this text: "(på engelska)"."""
        return self.mark or in_english_mark(_said_in(self.template))

    def sms_plan(self) -> SmsPlan | None:
        """For an SMS text: its encoding and how many SMS each partner gets."""
        return plan(self.body) if self.channel == "sms" else None


@dataclass
class Composition:
    incident: Incident
    stage: str
    fields: dict[str, str]
    recipients: list[Recipient]
    problems: list[str] = field(default_factory=list)
    texts: dict[TextKey, LanguageText] = field(default_factory=dict)
    needed_fields: list[str] = field(default_factory=list)
    next_update: datetime | None = None
    removals: dict[str, str] = field(default_factory=dict)
    # said, not refused: e.g. SMS with no modem to send them (they wait in the outbox)
    warnings: list[str] = field(default_factory=list)
    # the fields shown as times (Composer.time_fields)
    time_fields: set[str] = field(default_factory=set)
    # the bundle's labels of its fields in the kit's language (bundle.toml [fields])
    field_labels: dict[str, str] = field(default_factory=dict)
    # a follow-up's recipients who were in no earlier notice's audience (app/incidents/newcomers)
    newcomers: Newcomers = field(default_factory=Newcomers)

    @property
    def ok(self) -> bool:
        return not self.problems

    def languages(self) -> dict[str, int]:
        """Recipients per language."""
        return dict(sorted(Counter(r.language for r in self.recipients).items()))

    def text(self, language: str, channel: str, timezone: str | None = None) -> LanguageText:
        """The text of a language and channel (of one zone, or the first there is)."""
        for (lang, chan, zone_name), text in self.texts.items():
            if (lang, chan) == (language, channel) and timezone in (None, zone_name):
                return text
        raise KeyError((language, channel, timezone))

    def local_times(self) -> list[tuple[str, list[tuple[str, str]], list[str]]]:
        """(zone, [(what, the time there)], who) for each zone of the audience: the preview
        says which partners get which local time of the moments this notice is about
        (`moments`)."""
        zones: dict[str, list[str]] = {}
        for r in self.recipients:
            zones.setdefault(r.timezone, []).append(r.organisation)
        moments = self.moments()
        return [
            (
                name,
                [(what, local_text(moment, zone(name))) for what, moment in moments],
                sorted(set(orgs)),
            )
            for name, orgs in sorted(zones.items())
        ]

    def moments(self) -> list[tuple[str, datetime]]:
        """What this kind and stage of notice tells partners when: (what, moment), `what`
        one of STARTED, ENDED, WINDOW_START, WINDOW_END, NEXT_UPDATE. A disaster's first
        notice: its start and the promise; an update: the promise; a resolution or a
        completion: when it ended; planned work: its window (a cancellation: the window
        called off), and the promise where there is one."""
        incident = self.incident
        moments: list[tuple[str, datetime]] = []
        if self.stage in FINAL_STAGES.get(incident.kind, ()):
            if self.stage == "cancelled":
                return self._window()
            ended = self._typed_time(END_FIELDS, END_WORDS)
            if ended is None and incident.kind == "downtime":
                ended = incident.window_end
            return [(ENDED, ended)] if ended is not None else []
        if incident.kind == "downtime":
            moments = self._window()
        elif self.stage == "initial":
            started = self._typed_time(START_FIELDS, START_WORDS) or incident.detected_at
            moments = [(STARTED, started)]
        if self.next_update is not None:
            moments.append((NEXT_UPDATE, self.next_update))
        return moments

    def _window(self) -> list[tuple[str, datetime]]:
        start, end = self.incident.window_start, self.incident.window_end
        return [(what, at) for what, at in ((WINDOW_START, start), (WINDOW_END, end)) if at]

    def _typed_time(self, names: Sequence[str], words: frozenset[str]) -> datetime | None:
        found = self.typed_field(names, words)
        return found[1] if found else None

    def typed_field(
        self, names: Sequence[str], words: frozenset[str], *, else_first: bool = True
    ) -> tuple[str, datetime] | None:
        """The first time field named like `names` or with one of `words` in its name
        ("outage_ended") and its moment, as the form read it; else the notice's first time
        field (a bundle's "back_at": the one time a resolution asks for is its end)."""
        typed: list[tuple[str, datetime]] = []
        for name in dict.fromkeys([*self.needed_fields, *sorted(self.fields)]):
            value = self.fields.get(name, "")
            if name != NEXT_UPDATE and name in self.time_fields and value:
                moment = parse_field_time(value)
                if moment is not None:
                    typed.append((name, moment))
        return named_moment(typed, names, words, else_first=else_first)

    def end_problems(self, told_start: datetime | None) -> list[str]:
        """A closing notice's end before the trouble began is refused: partners would be
        told it ended before it began. The start is the one this notice gives, else the one
        partners were told (`told_start`), else the detection (planned work: its window's
        start)."""
        if self.stage not in FINAL_STAGES.get(self.incident.kind, ()) or self.stage == "cancelled":
            return []
        found = self.typed_field(END_FIELDS, END_WORDS)
        if found is None:
            return []
        typed = self.typed_field(START_FIELDS, START_WORDS, else_first=False)
        if typed is not None and typed[0] != found[0]:
            told_start = typed[1]
        return end_before_start(found[0], found[1], self.incident, told_start)

    def message_count(self) -> int:
        return sum(r.wants_email for r in self.recipients) + sum(
            r.wants_sms for r in self.recipients
        )

    def messages(
        self, *, notice_id: int | None, threads: Mapping[str, Sequence[str]]
    ) -> list[NewMessage]:
        """One message per recipient and channel. `threads`: earlier Message-IDs by e-mail
        address, so each partner's follow-up threads under their own earlier notices."""
        ref = self.incident.reference
        # a message still waiting when its promise lapses is held, never sent broken
        promise = iso(self.next_update) if self.next_update is not None else None
        built: list[NewMessage] = []
        for r in self.recipients:
            if r.wants_email:
                text = self.texts[(r.language, "email", r.timezone)]
                earlier = tuple(threads.get(r.email, ()))
                built.append(
                    NewMessage(
                        channel="email",
                        recipient=r.email,
                        subject=text.subject,
                        body=text.full_body,
                        recipient_name=r.name,
                        incident_ref=ref,
                        notice_id=notice_id,
                        in_reply_to=earlier[-1] if earlier else None,
                        references=earlier,
                        promise_at=promise,
                    )
                )
            if r.wants_sms:
                text = self.texts[(r.language, "sms", r.timezone)]
                built.append(
                    NewMessage(
                        channel="sms",
                        recipient=r.phone,
                        subject=ref,
                        body=text.body,
                        recipient_name=r.name,
                        incident_ref=ref,
                        notice_id=notice_id,
                        promise_at=promise,
                    )
                )
        return built


def incident_variables(
    incident: Incident,
    service_names: Mapping[str, str],
    *,
    title: str | None = None,
    where: str = "UTC",
) -> dict[str, object]:
    """`incident` as templates see it, with its times in the recipients' zone `where`:
    exactly the fields `INCIDENT_FIELDS` defines (the sample templates are checked with)."""
    here = zone(where)

    def at(moment: datetime | None) -> object:
        return NoticeTime(moment, here) if moment is not None else ""

    values = {
        "reference": incident.reference,
        "title": title or incident.title,
        "kind": incident.kind,
        "services": ", ".join(service_names.get(s, s) for s in incident.services),
        "detected": at(incident.detected_at),
        "window_start": at(incident.window_start),
        "window_end": at(incident.window_end),
    }
    return {name: values[name] for name in INCIDENT_FIELDS}


class Composer:
    def __init__(
        self,
        *,
        catalog: TemplateCatalog,
        service_names: Mapping[str, str],
        translations: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """`translations`: service names by language (bundle services.csv `name.<lang>`)."""
        self._catalog = catalog
        self._service_names = service_names
        self._translations = translations or {}
        self._in_english: dict[str, str] = {}  # the bundle's words, read per composition

    def templates_for(
        self, incident: Incident, stage: str, recipients: Sequence[Recipient]
    ) -> dict[tuple[str, str], CatalogTemplate]:
        """The template each (language, channel) of the audience needs."""
        wanted = {(r.language, "email") for r in recipients if r.wants_email}
        wanted |= {(r.language, "sms") for r in recipients if r.wants_sms}
        found: dict[tuple[str, str], CatalogTemplate] = {}
        for language, channel in sorted(wanted):
            template = self._catalog.find(incident.kind, stage, language, channel)
            if template is not None:
                found[(language, channel)] = template
        return found

    def field_sources(
        self, incident: Incident, stage: str, recipients: Sequence[Recipient]
    ) -> dict[str, list[str]]:
        """Each field the templates need, with the templates that need it (for messages)."""
        templates = self.templates_for(incident, stage, recipients)
        if not templates:
            english = self._catalog.find(incident.kind, stage, "en", "email")
            templates = {("en", "email"): english} if english else {}
        needs: dict[str, list[str]] = {}
        for template in templates.values():
            for name in sorted(template_fields(template.source)):
                where = template.describe
                if where not in needs.setdefault(name, []):
                    needs[name].append(where)
        return needs

    def field_labels(self) -> dict[str, str]:
        """The bundle's own labels of its fields, in the kit's language (by field name)."""
        return self._catalog.field_labels()

    def time_fields(
        self, incident: Incident, stage: str, recipients: Sequence[Recipient]
    ) -> set[str]:
        """The fields the notice's templates show as times (`|local`, `.utc`, …) and the
        names the kit has always read as times: one moment each, read once, shown in each
        partner's zone, never a text per language."""
        templates = self.templates_for(incident, stage, recipients)
        if not templates:
            english = self._catalog.find(incident.kind, stage, "en", "email")
            templates = {("en", "email"): english} if english else {}
        marked: set[str] = set()
        for template in templates.values():
            marked |= marked_times(template.source)
        names = self.fields_for(incident, stage, recipients)
        return {n for n in names if is_time_field(n, marked)}

    def fields_for(
        self, incident: Incident, stage: str, recipients: Sequence[Recipient]
    ) -> list[str]:
        """The fields the form must ask for, in first-seen order of the English e-mail
        template (then the rest alphabetically), `next_update` last (never for planned
        work: its plan says when the next notice comes)."""
        templates = self.templates_for(incident, stage, recipients)
        if not templates:
            english = self._catalog.find(incident.kind, stage, "en", "email")
            templates = {("en", "email"): english} if english else {}
        names: set[str] = set()
        for template in templates.values():
            names |= template_fields(template.source)
        if incident.kind == "downtime":
            names.discard(NEXT_UPDATE)  # the plan is the promise: the service fills it in
        elif stage not in FINAL_STAGES[incident.kind]:
            names.add(NEXT_UPDATE)
        primary = templates.get(("en", "email")) or next(iter(templates.values()), None)
        order = _first_seen(primary.source, names) if primary else []
        rest = sorted(names - set(order) - {NEXT_UPDATE})
        tail = [NEXT_UPDATE] if NEXT_UPDATE in names else []
        return [n for n in order if n != NEXT_UPDATE] + rest + tail

    def compose(
        self,
        incident: Incident,
        stage: str,
        fields: Mapping[str, str],
        recipients: Sequence[Recipient],
        *,
        earlier: Mapping[str, Sequence[EarlierNotice]],
        next_update: datetime | None,
        problems: Sequence[str] = (),
        titles: Mapping[str, str] | None = None,
        told_start: datetime | None = None,
    ) -> Composition:
        """`earlier`: the incident's earlier notices per language, or per "language|zone"
        (for the quote); `problems`: what the caller already found (stage, promise,
        audience rules); `titles`: the incident's title by language; `told_start`: the start
        an earlier notice told partners."""
        self._in_english = self._catalog.in_english_words()
        clean = {k: str(v).strip() for k, v in fields.items()}
        shown_as_times = self.time_fields(incident, stage, recipients)
        # before anything renders: every time in one form
        times = read_field_times(clean, shown_as_times, kind=incident.kind, stage=stage)
        result = Composition(incident, stage, clean, list(recipients), list(problems) + times)
        result.time_fields = shown_as_times
        result.problems += unread_language_problems(clean, recipients, incident.reference)
        result.next_update = next_update
        if not recipients:
            result.problems.append(
                Msg.tr(
                    "The audience is empty: choose groups that have contacts (Contacts section)."
                )
            )
        result.needed_fields = self.fields_for(incident, stage, recipients)
        result.problems += result.end_problems(told_start)
        needs = self.field_sources(incident, stage, recipients)
        missing = [n for n in result.needed_fields if not clean.get(n) and n != NEXT_UPDATE]
        own = result.field_labels = self.field_labels()
        for name in missing:
            result.problems.append(_fill_in(shown_name(name, own), needs.get(name, [])))
        templates = self.templates_for(incident, stage, recipients)
        # a text per language, channel and zone that someone gets — no SMS text for the
        # London partners when only the Lisbon ones of that language take SMS
        audiences: Counter[tuple[str, str, str]] = Counter()
        for r in recipients:
            for channel, wanted in (("email", r.wants_email), ("sms", r.wants_sms)):
                if wanted:
                    audiences[(r.language, channel, r.timezone)] += 1
        for (language, channel), template in templates.items():
            for (lang, chan, where), count in sorted(audiences.items()):
                if (lang, chan) != (language, channel):
                    continue
                text = self._text(template, where, result, titles or {}, earlier, count)
                if text is not None:
                    result.texts[(language, channel, where)] = text
        self._check_missing_templates(result, templates)
        # a template's problem is found once per time zone it is rendered for: say it once
        result.problems = list(dict.fromkeys(result.problems))
        return result

    def _variables(
        self, template: CatalogTemplate, where: str, result: Composition, titles: Mapping[str, str]
    ) -> tuple[dict[str, object], list[str], str]:
        """The template's variables for recipients in `where`, and the free-text fields
        that fall back to the notice's main (English) text: their values carry a marker
        (`_fell_back`) that the rendered text turns into "(på engelska)"; and the title as
        shown when it is the English one, marked (else empty)."""
        language = template.requested or template.language
        here = zone(where)
        variables: dict[str, object] = {}
        fell_back: list[str] = []
        used = template_fields(template.source)
        # an English template (a language without its own): its words are all English —
        # unless the officer wrote this language's own text: then the details are theirs,
        # and what they left in English is marked
        own_words = template.is_fallback and _gave_own(
            result.fields, result.needed_fields, language
        )
        marks = not is_primary(language) and (own_words or not is_primary(_said_in(template)))
        for name in result.needed_fields:
            if name == NEXT_UPDATE:
                continue
            value, own = translated(result.fields, name, language)
            moment = parse_field_time(value) if value else None
            if moment is not None:
                variables[name] = NoticeTime(moment, here)
                continue
            # (an empty field shows in the officer's preview, in the kit's language; the lint
            # refuses to queue it)
            variables[name] = (
                localize(value, here)
                if value
                else Msg.tr("[{name}: not filled in]").format(name=name)
            )
            # a time is one moment for every language: never "details in English"
            free = name not in result.time_fields and name in used
            if free and value and not own and marks:
                variables[name] = f"{variables[name]}{_fell_back(len(fell_back))}"
                fell_back.append(name)
        if result.next_update is not None:
            variables[NEXT_UPDATE] = NoticeTime(result.next_update, here)
        elif NEXT_UPDATE in used:
            variables[NEXT_UPDATE] = NoticeTime(_closing_time(result), here)
        # service names and title in the language of the template's words: a partner
        # whose language has no template of its own reads the fallback's language throughout
        words = template.language if template.is_fallback and not own_words else language
        names = dict(self._service_names)
        for lang in (words.split("-")[0], words):
            names.update(self._translations.get(lang, {}))
        title, english_title = self._title(
            result, titles, words, words if own_words else _said_in(template), names
        )
        variables["incident"] = incident_variables(result.incident, names, title=title, where=where)
        return variables, fell_back, title if english_title else ""

    def _title(
        self,
        result: Composition,
        titles: Mapping[str, str],
        words: str,
        said_in: str,
        names: Mapping[str, str],
    ) -> tuple[str, bool]:
        """The title in the notice's language `words`, else the English one marked "(in
        English)" (then True); a title only in another language is a problem
        (app/incidents/titles.py). A title that is the services' names (none was typed) is
        them in `words` (`names`)."""
        from app.incidents.titles import title_for

        incident = result.incident
        title, language = title_for(incident.title, titles, words)
        if language.split("-")[0] == words.split("-")[0]:
            return title, False
        english = ", ".join(self._service_names.get(s, s) for s in incident.services)
        if title == incident.title == english:
            return ", ".join(names.get(s, s) for s in incident.services), False
        if is_primary(language):
            return f"{title} {in_english_mark(said_in, self._in_english)}", True
        readers = sorted(
            {r.language for r in result.recipients if r.language.split("-")[0] != language}
        )
        result.problems.append(
            Msg.tr(
                'The incident\'s title is only in {language} ("{title}"): the {readers} '
                "partners do not read it. Give the English title, the one every language "
                'without its own gets ("title" in --fields; in the window the first '
                "tab's Incident title), or theirs (title.<language>)."
            ).format(language=language, title=title, readers=", ".join(readers))
        )
        return title, False

    def _text(
        self,
        template: CatalogTemplate,
        where: str,
        result: Composition,
        titles: Mapping[str, str],
        earlier: Mapping[str, Sequence[EarlierNotice]],
        count: int,
    ) -> LanguageText | None:
        variables, fell_back, english_title = self._variables(template, where, result, titles)
        channel = "email" if template.derived else template.channel
        try:
            text = render_template(template.source, variables, channel=channel)
        except RenderError as err:
            result.problems.append(
                Msg.tr("{template} cannot be rendered: {err}.").format(
                    template=template.describe, err=err
                )
            )
            return None
        mark = in_english_mark(_said_in(template), self._in_english)
        text, english = _mark_english(text, fell_back, template, mark)
        if template.derived:  # a derived SMS carries no free text: nothing to mark
            promise = str(variables.get(NEXT_UPDATE, ""))
            text, english = RenderedText("", sms_from_email(text, promise)), ()
        language = template.requested or template.language
        here = zone(where)
        chain = earlier.get(f"{language}|{where}") or earlier.get(language, ())
        chain = [
            replace(e, at=local_text(e.moment, here)) if e.moment is not None else e for e in chain
        ]
        finished = self._finish(result.incident, template, text, chain, count, result)
        return replace(
            finished,
            timezone=where,
            details_in="en" if english else "",
            in_english=english,
            mark=mark if english else "",
            title_in_english=bool(english_title)
            and (english_title in finished.subject or english_title in finished.body),
        )

    @staticmethod
    def _finish(
        incident: Incident,
        template: CatalogTemplate,
        text: RenderedText,
        earlier: Sequence[EarlierNotice],
        count: int,
        result: Composition,
    ) -> LanguageText:
        ref = incident.reference
        language = template.requested or template.language
        for line in remaining_legacy_lines(text.subject + "\n" + text.body):
            result.problems.append(
                Msg.tr(
                    "The {language} {channel} still has a {mark} blank on line {line}: fill in "
                    "the field it marks."
                ).format(
                    language=language,
                    channel=Words.tr(CHANNEL_NAMES[template.channel]),
                    mark=LEGACY_MARK,
                    line=line,
                )
            )
        if template.channel == "sms":
            body = sms_with_reference(text.body, ref)
            return LanguageText(language, "sms", template, "", body, body, count)
        if (
            template.is_fallback
            and is_primary(template.language)
            and not is_primary(language)
            and not _gave_own(result.fields, result.needed_fields, language)
        ):  # (with text of their own, the parts left in English are marked instead)
            text = _said_in_english(text, language)
        subject = with_reference(text.subject, ref)
        # the quote's headers in the language of the notice's words: a partner whose
        # language has no template of its own reads them in the template's language
        full = quote_earlier(text.body, earlier, _said_in(template)) if earlier else text.body
        return LanguageText(language, "email", template, subject, text.body, full, count)

    @staticmethod
    def _check_missing_templates(
        result: Composition, templates: Mapping[tuple[str, str], CatalogTemplate]
    ) -> None:
        for r in result.recipients:
            for channel, wanted in (("email", r.wants_email), ("sms", r.wants_sms)):
                if wanted and (r.language, channel) not in templates:
                    result.problems.append(
                        Msg.tr(
                            "There is no {channel} template for a {kind} {stage} notice (not "
                            "even English)."
                        ).format(
                            channel=Words.tr(CHANNEL_NAMES[channel]),
                            kind=translate("Labels", KIND_LABELS[result.incident.kind]),
                            stage=stage_label(result.stage, result.incident.kind),
                        )
                    )
                    return


def _gave_own(fields: Mapping[str, str], needed: Collection[str], language: str) -> bool:
    """Whether the officer wrote free text of `language`'s own (its tab; `impact.fi`) for a
    field of the notice (a title alone does not make the details theirs)."""
    own = {language, language.split("-")[0]}
    for key, value in fields.items():
        name, _, lang = key.rpartition(".")
        if name in needed and lang in own and value.strip():
            return True
    return False


def _said_in(template: CatalogTemplate) -> str:
    """The language of a template's own words: a partner whose language has no template
    of its own reads the fallback template's language."""
    return template.language if template.is_fallback else (template.requested or template.language)


# Private-use characters (the legacy blanks' are \ue000-\ue001): a free-text value that
# is the English text travels through the template with a numbered marker behind it.
_ENGLISH_OPEN, _ENGLISH_CLOSE = "\ue002", "\ue003"
_ENGLISH_LEFT = re.compile("\ue002[0-9]*\ue003?|\ue003")


def _fell_back(index: int) -> str:
    return f"{_ENGLISH_OPEN}{index}{_ENGLISH_CLOSE}"


def _mark_english(
    text: RenderedText, fell_back: Sequence[str], template: CatalogTemplate, mark: str
) -> tuple[RenderedText, tuple[str, ...]]:
    """Each English part of the body followed by "(på engelska)" in the notice's language
    (the subject stays as it is); the fields that are English text. A part the template
    shows only where it cannot be marked (the subject, or changed by a filter) gets the
    notice-wide note "the details are in English" on top instead."""
    if not fell_back:
        return text, ()
    said_in = _said_in(template)
    body, unmarked = text.body, []
    used = template_fields(template.source)
    for index, name in enumerate(fell_back):
        marker = _fell_back(index)
        if marker in body:
            body = body.replace(marker, f" {mark}")
        elif name in used:
            unmarked.append(name)
    body = _ENGLISH_LEFT.sub("", body)
    if unmarked:
        body = f"({details_note(said_in)})\n\n{body}"
    subject = _ENGLISH_LEFT.sub("", text.subject)
    shown = [n for i, n in enumerate(fell_back) if _fell_back(i) in text.body or n in unmarked]
    return RenderedText(subject, body), tuple(shown)


def _said_in_english(text: RenderedText, language: str) -> RenderedText:
    """An English template for a partner whose language has none: the body opens with
    "(the details are in English)" in the partner's language, once."""
    note = f"({details_note(language)})"
    if text.body.startswith(note):
        return text  # a free-text fallback has said it already
    return RenderedText(text.subject, f"{note}\n\n{text.body}")


def shown_name(name: str, own: Mapping[str, str]) -> str:
    """A field as a message names it: its label as the form shows it (the bundle's, else the
    kit's, in the kit's language) with its key ("What partners cannot do (customer_impact)":
    the key is what `--fields` takes), else the key. "Fill in the field 'impact'" named a
    key the form never shows."""
    label = said_field(name, own)
    return name if label == f"[{name}]" else f"{label} ({name})"


def _fill_in(name: str, templates: Sequence[str]) -> str:
    """One line per missing field, naming the first template that needs it."""
    if not templates:
        return Msg.tr("Fill in the field '{name}'.").format(name=name)
    if len(templates) == 1:
        return Msg.tr("Fill in the field '{name}' ({template} needs it).").format(
            name=name, template=templates[0]
        )
    return Msg.tr(
        "Fill in the field '{name}' ({template} and %n other template(s) need it).",
        "",
        len(templates) - 1,
    ).format(name=name, template=templates[0])


def _first_seen(source: str, names: set[str]) -> list[str]:
    positions = {n: source.find(n) for n in names if source.find(n) >= 0}
    return sorted(positions, key=lambda n: positions[n])


def _closing_time(result: Composition) -> datetime:
    """A closing notice (completed, cancelled, resolved) promises nothing, yet a bundle's
    template may still name `next_update`: rather than leave the officer unable to finish,
    it reads the time typed for it, else the window's end (planned work), else now. It is
    never stored as a promise."""
    typed = parse_field_time(result.fields.get(NEXT_UPDATE, ""))
    return typed or result.incident.window_end or now()
