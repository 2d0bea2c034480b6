"""The earlier notices a follow-up quotes, as each of its readers would have had them: in
their language and their time zone. A partner who joined at the update (a group added)
never had the initial notice: its stored texts are in other partners' zones, so it is
written again for them from its fields ("Began: 12:05 CET", not the UTC version's
"11:05 UTC" above an update that says 12:40 CET)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.incidents.model import Incident, Notice, Recipient, partner_time

if TYPE_CHECKING:
    from app.incidents.service import IncidentService
    from app.notices.render import EarlierNotice

#: a stored text by notice: language → (subject, body), and "language|zone" → the same
Texts = dict[int, dict[str, tuple[str, str]]]


def earlier_notices(
    service: IncidentService,
    incident: Incident,
    notices: Sequence[Notice],
    audience: Iterable[Recipient],
) -> dict[str, list[EarlierNotice]]:
    """The notices a follow-up to `audience` quotes, per "language|zone" of its readers
    (and per language, for a text nobody of that zone gets)."""
    from app.notices.render import EarlierNotice

    if not notices:
        return {}
    # a notice that reached nobody (held: its promise lapsed in the outbox) is no part of
    # the conversation partners had
    told = service.delivery(incident)
    notices = [
        n for n in notices if n.id not in told or told[n.id].told or not told[n.id].count("held")
    ]
    stored = _stored(service, incident)
    titles = service.titles(incident)

    def chain(keys: Sequence[str], reader: tuple[str, str] | None) -> list[EarlierNotice]:
        found: list[EarlierNotice] = []
        for notice in notices:
            texts = stored.get(notice.id, {})
            text = texts.get(keys[0]) if reader is not None else None
            if text is None and reader is not None:  # nobody of this zone had it: write it
                text = _written_for(service, incident, notice, reader, titles)
            # else a partner added later reads earlier notices in English if not in theirs
            text = text or next((texts[k] for k in keys if k in texts), None)
            text = text or next(iter(texts.values()), None)
            if text:
                sent = notice.created_at
                found.append(EarlierNotice(partner_time(sent), *text, sent))
        return found

    readers = sorted({(r.language, r.timezone) for r in audience})
    earlier: dict[str, list[EarlierNotice]] = {}
    for language in sorted({language for language, _ in readers}):
        earlier[language] = chain([language, "en"], None)
    for language, where in readers:
        key = f"{language}|{where}"
        earlier[key] = chain([key, language, "en"], (language, where))
    return earlier


def _stored(service: IncidentService, incident: Incident) -> Texts:
    """The incident's e-mail texts as they went out, the UTC ones first per language."""
    found: Texts = defaultdict(dict)
    for notice_id, language, zone, subject, body in service.conn.execute(
        "SELECT t.notice_id, t.language, t.timezone, t.subject, t.body FROM notice_texts t "
        "JOIN notices n ON n.id = t.notice_id WHERE n.incident_id = ? AND t.channel = 'email' "
        "ORDER BY t.timezone <> 'UTC', t.timezone",
        (incident.id,),
    ):
        found[notice_id].setdefault(language, (subject, body))
        found[notice_id][f"{language}|{zone}"] = (subject, body)
    return found


def _written_for(
    service: IncidentService,
    incident: Incident,
    notice: Notice,
    reader: tuple[str, str],
    titles: dict[str, str],
) -> tuple[str, str] | None:
    """`notice` written from its fields for a reader of `language` in zone `where`, as it
    would have gone to them (None: it cannot be written so)."""
    language, where = reader
    partner = Recipient("", "", "", "quoted@example.invalid", "", language, ("email",), where)
    try:
        composed = service.composer().compose(
            incident,
            notice.stage,
            notice.fields,
            [partner],
            earlier={},
            next_update=notice.next_update,
            titles=titles,
        )
    except Exception:  # a template changed since: the stored text is quoted instead
        return None
    text = composed.texts.get((language, "email", where))
    return (text.subject, text.body) if text is not None else None
