"""A bundle for the notice-form tests: the nordic bundle's own field names (`start_time`,
`customer_impact`, `end_time`), Swedish partners (a language the kit does not ship) in two
zones — one takes SMS, the other e-mail only — and German partners by e-mail only."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit
from tests.support.lang_bundle import write_source

CONTACTS = """organisation,name,email,phone,language,timezone,groups,channels
Norrsken Data,NOC,noc@norrsken.example.com,+46 70 000 00 01,sv,Europe/Stockholm,all,email;sms
Kustlinjen Nät,Drift,drift@kustlinjen.example.com,,sv,Europe/Helsinki,all,email
Bergwerk Netz,Betrieb,betrieb@bergwerk.example.net,,de,Europe/Berlin,all,email
Talsperre IT,Leitstelle,leitstelle@talsperre.example.net,,de,Europe/Berlin,all,email
"""


def load_forms_bundle(kit: Kit, folder: Path, contacts: str = CONTACTS) -> None:
    source = write_source(folder, extra={"contacts.csv": contacts})
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )


@contextmanager
def officer_zone(name: str) -> Iterator[None]:
    """This computer's zone is `name` (the officer's), as on a workstation in Warsaw."""
    if not hasattr(time, "tzset"):
        pytest.skip(
            "Windows cannot switch a running process to another zone (no time.tzset): the "
            "officer-zone rules are checked on Linux; the lane checks zones by bundle data"
        )
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
