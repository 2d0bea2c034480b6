"""Turning an export's cell text into the kit's values: dates, money, durations."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache

from app.backlog.currencies import ACTIVE, WITHDRAWN
from app.i18n import Msg

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$")
_NUMERIC = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_MONTH_NAMES = ("%d %b %Y", "%d-%b-%Y", "%d %B %Y", "%b %d, %Y", "%d-%b-%y")


# what billing's exports almost always hold: checked without building a datetime
_FAST_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_FAST_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")
_FAST_MONEY = re.compile(r"(-?)(\d{1,10})(?:\.(\d{1,2}))?$")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*[.,]?|[.,]\d+)$")
_CODE = re.compile(r"[A-Za-z]{3}$")
# the largest amount the kit stores, in minor units (cents): 9 999 999 999.99 either way;
# a million records of it still add up within SQLite's 64-bit integers
MAX_AMOUNT_MINOR = 999_999_999_999
# the longest duration the kit stores, in seconds (over 31 years): sums stay exact
MAX_DURATION = 999_999_999


@cache
def real_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class ValueProblem(ValueError):
    """A cell that cannot be read; the message says what was expected."""


def parse_when(text: str | datetime | date) -> str:
    """An export's date or date-time → 'YYYY-MM-DDTHH:MM:SS' (local time, as billing wrote it).

    Accepts ISO (2026-11-20, 2026-11-20 13:45[:00]), day-first numeric dates as the guide's
    billing system writes them (20/11/2026, 20.11.2026 13:45, 20-11-26), month-first only when
    day-first is impossible (11/20/2026), and month names (20 Nov 2026).
    """
    if type(text) is str:
        found = _FAST_MOMENT.match(text)
        if found is not None and real_day(found[1]):
            return f"{found[1]}T{found[2]}:{found[3]}:{found[4] or '00'}"
        if _FAST_DAY.match(text) and real_day(text):
            return f"{text}T00:00:00"
    if isinstance(text, datetime):
        return text.replace(tzinfo=None, microsecond=0).isoformat()
    if isinstance(text, date):
        return datetime(text.year, text.month, text.day).isoformat()
    value = str(text).strip()
    if not value:
        return ""
    found = _ISO.match(value)
    if found:
        y, mo, d, h, mi, s = found.groups()
        return _build(int(y), int(mo), int(d), h, mi, s, value)
    found = _NUMERIC.match(value)
    if found:
        a, b, c, h, mi, s, ampm = found.groups()
        if len(a) == 4:  # 2026/11/20
            return _build(int(a), int(b), int(c), h, mi, s, value, ampm)
        year = int(c) + (2000 if len(c) == 2 else 0)
        try:
            return _build(year, int(b), int(a), h, mi, s, value, ampm)
        except ValueProblem:
            return _build(year, int(a), int(b), h, mi, s, value, ampm)
    for pattern in _MONTH_NAMES:
        try:
            return datetime.strptime(value, pattern).isoformat()
        except ValueError:
            continue
    raise ValueProblem(
        Msg.tr("{value} is not a date (write 2026-11-20 or 20/11/2026 13:45)").format(
            value=repr(value)
        )
    )


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None,
    minute: str | None,
    second: str | None,
    original: str,
    ampm: str | None = None,
) -> str:
    h = int(hour or 0)
    if ampm:
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    try:
        moment = datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        raise ValueProblem(
            Msg.tr("{value} is not a valid date").format(value=repr(original))
        ) from None
    return moment.isoformat()


def parse_money(text: str | float | int | Decimal) -> int | None:
    """ "12.34", "1 234,56", "-2" → minor units (cents); None when empty. An amount with a
    currency sign or code ("€8", "8 USD") is refused naming it: the Currency column says
    which currency, and guessing it from a sign ($: which dollar?) would split the totals.
    A value alone, without its file: "1,234" is refused as ambiguous (`AmountReader` reads
    a file's amounts by the decimal mark the file shows)."""
    reader = AmountReader()
    reader.settle()
    return reader(text)


class AmbiguousAmount(ValueProblem):
    """An amount whose one mark could separate thousands or decimals ("1,234"), in a file
    that has not shown (yet) which of the two it writes its decimals after."""


class AmountReader:
    """The amounts of one file, read by the file's decimal mark as a billing officer reads
    them: "1,234.50" is 1234.50, and "1,234" is 1234 in a file whose amounts write their
    decimals after a point ("12.50") — but 1.234 in one that writes "12,50". The mark is
    learnt from the file's own amounts (the first that shows it); a file whose amounts
    never show it falls back on `presumed` (a ";"-separated export writes decimal commas)
    once `settle` is called, or else refuses such a value: never read silently one way.
    An amount that writes its decimals after the other mark than the file's is refused."""

    def __init__(self, *, presumed: str | None = None) -> None:
        # the decimal mark the file's amounts showed, and the first value that showed it
        self.mark: str | None = None
        self.example = ""
        self.settled = False
        self._presumed = presumed

    def settle(self) -> None:
        """No more amounts will show the mark: ambiguous ones take the presumed one."""
        self.settled = True

    def __call__(self, text: str | float | int | Decimal) -> int | None:
        if type(text) is str:
            found = _FAST_MONEY.match(text)
            if found is not None:
                if found[3] is not None and self.mark != ".":
                    self._learn(".", text)
                cents = int(found[2]) * 100 + int((found[3] or "0").ljust(2, "0"))
                return -cents if found[1] else cents
        if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
            return _minor_units(Decimal(str(text)), text)
        value = re.sub(r"[\s\u00a0']", "", str(text))
        if not value:
            return None
        if not _PLAIN_NUMBER.match(value):
            _refuse_amount(value, text, self.decimal_mark)
        try:
            amount = Decimal(self._plain(value, str(text)))
        except InvalidOperation:
            raise ValueProblem(_not_an_amount(text, self.decimal_mark)) from None
        return _minor_units(amount, text)

    @property
    def decimal_mark(self) -> str:
        """The mark this file writes its decimals after, as far as it is known: what a hint
        shows an amount with (a decimal-comma export is told "12,34", not "12.34")."""
        return self.mark or self._presumed or "."

    def _plain(self, value: str, text: str) -> str:
        """`value` (no spaces) with a point for its decimals and no thousands marks."""
        sign, body = (value[0], value[1:]) if value[0] in "+-" else ("", value)
        marks = [c for c in body if c in ".,"]
        if not marks:
            return value
        last = marks[-1]
        if len(set(marks)) == 2:  # 1,234.56 or 1.234,56: the last one marks the decimals
            head, _, tail = body.rpartition(last)
            if not _grouped(head, _OTHER[last]):
                _refuse_grouping(text, self.decimal_mark)
            self._learn(last, text)
            return f"{sign}{head.replace(_OTHER[last], '')}.{tail}"
        if len(marks) > 1:  # 1,234,567: thousands only
            if not _grouped(body, last):
                _refuse_grouping(text, self.decimal_mark)
            self._learn(_OTHER[last], text)
            return sign + body.replace(last, "")
        head, _, tail = body.partition(last)
        if len(tail) == 3 and 1 <= len(head) <= 3 and not head.startswith("0"):
            decimal = self.mark or (self._presumed if self.settled else None)
            # the presumed mark read as decimals makes "1,234" finer than a cent: more
            # likely the file groups thousands, so it is the ambiguity it is, not a sub-cent
            presumed_sub_cent = self.mark is None and decimal == last and tail[-1] != "0"
            if decimal is None or presumed_sub_cent:
                raise AmbiguousAmount(_ambiguous_text(text, head, tail, last))
            return f"{sign}{head}.{tail}" if decimal == last else f"{sign}{head}{tail}"
        self._learn(last, text)
        return f"{sign}{head or '0'}.{tail or '0'}"

    def _learn(self, mark: str, text: str) -> None:
        if self.mark is None:
            self.mark, self.example = mark, text
        elif self.mark != mark:
            raise ValueProblem(
                Msg.tr(
                    "{value} writes its decimals after {mark}, but this file's amounts write "
                    "them after {file_mark} (as {example} does): check the cell and write "
                    "it as the rest of the file does"
                ).format(
                    value=repr(text),
                    mark=repr(mark),
                    file_mark=repr(self.mark),
                    example=repr(self.example),
                )
            )


_OTHER = {".": ",", ",": "."}


def _grouped(number: str, mark: str) -> bool:
    """1,234,567: a first group of 1-3 digits, then groups of exactly three."""
    groups = number.split(mark)
    return (
        1 <= len(groups[0]) <= 3
        and groups[0].isdigit()
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    )


def _refuse_grouping(text: str, mark: str) -> None:
    raise ValueProblem(
        Msg.tr(
            "{value} is not an amount: its thousands are not in groups of three "
            "(write {plain} or {grouped})"
        ).format(
            value=repr(text),
            plain=f"1234{mark}50",
            grouped="1,234.50" if mark == "." else f"1 234{mark}50",
        )
    )


def _not_an_amount(text: object, mark: str = ".") -> str:
    """The hint shows an amount with the file's own decimal mark."""
    return Msg.tr("{value} is not an amount (write {example})").format(
        value=repr(text), example=f"12{mark}34"
    )


def _ambiguous_text(text: str, head: str, tail: str, mark: str) -> str:
    return Msg.tr(
        "{value} could be {thousands} or {decimals}: no other amount in this file shows "
        "whether {mark} separates thousands or decimals; write {thousands} without the "
        "separator, or with its decimals ({example})"
    ).format(
        value=repr(text),
        thousands=head + tail,
        decimals=f"{head}.{tail}",
        mark=repr(mark),
        example=f"{head}{mark}{tail}{_OTHER[mark]}00",
    )


def _refuse_amount(value: str, text: object, mark: str) -> None:
    rest = re.sub(r"[\d.,+\-]", "", value)
    symbols = "".join(c for c in rest if unicodedata.category(c) == "Sc")
    if not symbols and _CODE.match(rest) and rest.isupper():
        symbols = rest
    if symbols:
        raise ValueProblem(
            Msg.tr(
                "{value} holds the currency sign {sign}: write the number alone ({example}) "
                "and the currency's ISO code in the Currency column (EUR, USD, PLN)"
            ).format(value=repr(text), sign=symbols, example=f"12{mark}34")
        )
    raise ValueProblem(_not_an_amount(text, mark))


def _minor_units(amount: Decimal, text: object) -> int:
    if not amount.is_finite():
        raise ValueProblem(_not_an_amount(text))
    if amount.copy_abs() > Decimal(MAX_AMOUNT_MINOR) / 100:
        raise ValueProblem(
            Msg.tr(
                "{value} is larger than the largest amount the kit stores ({largest} either "
                "way): check the cell, the amount is probably misread"
            ).format(value=repr(text), largest=f"{MAX_AMOUNT_MINOR / 100:,.2f}".replace(",", " "))
        )
    cents = amount * 100
    whole = cents.quantize(Decimal(1))
    # a spreadsheet's float (3.3000000000000003) is a cent value; a written 12.345 is not,
    # and rounding it in silence would change the totals the write-off report adds up
    if cents != whole and not (isinstance(text, float) and abs(cents - whole) < _FLOAT_NOISE):
        raise ValueProblem(
            Msg.tr(
                "{value} is finer than a cent: the kit keeps amounts to the cent and will not "
                "round them unseen; check the cell, or round the export's amounts to two "
                "decimals and import again"
            ).format(value=repr(text))
        )
    return int(whole)


# how far from a whole cent a spreadsheet's float may be and still be that cent
_FLOAT_NOISE = Decimal("0.000001")


def parse_currency(text: str) -> str:
    """A currency is its ISO 4217 code in use, upper-cased ("eur" → "EUR"); "" when empty.
    A code of the right form that is no currency ("XYZ", a typo) or one withdrawn ("HRK")
    is refused naming it: its amounts would add up under a currency of their own."""
    value = text.strip()
    if value in ACTIVE or not value:
        return value
    if not _CODE.match(value):
        raise ValueProblem(
            Msg.tr(
                "{value} is not a currency code: write the three-letter ISO 4217 code "
                "(EUR, USD, PLN)"
            ).format(value=repr(text))
        )
    code = value.upper()
    if code in ACTIVE:
        return code
    if code in WITHDRAWN:
        raise ValueProblem(
            Msg.tr(
                "{code} is a withdrawn currency: it was replaced by {now}; write the amount "
                "in {now} or ask billing which currency the record is in"
            ).format(code=code, now=WITHDRAWN[code])
        )
    raise ValueProblem(
        Msg.tr(
            "{code} is not an ISO 4217 currency code in use (such as EUR, USD, PLN, SEK, "
            "NOK): check the Currency column for a typo"
        ).format(code=code)
    )


def parse_duration(text: str | float | int) -> int | None:
    """Seconds, or h:mm:ss / m:ss → seconds; from 0 to MAX_DURATION."""
    # isdecimal, not isdigit: "²" is a digit int() cannot read
    if type(text) is str and text.isdecimal() and len(text) < 10:
        return int(text)
    value = str(text).strip()
    if not value:
        return None
    try:
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            seconds = int(text)
        elif ":" in value:
            seconds = 0
            for part in value.split(":"):
                seconds = seconds * 60 + int(part)
            if value.startswith("-"):  # -0:30 is negative too
                seconds = -abs(seconds) or -1
        else:
            number = Decimal(value)
            if not number.is_finite() or number.copy_abs() > MAX_DURATION:
                raise ValueProblem(
                    Msg.tr(
                        "{value} is not a duration: it must be from 0 to {largest} seconds"
                    ).format(value=repr(text), largest=MAX_DURATION)
                )
            seconds = int(number)
    except (ValueError, OverflowError, InvalidOperation):
        raise ValueProblem(
            Msg.tr("{value} is not a duration (seconds, or h:mm:ss)").format(value=repr(text))
        ) from None
    if not 0 <= seconds <= MAX_DURATION:
        raise ValueProblem(
            Msg.tr("{value} is not a duration: it must be from 0 to {largest} seconds").format(
                value=repr(text), largest=MAX_DURATION
            )
        )
    return seconds
