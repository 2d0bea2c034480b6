"""A table model over a million backlog records that never holds them all.

Rows arrive in keyset pages (Qt's canFetchMore/fetchMore, so the view asks for the next page
as it scrolls); the model keeps only the ids in order (8 bytes a row) and a few pages of
full records in a small cache, reloaded by id when the view scrolls back.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.backlog.model import KIND_LABELS, STATUS_LABELS, BacklogRecord, Criteria
from app.backlog.query import PAGE, BacklogQuery, PageKey, page_key
from app.i18n import tr_noop
from app.ui.labels import label as shown_label
from app.ui.language import money_local_text, wall_time_text

Index = QModelIndex | QPersistentModelIndex
#: rows a page: a full-height window's and more (see PAGE: the cost of a cold first page)
FETCH = PAGE
#: pages of full records kept (some 3,000 rows), reloaded by id when the view scrolls back
CACHED_PAGES = 64


class RecordColumn(Enum):
    QUARANTINE_ID = (tr_noop("RecordColumn", "Quarantine ID"), "quarantine_id")
    STATUS = (tr_noop("RecordColumn", "Status"), None)
    CALL_DATE = (tr_noop("RecordColumn", "Call date"), "call_date")
    SERVICE = (tr_noop("RecordColumn", "Service identifier"), "service_id")
    CARRIER = (tr_noop("RecordColumn", "Carrier"), None)
    REASON = (tr_noop("RecordColumn", "Quarantine reason"), None)
    AMOUNT = (tr_noop("RecordColumn", "Amount"), None)
    TARIFF = (tr_noop("RecordColumn", "Tariff key"), None)
    BATCH = (tr_noop("RecordColumn", "Batch"), None)
    KIND = (tr_noop("RecordColumn", "Quarantine"), None)

    @property
    def title(self) -> str:
        return QCoreApplication.translate("RecordColumn", str(self.value[0]))

    @property
    def sort_key(self) -> str | None:
        key = self.value[1]
        return None if key is None else str(key)


COLUMNS = list(RecordColumn)
_UNKNOWN = QBrush(QColor("#b26a00"))
# the roles and columns `data` answers for, as plain numbers: a paint asks each cell for
# some ten roles, a thousand calls a screen, most of them answered "nothing"
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_SIZE_HINT = Qt.ItemDataRole.SizeHintRole.value
# the header's sections after the first: their size hint (see headerData)
_NO_SIZE = QSize(0, 0)
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_AMOUNT = COLUMNS.index(RecordColumn.AMOUNT)
_REASON = COLUMNS.index(RecordColumn.REASON)


def kind_text(kind: str) -> str:
    """A quarantine's name in the window's language, wherever the window shows one (the
    table, the Quarantine lists of the search and the import)."""
    return shown_label(KIND_LABELS.get(kind, kind))


def status_text(status: str) -> str:
    """A status's name in the window's language (the table, the Status list, the
    decision buttons)."""
    return shown_label(STATUS_LABELS.get(status, status))


def amount_local_text(record: BacklogRecord) -> str:
    """The record's amount as the window's language writes it ('EUR 1 000,00' in Polish),
    as the dashboard writes each currency's total."""
    if record.amount_minor is None:
        return ""
    return money_local_text(record.amount_minor, record.currency)


def cell_text(record: BacklogRecord, column: RecordColumn) -> str:
    """What the table shows of `record` in `column`."""
    match column:
        case RecordColumn.QUARANTINE_ID:
            return record.quarantine_id
        case RecordColumn.STATUS:
            return status_text(record.status)
        case RecordColumn.CALL_DATE:
            return wall_time_text(record.call_date)
        case RecordColumn.SERVICE:
            return record.service_id
        case RecordColumn.CARRIER:
            return record.carrier
        case RecordColumn.REASON:
            return record.reason + (
                ""
                if record.reason_known
                else "  ⚠ " + QCoreApplication.translate("RecordColumn", "not in the guide")
            )
        case RecordColumn.AMOUNT:
            return amount_local_text(record)
        case RecordColumn.TARIFF:
            return record.tariff_key
        case RecordColumn.BATCH:
            return record.batch_number
        case RecordColumn.KIND:
            return kind_text(record.kind)


