"""Reading quarantine exports row by row (CSV or XLSX), without holding the file in memory."""

from __future__ import annotations

import csv
import json
import re
import zipfile
from abc import abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.errors import NotFound, UserError
from app.i18n import Msg
from app.textencoding import unicode_bom

#: the kit's field → the column names the guide (and billing's exports) use for it
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "quarantine_id": ("Quarantine ID", "Quarantine Record ID", "QID"),
    "batch_number": ("Batch Number", "Batch File Number", "Batch No", "Batch"),
    "batch_file": ("Batch File Name", "Batch File", "File Name"),
    "carrier": ("Carrier Name", "Carrier", "Supplier"),
    "carrier_file_type": ("Carrier File Type", "File Type"),
    "service_id": ("Service Identifier", "Service ID", "Service Number"),
    "tariff_key": ("Tariff Key", "Tariff"),
    "status": ("Status",),
    "reason": ("Quarantine Reason", "Reason", "Error"),
    "call_date": ("Call Date", "Usage Date", "Date"),
    "date_updated": ("Date Updated", "Updated"),
    "date_released": ("Date Released", "Released"),
    "amount": ("Amount", "Charge", "Cost", "Value"),
    "currency": ("Currency",),
    "duration": ("Duration", "Duration (s)", "Seconds"),
}
FIELD_LABELS = {f: names[0] for f, names in FIELD_HEADERS.items()}


def header_key(text: str) -> str:
    """Column names match case- and space-insensitively: "QUARANTINE_ID" = "Quarantine ID"."""
    return re.sub(r"[^0-9a-z]", "", str(text).casefold())


_KNOWN = {header_key(name): f for f, names in FIELD_HEADERS.items() for name in names} | {
    header_key(f): f for f in FIELD_HEADERS
}


@dataclass(frozen=True)
class ColumnMap:
    """Which column of the file holds which field; the labels are the file's own headers."""

    by_field: dict[str, int]
    labels: dict[str, str]

    @classmethod
    def resolve(cls, header: list[str], mapping: dict[str, str] | None, name: str) -> ColumnMap:
        extra = {header_key(k): _field_name(v) for k, v in (mapping or {}).items()}
        by_field: dict[str, int] = {}
        labels: dict[str, str] = {}
        seen: dict[str, int] = {}
        for position, title in enumerate(header):
            key = header_key(title)
            found = extra.get(key) or _KNOWN.get(key)
            if found and key in seen:
                _refuse_twice(name, str(title).strip(), seen[key], position, found)
            seen[key] = position
            if found and found not in by_field:
                by_field[found] = position
                labels[found] = str(title).strip()
        if "quarantine_id" not in by_field:
            shown = ", ".join(repr(str(h)) for h in header[:12]) or "none"
            raise UserError(
                Msg.tr(
                    "{name} has no Quarantine ID column, so it is not a quarantine export the "
                    "kit knows (its columns: {shown}). Export again from Billing > Quarantine, "
                    "or give a mapping file that names the Quarantine ID column (--mapping)."
                ).format(name=name, shown=shown)
            )
        return cls(by_field, labels)


def _field_name(value: str) -> str:
    found = _KNOWN.get(header_key(value))
    if found is None:
        raise UserError(
            Msg.tr(
                "The mapping names {value}, which is not a backlog field. Fields: {fields}."
            ).format(value=repr(value), fields=", ".join(FIELD_HEADERS))
        )
    return found


def _refuse_twice(name: str, title: str, first: int, second: int, found: str) -> None:
    raise UserError(
        Msg.tr(
            "{name} has the column {title} twice (columns {first} and {second}), "
            "so the kit cannot tell which one holds the {field}. Remove or rename "
            "one of them and import again; nothing was imported."
        ).format(
            name=name,
            title=repr(title),
            first=first + 1,
            second=second + 1,
            field=FIELD_LABELS[found],
        )
    )


