"""The DEMO backlog a newcomer gets with `init --demo`: every quarantine and every reason,
decisions to look at, and balance snapshots that show the NCC note's two examples."""

from __future__ import annotations

from pathlib import Path

from app.backlog.catalog import ReasonCatalog
from app.backlog.model import KINDS
from tests.support.cli import CliRunner


def test_init_demo_fills_the_backlog_and_balances(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    everything = cli("--json", "backlog", "query", "--limit", "5000").json()
    records = everything["records"]
    assert 2000 <= everything["total"] == len(records) <= 5000
    assert all(r["quarantine_id"].startswith("DEMO-") for r in records)
    assert all(r["carrier"].startswith("DEMO ") for r in records)
    guide = ReasonCatalog.shipped().reasons
    for kind in KINDS:
        category = "rating" if kind == "rating" else "bms"
        wanted = {r.name for r in guide if r.category == category}
        seen = {r["reason"] for r in records if r["kind"] == kind and r["reason_known"]}
        assert seen == wanted, kind
    assert any(not r["reason_known"] for r in records)
    statuses = {r["status"] for r in records}
    assert {"quarantined", "write-off", "pending", "cleansed", "completed"} <= statuses
    assert {r["note"] for r in records if r["status"] == "write-off"} == {
        "DEMO: duplicates confirmed with the carrier"
    }

    # NCC note 1308880.1, example 1.2 on top of 1.1: the General Cash total is -2 EUR
    negative = cli("--json", "balances", "negative").json()
    assert negative["totals"] == [
        {
            "account": "DEMO-46700000000",
            "balance_type": "General Cash",
            "total_minor": -200,
            "currency": "EUR",
        }
    ]
    assert [b["finding"] for b in negative["buckets"]] == ["charged while negative"]

    out = tmp_path / "demo-writeoffs.xlsx"
    assert cli("backlog", "report", "write-offs", "--format", "xlsx", "--out", str(out)).code == 0
