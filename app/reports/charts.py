"""Charts as table cells with background colours: the one kind of drawing that both a web
browser and Qt's rich-text engine (so the PDF) render the same, with no image files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.reports.wording import clock

OUTAGE = "#b3261e"
PLANNED = "#6b5bd6"
DEADLINE = "#f2b632"
GOOD = "#1e7b34"
BAD = "#c62828"
WAITING = "#7a7a7a"
PROMISE = "#bcd3ee"
BAR = "#0d2c54"


@dataclass(frozen=True)
class Segment:
    width: int  # percent of the row
    colour: str  # "" for empty


@dataclass(frozen=True)
class ChartRow:
    label: str
    segments: tuple[Segment, ...]
    note: str = ""


@dataclass(frozen=True)
class Timeline:
    rows: list[ChartRow]
    ticks: list[str]  # time labels under the rows, evenly spaced


class TimeScale:
    """Maps times between `start` and `end` to whole percents of a row."""

    def __init__(self, start: datetime, end: datetime) -> None:
        self.start = start
        self.end = end if end > start else start + timedelta(minutes=1)
        self._length = (self.end - self.start).total_seconds()

    def position(self, moment: datetime) -> int:
        share = (moment - self.start).total_seconds() / self._length
        return max(0, min(100, round(share * 100)))

    def row(
        self, label: str, spans: Sequence[tuple[datetime, datetime, str]], note: str = ""
    ) -> ChartRow:
        """`spans`: (from, to, colour), in time order; a span shorter than a cell still
        shows as one cell (a notice is an instant)."""
        segments: list[Segment] = []
        cursor = 0
        for begin, finish, colour in spans:
            left = max(self.position(begin), cursor)
            right = max(self.position(finish), left + 1)
            right = min(right, 100)
            if left >= 100:
                left, right = 99, 100
            if left > cursor:
                segments.append(Segment(left - cursor, ""))
            if right > left:
                segments.append(Segment(right - left, colour))
            cursor = max(cursor, right)
        if cursor < 100:
            segments.append(Segment(100 - cursor, ""))
        return ChartRow(label, tuple(segments), note)

    def ticks(self, count: int = 4) -> list[str]:
        """`count` + 1 evenly spaced labels; only three when they carry dates (a scale over
        more than one day), so each long label has room to stay on one line."""
        step = (self.end - self.start) / count
        labels = [clock(self.start + step * i, since=self.start) for i in range(count)] + [
            clock(self.end, since=self.start)
        ]
        if count > 2 and any(len(label) > len("00:00") for label in labels):
            return self.ticks(2)
        return labels


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as printed
    width: int  # percent of the longest bar
    colour: str = BAR


def bars(items: Sequence[tuple[str, float, str]], *, colour: str = BAR) -> list[Bar]:
    """Horizontal bars scaled to the largest value."""
    top = max((abs(v) for _, v, _ in items), default=0) or 1
    return [
        Bar(label, value, text, max(1, round(abs(value) / top * 100)) if value else 0, colour)
        for label, value, text in items
    ]
