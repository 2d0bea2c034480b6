"""The clearly-marked demo directory (resources/demo/), so a newcomer can try every flow."""

from __future__ import annotations

from app.contacts.directory import DirectoryStore
from app.contacts.model import Directory
from app.contacts.source import parse_source, read_folder
from app.kit import Kit
from app.resources import resource

DEMO_FOLDER = "demo"


def demo_directory() -> Directory:
    return parse_source(read_folder(resource(DEMO_FOLDER)))


def load_demo(kit: Kit) -> Directory:
    """Replace the kit's directory with the demo set (one audited transaction)."""
    directory = demo_directory()
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="demo", reason="demo data"
    )
    return directory
