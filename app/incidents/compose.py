"""Composing one notice for an incident's audience: which templates, which fields are
missing, the rendered text per language as partners will see it, and every reason it may
not be queued yet. No database writes: the service queues what this composes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.delivery.outbox import NewMessage
from app.delivery.sms import SmsPlan, plan
from app.incidents.model import FINAL_STAGES, Incident, Recipient, partner_time
from app.notices.catalog import CatalogTemplate, TemplateCatalog
from app.notices.lint import LEGACY_MARK, template_fields
from app.notices.render import (
    EarlierNotice,
    RenderedText,
    RenderError,
    quote_earlier,
    remaining_legacy_lines,
    render_template,
    sms_with_reference,
    with_reference,
)
from app.timefmt import iso

NEXT_UPDATE = "next_update"
CHANNEL_NAMES = {"email": "e-mail", "sms": "SMS"}


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
    texts: dict[tuple[str, str], LanguageText] = field(default_factory=dict)
    needed_fields: list[str] = field(default_factory=list)
    next_update: datetime | None = None
    removals: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def languages(self) -> dict[str, int]:
        """Recipients per language."""
        return dict(sorted(Counter(r.language for r in self.recipients).items()))

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
                text = self.texts[(r.language, "email")]
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
                text = self.texts[(r.language, "sms")]
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


def incident_variables(incident: Incident, service_names: Mapping[str, str]) -> dict[str, str]:
    return {
        "reference": incident.reference,
        "title": incident.title,
        "kind": incident.kind,
        "services": ", ".join(service_names.get(s, s) for s in incident.services),
        "detected": partner_time(incident.detected_at),
        "window_start": partner_time(incident.window_start),
        "window_end": partner_time(incident.window_end),
    }


class Composer:
    def __init__(self, *, catalog: TemplateCatalog, service_names: Mapping[str, str]) -> None:
        self._catalog = catalog
        self._service_names = service_names

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

    def fields_for(
        self, incident: Incident, stage: str, recipients: Sequence[Recipient]
    ) -> list[str]:
        """The fields the form must ask for, in first-seen order of the English e-mail
        template (then the rest alphabetically), `next_update` last."""
        templates = self.templates_for(incident, stage, recipients)
        if not templates:
            english = self._catalog.find(incident.kind, stage, "en", "email")
            templates = {("en", "email"): english} if english else {}
        names: set[str] = set()
        for template in templates.values():
            names |= template_fields(template.source)
        if stage not in FINAL_STAGES[incident.kind]:
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
    ) -> Composition:
        """`earlier`: the incident's earlier notices per language (for the quote);
        `problems`: what the caller already found (stage, promise, audience rules)."""
        clean = {k: str(v).strip() for k, v in fields.items()}
        result = Composition(incident, stage, clean, list(recipients), list(problems))
        result.next_update = next_update
        if not recipients:
            result.problems.append(
                "The audience is empty: choose groups that have contacts (Contacts section)."
            )
        result.needed_fields = self.fields_for(incident, stage, recipients)
        missing = [n for n in result.needed_fields if not clean.get(n) and n != NEXT_UPDATE]
        for name in missing:
            result.problems.append(f"Fill in the field '{name}'.")
        variables: dict[str, object] = {
            name: clean.get(name) or f"[{name}: not filled in]" for name in result.needed_fields
        }
        if next_update is not None:
            variables[NEXT_UPDATE] = partner_time(next_update)
        variables["incident"] = incident_variables(incident, self._service_names)
        templates = self.templates_for(incident, stage, recipients)
        counts = Counter(r.language for r in recipients)
        for (language, channel), template in templates.items():
            text = self._render(template, variables, result.problems)
            if text is None:
                continue
            result.texts[(language, channel)] = self._finish(
                incident, template, text, earlier.get(language, ()), counts[language], result
            )
        self._check_missing_templates(result, templates)
        return result

    def _render(
        self, template: CatalogTemplate, variables: Mapping[str, object], problems: list[str]
    ) -> RenderedText | None:
        try:
            return render_template(template.source, variables, channel=template.channel)
        except RenderError as err:
            problems.append(f"The {_what(template)} cannot be rendered: {err}.")
            return None

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
                f"The {language} {CHANNEL_NAMES[template.channel]} still has a {LEGACY_MARK} "
                f"blank on line {line}: fill in the field it marks."
            )
        if template.channel == "sms":
            body = sms_with_reference(text.body, ref)
            return LanguageText(language, "sms", template, "", body, body, count)
        subject = with_reference(text.subject, ref)
        full = quote_earlier(text.body, earlier) if earlier else text.body
        return LanguageText(language, "email", template, subject, text.body, full, count)

    @staticmethod
    def _check_missing_templates(
        result: Composition, templates: Mapping[tuple[str, str], CatalogTemplate]
    ) -> None:
        for r in result.recipients:
            for channel, wanted in (("email", r.wants_email), ("sms", r.wants_sms)):
                if wanted and (r.language, channel) not in templates:
                    result.problems.append(
                        f"There is no {CHANNEL_NAMES[channel]} template for a "
                        f"{result.incident.kind} {result.stage} notice (not even English)."
                    )
                    return


def _first_seen(source: str, names: set[str]) -> list[str]:
    positions = {n: source.find(n) for n in names if source.find(n) >= 0}
    return sorted(positions, key=lambda n: positions[n])


def _what(template: CatalogTemplate) -> str:
    return f"{template.language} {CHANNEL_NAMES[template.channel]} template ({template.origin})"