def read_mapping(path: Path) -> dict[str, str]:
    """A saved mapping: JSON {"their column": "field", …}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(
            Msg.tr("The mapping file {path} cannot be read ({error}).").format(path=path, error=err)
        ) from None
    if isinstance(data, dict) and isinstance(data.get("columns"), dict):
        data = data["columns"]
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise UserError(
            Msg.tr("The mapping file {path} must be JSON like {example}.").format(
                path=path, example='{"Their column": "quarantine_id"}'
            )
        )
    return {str(k): v for k, v in data.items()}


Cells = list[Any]


class RowSource(AbstractContextManager["RowSource"]):
    """`header`, then `rows()` yielding (line number, cells); `fraction()` read so far."""

    header: list[str]
    # CSV: every row must have the header's number of cells (values are read by position)
    fixed_width = False
    delimiter = ","

    @abstractmethod
    def rows(self) -> Iterator[tuple[int, Cells]]: ...

    @abstractmethod
    def fraction(self) -> float: ...

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None: ...


class CsvSource(RowSource):
    fixed_width = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = max(path.stat().st_size, 1)
        self._raw: IO[bytes] = path.open("rb")
        start = self._raw.read(3)
        if start != b"\xef\xbb\xbf":
            self._raw.seek(0)
        self._lines = _text_lines(self._raw, path.name)
        try:
            first = next(self._lines, "")
        except UserError:
            self.close()
            raise
        if not first.strip():
            self.close()
            raise UserError(
                Msg.tr("{name} is empty: there is no header row and no record.").format(
                    name=path.name
                )
            )
        self.delimiter = _delimiter(first)
        lines = _chain(first, self._lines)
        self._reader = csv.reader(lines, delimiter=self.delimiter, strict=False)
        try:
            self.header = next(self._reader)
        except csv.Error as err:
            self.close()
            raise UserError(
                Msg.tr("{name} cannot be read as CSV ({error}).").format(name=path.name, error=err)
            ) from None

    def rows(self) -> Iterator[tuple[int, Cells]]:
        line = self._reader.line_num + 1
        try:
            for cells in self._reader:
                yield line, cells
                line = self._reader.line_num + 1
        except csv.Error as err:
            raise UserError(
                Msg.tr(
                    "{name} line {line}: {error}. Fix the file and import again; "
                    "nothing was imported."
                ).format(name=self.path.name, line=line, error=err)
            ) from None

    def fraction(self) -> float:
        try:
            return min(self._raw.tell() / self.size, 1.0)
        except (OSError, ValueError):
            return 1.0

    def close(self) -> None:
        self._raw.close()


def _text_lines(raw: IO[bytes], name: str) -> Iterator[str]:
    """The file's lines as text, each checked: the first byte that is not UTF-8, or a NUL
    byte (a damaged or binary file), stops the import with its line and column (counted in
    characters, as an editor shows them)."""
    for number, data in enumerate(raw, start=1):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            encoding = unicode_bom(data) if number == 1 else None
            if encoding is not None:
                raise UserError(
                    Msg.tr(
                        "{name}: the file is {encoding}; save it as UTF-8 ('CSV UTF-8' in "
                        "Excel: Save As > CSV UTF-8) and import again; nothing was imported."
                    ).format(name=name, encoding=encoding)
                ) from None
            column = len(data[: err.start].decode("utf-8", errors="replace")) + 1
            raise UserError(
                Msg.tr(
                    "{name} line {line}, column {column}: byte 0x{byte} is not "
                    "UTF-8 text. Save the file as 'CSV UTF-8' (Excel: Save As > CSV UTF-8) and "
                    "import again; nothing was imported."
                ).format(name=name, line=number, column=column, byte=f"{data[err.start]:02X}")
            ) from None
        nul = text.find("\x00")
        if nul >= 0:
            raise UserError(
                Msg.tr(
                    "{name} line {line}, column {column}: a NUL byte (0x00), which no export "
                    "holds: the file is damaged or not text. Export it again from billing; "
                    "nothing was imported."
                ).format(name=name, line=number, column=nul + 1)
            )
        yield text


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class XlsxSource(RowSource):
    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook  # only when a workbook is imported

        self.path = path
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
            sheet = self._book.worksheets[0]
            self._rows = sheet.iter_rows(values_only=True)
            self.total = max(int(sheet.max_row or 1), 1)
            first = next(self._rows, None)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, IndexError) as err:
            raise UserError(
                Msg.tr(
                    "{name} cannot be read as an Excel workbook ({kind}: {error}). Save it "
                    "again from Excel as .xlsx, or export CSV; nothing was imported."
                ).format(name=path.name, kind=type(err).__name__, error=err)
            ) from None
        if first is None or not any(c not in (None, "") for c in first):
            self.close()
            raise UserError(
                Msg.tr("{name} is empty: its first sheet has no header row.").format(name=path.name)
            )
        self.header = ["" if c is None else str(c) for c in first]
        self._line = 1

    def rows(self) -> Iterator[tuple[int, Cells]]:
        try:
            for cells in self._rows:
                self._line += 1
                yield self._line, ["" if c is None else c for c in cells]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
            raise UserError(
                Msg.tr("{name} is damaged near row {row} ({error}); nothing was imported.").format(
                    name=self.path.name, row=self._line, error=err
                )
            ) from None

    def fraction(self) -> float:
        return min(self._line / self.total, 1.0)

    def close(self) -> None:
        self._book.close()


def open_source(path: Path) -> RowSource:
    if not path.is_file():
        raise NotFound(Msg.tr("There is no file {path}.").format(path=path))
    with path.open("rb") as handle:
        magic = handle.read(4)
    if path.suffix.lower() in (".xlsx", ".xlsm") or magic == b"PK\x03\x04":
        return XlsxSource(path)
    return CsvSource(path)
