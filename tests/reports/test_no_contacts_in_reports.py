"""Reports leave the machine (README: "counts only, never partners' addresses"): a server
that names the refused address in its reply, as Postfix does, and the words the officer typed
for "told another way" with a phone number in them, reach no report format. The partner is
named beside the reply; the reply's own words stay."""

from __future__ import annotations

import zipfile
from datetime import timedelta
from pathlib import Path

from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, smtp_server
from tests.reports.conftest import REFUSED, T0, Clock, iso, pdf_text
from tests.support.cli import CliRunner

PHONE = "+48 601 234 567"


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return " ".join(pdf_text(path).split())
    if path.suffix == ".xlsx":  # every sheet's strings, as stored
        with zipfile.ZipFile(path) as book:
            return " ".join(
                book.read(name).decode("utf-8") for name in book.namelist() if name.endswith("xml")
            )
    return path.read_text(encoding="utf-8-sig")


def test_no_report_holds_a_refused_address_or_a_typed_phone_number(
    service_with_demo: IncidentService, clock: Clock, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=5))
    incident = service_with_demo.create("disaster", "Relay names the address", ["sms"], detected=T0)
    with smtp_server("none") as relay:
        relay.recorder.refuse.add(REFUSED)
        relay.recorder.refusal = (
            "550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual table"
        )
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        fields = {"impact": "No renewals", "started": "01:00", "actions": "Failover"}
        later = iso(T0 + timedelta(hours=1))
        service_with_demo.notify(incident, "initial", {**fields, "next_update": later})
        make_delivery(kit).send()
    _every_format(cli, incident.reference, tmp_path / "refused", replies=True)
    service_with_demo.told_another_way(incident, f"phoned the duty line {PHONE}")
    _every_format(cli, incident.reference, tmp_path / "told")


def _every_format(cli: CliRunner, reference: str, folder: Path, *, replies: bool = False) -> None:
    for fmt in ("csv", "pdf", "xlsx", "html"):
        out = folder / f"report.{fmt}"
        made = cli("report", "incident", reference, "--format", fmt, "--out", str(out))
        assert made.code == 0, made.err
        text = _text(out)
        assert REFUSED not in text and REFUSED.split("@")[0] + "@" not in text, fmt
        assert PHONE not in text and PHONE.replace(" ", "") not in text, fmt
        if replies and fmt in ("pdf", "html"):  # the copies not delivered, with the reply
            assert "Recipient address rejected" in text, (fmt, text[:3000])
