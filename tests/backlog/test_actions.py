"""Decisions: selected rows or a whole search, audited, undoable; searching and paging."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery, page_key
from app.errors import UserError
from app.kit import Kit


def test_search_filters_combine(loaded: int, query: BacklogQuery) -> None:
    assert query.count(Criteria()) == loaded
    assert query.count(Criteria(reason="no tariff found")) == 30
    assert query.count(Criteria(reason="No Tariff Found", carrier="Carrier North")) == 10
    assert query.count(Criteria(service_id="4670000001")) == 10  # a prefix: 0010…0019
    assert query.count(Criteria(text="Q000042")) == 1
    assert query.count(Criteria(batch="101", tariff_key="TK1")) == sum(
        1 for n in range(1, 121) if n % 5 == 1 and n % 7 == 1
    )
    march = query.page(Criteria(date_from="2026-03-01", date_to="2026-03-31"))
    assert march and all(r.call_date.startswith("2026-03") for r in march)
    with pytest.raises(UserError, match="not a date"):
        query.count(Criteria(date_from="soon"))
    # read as incident times are: "yesterday" is the day before this computer's today
    day = (datetime.now().astimezone().date() - timedelta(days=1)).isoformat()
    assert query.count(Criteria(date_from="yesterday")) == query.count(Criteria(date_from=day))


def test_keyset_pages_walk_every_record_once(loaded: int, query: BacklogQuery) -> None:
    seen: list[str] = []
    after = None
    while True:
        page = query.page(Criteria(), after=after, limit=25)
        if not page:
            break
        seen += [r.call_date + r.quarantine_id for r in page]
        after = page_key(page[-1], "call_date")
    assert len(seen) == len(set(seen)) == loaded
    assert seen == sorted(seen, reverse=True)


def test_bulk_write_off_needs_note_and_is_audited(
    kit: Kit, loaded: int, query: BacklogQuery, actions: BacklogActions
) -> None:
    search = Criteria(reason="Obsolete Usage Fault")
    with pytest.raises(UserError, match="needs a note"):
        actions.set_status(to="write-off", criteria=search)
    result = actions.set_status(to="Write off", note="claim with supplier", criteria=search)
    assert (result.matched, result.changed) == (30, 30)
    assert query.count(Criteria(status="write-off")) == 30
    entry = kit.audit.entries(action_prefix="backlog.status_changed")[0]
    assert entry.details["to"] == "write-off"
    assert entry.details["changed"] == 30
    assert entry.details["from_counts"] == {"quarantined": 30}
    assert entry.details["search"] == {"reason": "Obsolete Usage Fault"}
    record = query.page(search)[0]
    assert record.note == "claim with supplier" and record.decided_by == kit.operator
    history = actions.history(record.id)
    assert [(h.from_status, h.to_status) for h in history] == [("quarantined", "write-off")]
    assert kit.audit.verify() == []


def test_selected_ids_and_quarantine_ids(
    loaded: int, query: BacklogQuery, actions: BacklogActions
) -> None:
    ids = [r.id for r in query.page(Criteria(), limit=3)]
    assert actions.set_status(to="cleansed", ids=ids).changed == 3
    again = actions.set_status(to="cleansed", ids=ids)
    assert (again.matched, again.changed) == (3, 0)
    by_qid = actions.set_status(to="pending", quarantine_ids=["Q000001", "Q000002", "NOPE"])
    assert by_qid.changed == 2
    with pytest.raises(UserError, match="not a decision"):
        actions.set_status(to="completed", ids=ids)


def test_undo_last_bulk_action(
    kit: Kit, loaded: int, query: BacklogQuery, actions: BacklogActions
) -> None:
    first = Criteria(carrier="Carrier West")
    actions.set_status(to="pending", note="asked supplier", criteria=first)
    actions.set_status(to="write-off", note="give up", criteria=Criteria(carrier="Carrier West"))
    assert query.count(Criteria(status="write-off")) == 40
    undone = actions.undo_last()
    assert undone.changed == 40
    assert query.count(Criteria(status="pending")) == 40
    record = query.page(first)[0]
    assert record.note == "asked supplier"  # the earlier decision's note is back
    stored = kit.store.conn.execute(
        "SELECT decided_at FROM backlog_records WHERE id = ?", (record.id,)
    ).fetchone()[0]
    assert stored == record.decided_at == actions.history(record.id)[-1].at
    assert kit.audit.entries(action_prefix="backlog.action_undone")[0].details["restored"] == 40
    with pytest.raises(UserError, match="no action to undo"):
        actions.undo_last()


@pytest.mark.parametrize("sort", ["call_date", "quarantine_id", "service_id"])
def test_broad_searches_walk_the_sort_index_with_the_same_answer(
    loaded: int, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch, sort: str
) -> None:
    import app.backlog.query as query_module

    searches = [
        Criteria(service_id="46700000"),
        Criteria(batch_file="CDR_10", status="quarantined"),
        Criteria(carrier="Carrier North"),
        Criteria(status="quarantined"),
        Criteria(status="quarantined", carrier="Carrier North"),
    ]
    # the whole match sorted: what every plan (status index or sort-index walk) must give
    expected = {c: query.ids(c, sort=sort)[:15] for c in searches}
    assert all(len(ids) == 15 for ids in expected.values())
    for criteria, ids in expected.items():
        assert [r.id for r in query.page(criteria, sort=sort, limit=15)] == ids
    monkeypatch.setattr(query_module, "BROAD", 5)  # every search above is now "broad"
    for criteria, ids in expected.items():
        assert [r.id for r in query.page(criteria, sort=sort, limit=15)] == ids
