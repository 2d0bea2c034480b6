"""Where a report's text goes on PDF pages, without Qt: words measured once each, cells
wrapped inside their column, column widths shared as a browser shares them, and rows put
on pages whole (a table's header repeated at the top of every page it continues on).

The painter (app/ui/report_pdf.py) gives the measuring function (Qt's font metrics) and
draws what this module placed; measuring each word once instead of laying out every row as
rich text is what lets a 20,000-row write-off report be written in seconds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: how wide a piece of text is (in the painter's device units)
Advance = Callable[[str], float]


class Measurer:
    """Widths of words in one font, each word measured once (a report repeats its carriers,
    reasons, currencies and notes thousands of times)."""

    def __init__(self, advance: Advance) -> None:
        self._advance = advance
        self._widths: dict[str, float] = {}
        self.space = advance(" ")

    def word(self, word: str) -> float:
        width = self._widths.get(word)
        if width is None:
            width = self._widths[word] = self._advance(word)
        return width

    def sizes(self, text: str) -> tuple[float, float]:
        """(the width of its longest paragraph on one line, the width of its longest word):
        the widest and narrowest a column holding it could be."""
        widest = longest = 0.0
        for paragraph in text.split("\n"):
            words = paragraph.split(" ")
            total = self.space * (len(words) - 1)
            for word in words:
                width = self.word(word)
                total += width
                longest = max(longest, width)
            widest = max(widest, total)
        return widest, longest

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` in lines no wider than `width`, broken between words (at the text's own line
        breaks too); a word wider than the column is broken between its characters."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                size = self.word(word)
                if line and used + self.space + size <= width:
                    line.append(word)
                    used += self.space + size
                    continue
                if line:
                    lines.append(" ".join(line))
                if size > width:
                    *whole, word = self._pieces(word, width)
                    lines.extend(whole)
                    size = self.word(word)
                line, used = [word], size
            lines.append(" ".join(line))
        return lines

    def _pieces(self, word: str, width: float) -> list[str]:
        pieces: list[str] = []
        start = 0
        for end in range(1, len(word) + 1):
            if end - start > 1 and self._advance(word[start:end]) > width:
                pieces.append(word[start : end - 1])
                start = end - 1
        pieces.append(word[start:])
        return pieces


#: a column holding long text (a note) is given at least this share of the width, when
#: the short columns leave it that much
LONG_SHARE = 0.15


def share_widths(widest: Sequence[float], narrowest: Sequence[float], room: float) -> list[float]:
    """Column widths filling `room`, every column at least as wide as its longest word.
    When everything fits on one line, the spare room is shared by how wide each column is.
    Otherwise the short columns keep their text on one line, narrowest first, as long as
    the long ones (a note) keep a fair share to wrap in; those share what is left, up to a
    common cap."""
    most, least = sum(widest), sum(narrowest)
    if most <= room:
        spare = room - most
        return [w + spare * w / most if most else room / len(widest) for w in widest]
    if least >= room:
        return [n * room / least for n in narrowest]
    count = len(widest)
    widths = list(narrowest)
    left = list(range(count))
    for i in sorted(left, key=lambda c: widest[c]):
        others = [c for c in left if c != i]
        fair = sum(max(narrowest[c], min(widest[c], LONG_SHARE * room)) for c in others)
        if room - sum(widths[c] for c in range(count) if c not in left) - widest[i] < fair:
            break
        widths[i] = widest[i]
        left.remove(i)
    free = room - sum(widths[c] for c in range(count) if c not in left)
    low, high = 0.0, max(widest[c] for c in left)
    for _ in range(60):  # the cap where the long columns fill what is left exactly
        cap = (low + high) / 2
        if sum(max(narrowest[c], min(widest[c], cap)) for c in left) > free:
            high = cap
        else:
            low = cap
    for c in left:
        widths[c] = max(narrowest[c], min(widest[c], low))
    wrapping = [c for c in left if widest[c] > widths[c]] or left
    spare = room - sum(widths)
    for c in wrapping:  # what the search left over
        widths[c] += spare / len(wrapping)
    return widths


@dataclass(eq=False)
class Block:
    """One thing placed on a page: a heading, a line of text, a table's header or a row.
    `cells` holds each cell's lines (a heading or text has one cell); `line` is the height
    of one line, `above` and `below` the room around them."""

    kind: str  # "title", "subtitle", "h2", "h3", "text", "note", "fact", "header", "row", "total"
    cells: list[list[str]]
    line: float
    above: float = 0.0
    below: float = 0.0
    #: the table this row or header belongs to (its header is repeated on a new page)
    table: TableLayout | None = None
    #: room asked for below it on the same page (a heading keeps its table's start)
    keep: float = 0.0

    @property
    def height(self) -> float:
        return self.above + self.line * max(len(c) for c in self.cells) + self.below


@dataclass
class TableLayout:
    widths: list[float]
    numeric: frozenset[int]
    header: Block | None = None


@dataclass
class Placed:
    block: Block
    top: float


def paginate(blocks: Sequence[Block], height: float) -> list[list[Placed]]:
    """Put blocks on pages `height` high: a row never splits (one taller than a whole page is
    cut between its lines, the only way it fits), a heading moves to the next page with the
    start of its table, and a table continuing on a new page gets its header again."""
    pages: list[list[Placed]] = [[]]
    y = 0.0

    def new_page(block: Block) -> float:
        pages.append([])
        header = block.table.header if block.table is not None else None
        if header is None or header is block:
            return 0.0
        pages[-1].append(Placed(header, 0.0))
        return header.height

    for block in blocks:
        # what must follow on the same page, unless even a page of its own could not hold it
        keep = block.keep if block.height + block.keep <= height else 0.0
        if pages[-1] and y + block.height + keep > height:
            y = new_page(block)
        if block.height <= height - y:
            pages[-1].append(Placed(block, y))
            y += block.height
            continue
        for part in _cut(block, height - y, height - _header_height(block)):
            if pages[-1] and y + part.height > height:
                y = new_page(block)
            pages[-1].append(Placed(part, y))
            y += part.height
    return pages


def _header_height(block: Block) -> float:
    header = block.table.header if block.table is not None else None
    return header.height if header is not None else 0.0


def _cut(block: Block, first: float, later: float) -> list[Block]:
    """A block taller than a page in parts, each as many of its lines as the room takes."""
    lines = max(len(c) for c in block.cells)
    parts: list[Block] = []
    start, room = 0, first
    while start < lines:
        take = max(1, int((room - block.above - block.below) // block.line))
        cells = [c[start : start + take] for c in block.cells]
        parts.append(Block(block.kind, cells, block.line, block.above, block.below, block.table))
        start += take
        room = later
    return parts
