"""A Polish incident report names the partner groups in Polish where the bundle gives their
Polish names (groups.csv `name.pl`, as services.csv gives services theirs): the tester's
Polish manager read the groups' internal ids and English names ("Grupy: abon") beside Polish
service names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.kit import Kit
from tests.reports.conftest import T0, Clock, pdf_text
from tests.support import report_langs
from tests.support.cli import CliRunner

GROUPS = (
    "id,name,description,name.pl\n"
    "all,Everyone,every partner,Wszyscy partnerzy\n"
    "subs,Subscription partners,recurring billing,Abonamenty\n"
)


def _bundle(kit: Kit, folder: Path) -> None:
    """The four-language bundle, its groups named in Polish too (through the bundle's parser
    and the directory's store, as `bundle import` takes it)."""
    source = report_langs.write_source(folder)
    (source / "groups.csv").write_text(GROUPS, encoding="utf-8")
    (source / "routing.csv").write_text("service,group\nsms,all\nsms,subs\n", encoding="utf-8")
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="test"
    )


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [
        ("pl", "Wszyscy partnerzy, Abonamenty", ("Everyone", "Subscription partners")),
        ("en", "Everyone, Subscription partners", ("Wszyscy", "Abonamenty")),
    ],
)
def test_the_report_names_the_groups_in_its_language(
    kit: Kit,
    clock: Clock,
    cli: CliRunner,
    tmp_path: Path,
    language: str,
    shown: str,
    hidden: tuple[str, ...],
) -> None:
    _bundle(kit, tmp_path / "bundle")
    clock.at(T0)
    incident = report_langs.service_of(kit).create(
        "disaster", "SMS gateways down", ["sms"], detected=T0
    )
    kit.store.close()
    out = tmp_path / "incident.pdf"
    made = cli.subprocess(
        "report", "incident", incident.reference, "--format", "pdf", "--out", str(out),
        env={"OUTAGE_KIT_LANG": language},
    )  # fmt: skip
    assert made.code == 0, made.err
    flat = " ".join(pdf_text(out).split())
    assert shown in flat, flat[:1500]
    for word in hidden:
        assert word not in flat