class RecordsModel(QAbstractTableModel):
    def __init__(self, query: BacklogQuery) -> None:
        super().__init__()
        self._query = query
        self.criteria = Criteria()
        self.sort_key = "call_date"
        self.descending = True
        self._ids = array("q")
        self._pages: OrderedDict[int, list[BacklogRecord | None]] = OrderedDict()
        #: each held record's cells as shown (by id, with the record they were made from):
        #: formatted once, not at every paint of every cell
        self._texts: dict[int, tuple[BacklogRecord, tuple[str, ...]]] = {}
        self._last: PageKey | None = None
        self._exhausted = True
        self._searched = False
        #: after a jump to the end: the key of the first row held, None once the rows
        #: reach the first match (see `jump_to_end`, `fetch_before`)
        self._first: PageKey | None = None

    # -- what is shown ------------------------------------------------------------------

    def search(self, criteria: Criteria) -> None:
        self.criteria = criteria
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._searched = True
        self._ids = array("q")
        self._pages.clear()
        self._texts.clear()  # a new search: statuses may have changed
        self._last = None
        self._first = None
        self._exhausted = False
        self._fetch()
        self.endResetModel()

    @property
    def at_end(self) -> bool:
        """The last match is held (no page follows)."""
        return self._exhausted

    @property
    def at_start(self) -> bool:
        """The first match is held (no page comes before)."""
        return self._first is None

    def jump_to_end(self) -> None:
        """Hold the last page of the search instead of every page before it: read from the
        end (the sort reversed, keyset), so the last of a million rows costs one page."""
        if not self._searched or self._exhausted:
            return
        page = self._reversed_page(None)
        self.beginResetModel()
        self._ids = array("q", (r.id for r in page))
        self._pages.clear()
        self._remember(0, page)
        self._last = page_key(page[-1], self.sort_key) if page else None
        self._exhausted = True
        self._first = page_key(page[0], self.sort_key) if len(page) == FETCH else None
        self.endResetModel()

    def fetch_before(self) -> int:
        """After a jump to the end: the page before the first row held (scrolling up)."""
        if self._first is None:
            return 0
        page = self._reversed_page(self._first)
        self._first = page_key(page[0], self.sort_key) if len(page) == FETCH else None
        if page:
            self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
            self._ids = array("q", (r.id for r in page)) + self._ids
            self._pages.clear()  # page numbers moved: reloaded by id when next shown
            self.endInsertRows()
        return len(page)

    def _reversed_page(self, before: PageKey | None) -> list[BacklogRecord]:
        page = self._query.page(
            self.criteria,
            sort=self.sort_key,
            descending=not self.descending,
            after=before,
            limit=FETCH,
        )
        page.reverse()
        return page

    def record_at(self, row: int) -> BacklogRecord | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // FETCH
        page = self._pages.get(page_no)
        if page is None:
            ids = list(self._ids[page_no * FETCH : (page_no + 1) * FETCH])
            found = {r.id: r for r in self._query.by_ids(ids)}
            page = [found.get(i) for i in ids]  # None: the record vanished (a restore)
            self._remember(page_no, page)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * FETCH
        return page[offset] if offset < len(page) else None

    def texts_at(self, row: int) -> tuple[str, ...] | None:
        """What the table shows of the record in `row`, column by column."""
        record = self.record_at(row)
        if record is None:
            return None
        held = self._texts.get(record.id)
        if held is not None and held[0] is record:
            return held[1]
        texts = tuple(cell_text(record, column) for column in COLUMNS)
        if len(self._texts) >= CACHED_PAGES * FETCH:  # the pages they belonged to are gone
            self._texts.clear()
        self._texts[record.id] = (record, texts)
        return texts

    def ids_at(self, rows: list[int]) -> list[int]:
        return [int(self._ids[r]) for r in rows if 0 <= r < len(self._ids)]

    def _remember(
        self, page_no: int, page: list[BacklogRecord] | list[BacklogRecord | None]
    ) -> None:
        self._pages[page_no] = list(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def _fetch(self) -> int:
        page = self._next_page()
        self._append(page)
        return len(page)

    def _next_page(self) -> list[BacklogRecord]:
        page = self._query.page(
            self.criteria,
            sort=self.sort_key,
            descending=self.descending,
            after=self._last,
            limit=FETCH,
        )
        self._exhausted = len(page) < FETCH
        return page

    def _append(self, page: list[BacklogRecord]) -> None:
        if page:
            self._remember(len(self._ids) // FETCH, page)
            self._ids.extend(r.id for r in page)
            self._last = page_key(page[-1], self.sort_key)

    # -- Qt -----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._next_page()
        if page:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._append(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # an invalid index has row -1: no record, nothing shown
        if role == _DISPLAY:
            texts = self.texts_at(index.row())
            return texts[index.column()] if texts is not None else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == _AMOUNT else None
        if role == _FOREGROUND and index.column() == _REASON:
            record = self.record_at(index.row())
            return _UNKNOWN if record is not None and not record.reason_known else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """The titles. The header's height is its first title's, as Qt works it out from
        the text (its font, the style's margins): every title is one line of the same
        font, so each is as high. The others answer their size hint with none, so Qt
        lays out one title each time it works out the header's size hint, not ten (five
        times before the section's first paint: some 8 million instructions). No column
        is sized from its title's width: the panel fits them (`_fit_columns`)."""
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY:
                return COLUMNS[section].title
            if role == _SIZE_HINT and section:
                return _NO_SIZE
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only columns with an index behind them sort (the others would scan a million)."""
        key = COLUMNS[column].sort_key if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending) and self._searched:
            return  # the view re-announcing the sort shown: no second reload
        self.sort_key, self.descending = key, descending
        if self._searched:  # before the first search the sort is only remembered
            self.reload()
