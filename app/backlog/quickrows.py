"""The importer's quick path: a CSV row as billing writes nearly all of them (ISO dates,
"12.50", statuses, reasons and currencies met on earlier rows) turned into its record with
a few lookups, instead of a dozen parsing calls a cell. A million rows make each call count.

Every value the quick path accepts is one the careful path (`importer._RowConverter` and
the parsers of `values`) read before, or one of the few plain forms for which both give the
same value by construction (an amount "-1234.5" in a file whose decimal mark is known, a
duration "60", an empty cell). Anything else — a new status, reason or currency, a date in
another form, an amount with thousands marks or the file's first decimals, a blank row, a
row of another width — gets None, and the careful path reads the row exactly as it did
before: the quick path never rejects a row, never says anything and never learns the file's
decimal mark. What it remembers is learnt from rows the careful path converted."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, Protocol

from app.backlog.values import AmountReader, real_day

#: the most entries each memo holds: a hostile file of distinct values only costs the
#: careful path's time, never memory
MEMO_MOST = 50_000
# the full record, in the importer's column order (`importer._columns_for` takes the
# fields a file has from this order)
RECORD = (
    "quarantine_id",
    "kind",
    "status",
    "reason",
    "reason_known",
    "batch_number",
    "batch_file",
    "carrier",
    "carrier_file_type",
    "service_id",
    "tariff_key",
    "call_date",
    "date_updated",
    "date_released",
    "amount_minor",
    "duration",
    "currency",
    "imported_at",
)
_TEXTS = RECORD[5:11]
_DATES = ("call_date", "date_updated", "date_released")
# the fields read from the cells besides the texts, in the order `__call__` takes them
_CELLS = ("quarantine_id", "status", "reason", *_DATES, "amount", "duration", "currency")
# a date as `values.parse_when` reads it first: its day, then nothing or a time of day
_DAY_AND_CLOCK = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})((?:[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)?)\Z"
)


class Counted(Protocol):
    """Where the reasons of stored records are counted (`importer.ImportResult`)."""

    no_reason: int

    @property
    def unknown_reasons(self) -> Any: ...


class QuickRows:
    """Built once per CSV file from its columns (`by_field`: field → position, `width`: the
    header's number of cells); called with a row's cells (all text), gives its record or
    None; `learn` is given every row the careful path converted."""

    def __init__(
        self,
        *,
        by_field: dict[str, int],
        width: int,
        names: list[str],
        kind: str,
        stamp: str,
        amounts: AmountReader,
        counted: Counted,
    ) -> None:
        # a field the file lacks reads an empty cell added after the last one (read as the
        # careful path reads a missing field), and is left out of the record at the end
        self._pad = any(f not in by_field for f in (*_CELLS, *_TEXTS))
        self._cells = itemgetter(*(by_field.get(f, width) for f in _CELLS))
        self._texts = itemgetter(*(by_field.get(f, width) for f in _TEXTS))
        self._record = itemgetter(*(RECORD.index(n) for n in names)) if self._pad else None
        self._where = {name: i for i, name in enumerate(names)}
        self._kind = kind
        self._stamp = stamp
        self._amounts = amounts
        self._counted = counted
        self._raw = {f: by_field.get(f) for f in ("status", "reason", "currency", *_DATES)}
        # raw cell → what the careful path made of it
        self._statuses: dict[str, str] = {}
        self._reasons: dict[str, tuple[str, int]] = {}
        self._currencies: dict[str, str] = {"": ""}
        # "2026-11-20" → itself, and what follows it (" 13:45", "T13:45:00", "") → the
        # time of day as stored ("T13:45:00"; "T00:00:00" after a day alone)
        self._days: dict[str, str] = {}
        self._clocks: dict[str, str] = {}

    def __call__(self, cells: list[str]) -> tuple[Any, ...] | None:
        if self._pad:
            cells = [*cells, ""]
        qid, status, reason, call, updated, released, amount, duration, currency = self._cells(
            cells
        )
        qid = qid.strip()
        if not qid:
            return None  # a blank row, or one without its ID: the careful path says which
        days, clocks = self._days, self._clocks
        try:
            status = self._statuses[status]
            reason, known = self._reasons[reason]
            call = days[call[:10]] + clocks[call[10:]] if call else ""
            updated = days[updated[:10]] + clocks[updated[10:]] if updated else ""
            released = days[released[:10]] + clocks[released[10:]] if released else ""
            currency = self._currencies[currency]
        except KeyError:
            return None  # a value not met yet
        if amount:
            amount = self._amount(amount)
            if amount is None:
                return None
        else:
            amount = None
        if duration.isdecimal() and len(duration) < 10:  # as values.parse_duration reads it
            duration = int(duration)
        elif duration:
            return None
        else:
            duration = None
        if not known:  # counted as the careful path counts them: for rows it keeps
            if not reason:
                self._counted.no_reason += 1
            else:
                self._counted.unknown_reasons[reason] += 1
        record = (
            qid, self._kind, status, reason, known, *map(str.strip, self._texts(cells)),
            call, updated, released, amount, duration, currency, self._stamp,
        )  # fmt: skip
        return record if self._record is None else self._record(record)

    def _amount(self, text: str) -> int | None:
        """An amount of 1-10 digits, with 1-2 decimals after the file's decimal mark once
        the file showed it (as `AmountReader` reads it: "-4.5" is -450); None for any other
        form."""
        mark = self._amounts.mark
        if not text.isascii():
            return None
        whole, decimal, cents = text.partition(mark or ".")
        if decimal and mark is None:
            return None  # the file's first decimals: the careful path learns its mark
        negative = whole[:1] == "-"
        if negative:
            whole = whole[1:]
        if not (0 < len(whole) <= 10 and whole.isdigit()):
            return None
        minor = int(whole) * 100
        if decimal:
            if not (0 < len(cents) <= 2 and cents.isdigit()):
                return None
            minor += int(cents) * (10 if len(cents) == 1 else 1)
        return -minor if negative else minor

    def learn(self, cells: list[str], record: tuple[Any, ...]) -> None:
        """Remember what the careful path made of this row's cells (a row of the file's
        width, converted without a problem)."""
        where, raw = self._where, self._raw
        _remember(self._statuses, _cell(cells, raw["status"]), record[where["status"]])
        reason = (record[where["reason"]], record[where["reason_known"]])
        _remember(self._reasons, _cell(cells, raw["reason"]), reason)
        if "currency" in where:
            _remember(self._currencies, _cell(cells, raw["currency"]), record[where["currency"]])
        for name in _DATES:
            if name in where:
                self._learn_date(_cell(cells, raw[name]), record[where[name]])

    def _learn_date(self, text: str, stored: str) -> None:
        found = _DAY_AND_CLOCK.match(text)
        if found is None or not real_day(found[1]):
            return
        day, clock = found[1], found[2]
        value = f"T{clock[1:]}" if clock else "T00:00:00"
        if len(value) == 6:  # "T13:45"
            value += ":00"
        if day + value == stored:  # what values.parse_when made of it (never otherwise)
            _remember(self._days, day, day)
            _remember(self._clocks, clock, value)


def _cell(cells: list[str], position: int | None) -> str:
    return "" if position is None else cells[position]


def _remember(memo: dict[str, Any], key: str, value: Any) -> None:
    if key not in memo and len(memo) < MEMO_MOST:
        memo[key] = value
