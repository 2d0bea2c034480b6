"""The officer's place in the records, kept across a reload: after a decision or an undo the
records are read again, and the record the officer was on comes back where it was on the
screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.ui.backlog.records_model import RecordsModel

# after a decision, pages are read again down to the officer's place up to this many rows
# (a few ms a page); deeper than that they are taken back to the top
KEEP_PLACE_ROWS = 5000

#: (top row in sight, current row, its record, read from the end after End)
Place = tuple[int, int, int | None, bool]


def place_of(table: QTableView, model: RecordsModel) -> Place:
    top = table.indexAt(QPoint(0, 0)).row()
    row = table.currentIndex().row()
    ids = model.ids_at([row]) if row >= 0 else []
    return top, row, ids[0] if ids else None, not model.at_start


def keep_place(table: QTableView, model: RecordsModel, place: Place, row_height: int) -> None:
    """The same record where it was on the screen when it still matches; else the same
    rows in sight (the next record on the row the officer was on); the top when nothing
    was in sight. Pages are read again down to there (the rows the officer had scrolled
    through, no further)."""
    top, row, record, from_end = place
    if top < 0:
        return
    from PySide6.QtCore import QItemSelectionModel  # after a decision, not at first paint

    if from_end:
        model.jump_to_end()
    wanted = max(top, row) + table.viewport().height() // row_height
    if wanted > KEEP_PLACE_ROWS:
        top, row, record, wanted = 0, -1, None, 0
    while model.rowCount() <= wanted and model.canFetchMore():
        model.fetchMore()
    count = model.rowCount()
    if count == 0:
        return
    ids = model.ids_at(list(range(count))) if record is not None else []
    if record in ids:
        found = ids.index(record)
        top, row = max(found - (row - top), 0), found
    top = min(top, count - 1)
    table.scrollTo(model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    if row >= 0:  # the cursor back, nothing selected: the scope stays the search
        table.selectionModel().setCurrentIndex(
            model.index(min(row, count - 1), 0),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )
