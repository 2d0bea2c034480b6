"""The plan's own sentences (a reminder, an extension) reach each partner in the partner's
language where the kit ships it (English, Polish) — else in English under the note that the
details are in English, as the officer's free text does — and with every time in the
partner's own zone, e-mail and SMS alike: one planned work, partners in Stockholm, Warsaw,
London and São Paulo."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

from app.incidents.model import partner_time
from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.incidents.window_change import WindowChanges
from app.kit import Kit
from app.notices.localtime import local_text, zone
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.incidents.test_schedule import END, FIELDS, START, _body, _mails
from tests.reports import conftest as scripted_night
from tests.reports.conftest import T0, Clock
from tests.support.local_time import read_by
from tests.support.mail_sink import MailSink

clock = scripted_night.clock


def _reader(kit: Kit, message: EmailMessage) -> tuple[str, str]:
    """(language, time zone) of the contact the message went to."""
    row = kit.store.conn.execute(
        "SELECT language, timezone FROM contacts WHERE lower(email) = lower(?)",
        (str(message["X-Envelope-To"]),),
    ).fetchone()
    assert row is not None
    return str(row[0]), str(row[1])


def _sms(kit: Kit, reference: str, already: int) -> list[tuple[str, str, str]]:
    """(language, zone, body) of each SMS queued for the incident after the first `already`."""
    rows = kit.store.conn.execute(
        "SELECT c.language, c.timezone, o.body FROM outbox o JOIN contacts c ON c.phone = "
        "o.recipient WHERE o.channel = 'sms' AND o.incident_ref = ? ORDER BY o.id",
        (reference,),
    ).fetchall()
    return [(str(lang), str(tz), str(body)) for lang, tz, body in rows[already:]]


def _planned_work(kit: Kit, sink: MailSink) -> tuple[IncidentService, Schedule, str]:
    from app.contacts.demo import load_demo

    load_demo(kit)
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    incident = service.create(
        "downtime", "Billing database upgrade", ["subscriptions"], window=(START, END)
    )
    schedule.make_plan(incident, PlanConfig(announce_days=None, reminders=(24 * 60,)))
    service.notify(incident, "initial", FIELDS)
    return service, schedule, incident.reference


def test_reminder_and_extension_in_each_partners_language_and_time(
    kit: Kit, clock: Clock, sink: MailSink
) -> None:
    clock.at(T0)
    service, schedule, reference = _planned_work(kit, sink)
    delivery = make_delivery(kit)
    delivery.send()
    seen, sms_seen = len(sink.messages()), len(_sms(kit, reference, 0))

    clock.at(START - timedelta(hours=24) + timedelta(minutes=1))
    assert [f.planned.purpose for f in schedule.run().fired] == ["reminder"]
    delivery.send()
    reminders = _mails(sink, seen)
    readers = {_reader(kit, m) for m in reminders}
    assert {tz for _lang, tz in readers} >= {
        "Europe/Stockholm",
        "Europe/Warsaw",
        "America/Sao_Paulo",
    }
    assert {lang for lang, _tz in readers} >= {"en", "pl", "pt-BR"}
    for mail in reminders:
        language, _tz = _reader(kit, mail)
        body = _body(mail)
        start, end = read_by(kit.store.conn, mail, START), read_by(kit.store.conn, mail, END)
        if language == "pl":
            assert (
                f"Przypomnienie: prace planowane zaczną się za 23 godziny 59 minut ({start}); "
                f"planowany koniec: {end}." in body
            )
        else:  # English, and the English sentence for languages the kit does not ship
            assert (
                f"Reminder: the planned maintenance starts in 23 hours 59 minutes, at {start}, "
                f"and is planned to end at {end}." in body
            )
        assert partner_time(START) not in body  # nobody here reads UTC
    brazil = next(m for m in reminders if _reader(kit, m)[0] == "pt-BR")
    # the kit writes no Portuguese sentence: the English one, said so right after it
    brazil_end = read_by(kit.store.conn, brazil, END)
    assert f"is planned to end at {brazil_end}. (em inglês)" in _body(brazil)
    assert "Os detalhes deste aviso" not in _body(brazil)  # the rest is Portuguese
    assert "-03" in read_by(kit.store.conn, brazil, START)  # São Paulo's own offset
    texts = _sms(kit, reference, sms_seen)
    assert {lang for lang, _tz, _body in texts} >= {"en", "pl", "pt-BR"}
    for language, where, body in texts:
        start = local_text(START, zone(where))
        expected = (
            f"zaczną się za 23 godziny 59 minut ({start})"
            if language == "pl"
            else (f"starts in 23 hours 59 minutes, at {start}")
        )
        assert expected in body, body
    seen, sms_seen = len(sink.messages()), sms_seen + len(texts)

    # the work runs over: the extension in each partner's language and time
    clock.at(END + timedelta(minutes=5))
    new_end = END + timedelta(hours=1)
    notes = {
        "en": "Index rebuild.",
        "pl": "Przebudowa indeksu.",
        "pt-BR": "Reconstrução do índice.",
    }
    # (no Swedish note: the Swedish partners read the English one)
    WindowChanges(schedule).extend(service.get(reference), new_end, notes)
    delivery.send()
    extension = _mails(sink, seen)
    assert {_reader(kit, m)[0] for m in extension} >= {"en", "pl", "pt-BR", "sv"}
    for mail in extension:
        language, _tz = _reader(kit, mail)
        old, new = read_by(kit.store.conn, mail, END), read_by(kit.store.conn, mail, new_end)
        body = _body(mail)
        if language == "pl":  # their sentence and their note
            assert (
                f"okno, które miało się zakończyć {old}, kończy się teraz {new}. "
                "Przebudowa indeksu." in body
            )
        elif language == "pt-BR":  # the kit writes no Portuguese: its sentence, their note
            assert f"planned to end at {old}, now ends at {new}. Reconstrução do índice." in body
        else:  # English, and the English note for a language without its own (Swedish)
            assert f"planned to end at {old}, now ends at {new}. Index rebuild." in body
        if language in notes and language != "en":  # nobody reads another language's note
            assert "Index rebuild." not in body
        if language == "sv":  # no Swedish template: all of it English, said once on top
            assert "(på engelska)" not in body
            own = body.split("\n>")[0]  # (the earlier notices quoted below say it too)
            assert own.count("Detaljerna i detta meddelande är på engelska.") == 1
    for language, where, body in _sms(kit, reference, sms_seen):
        new = local_text(new_end, zone(where))
        assert (f"kończy się teraz {new}" if language == "pl" else f"now ends at {new}") in body
