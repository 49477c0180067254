"""Line items by column geometry.

The header row is the first line whose words name a description, an amount and a quantity or
price (`TABLE_COLUMNS`, several languages; a position/`#` column, currency suffixes such as
"Betrag CHF" or "Amount (EUR)" and headers wrapped over two lines are understood). Each column
spans from halfway to its left neighbour to halfway to its right one; every word below the
header goes to the column its centre falls in. A line with an amount is an item; the lines
right under it add to its description; reading stops at the totals block, a second header or a
large gap. Rows whose quantity times unit price equals their amount are marked as checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Final

from core.models import LineItem
from tasks.extract._labels import match_column, match_label
from tasks.extract._layout import PageLayout, Segment, Word
from tasks.extract._parse import ISO_CODES, find_money, find_numbers, fold

_TOTAL_FIELDS: Final = frozenset({"net_total", "tax_total", "grand_total", "amount_due"})
_SUFFIX_RE: Final = re.compile(r"^(?:\(.*\)|\[.*\]|[€$£¥%]|in|en|ht|excl\.?|incl\.?|netto)$")
_POSITION_RE: Final = re.compile(r"^(?:#|no\.?|nr\.?|n°|pos\.?|position|item\s*#|lfd\.?\s*nr\.?)$")
_MAX_PHRASE: Final = 4


@dataclass
class Table:
    page: int
    header_line: int
    columns: list[tuple[str, Segment]]
    last_line: int
    items: list[LineItem] = field(default_factory=list)
    rows: list[list[Segment]] = field(default_factory=list)
    checked: int = 0
    """How many items have quantity x unit price = amount."""

    @property
    def header_text(self) -> str:
        return " | ".join(segment.text for _, segment in self.columns)

    @property
    def right(self) -> float:
        """Where the table ends on the right: text beyond it (a totals sidebar) is not in it."""
        pitch = max(s.height for _, s in self.columns) or 10.0
        return max(s.x1 for _, s in self.columns) + pitch * 2

    def holds(self, segment: Segment) -> bool:
        return self.header_line <= segment.line <= self.last_line and segment.x0 <= self.right

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        segments = [s for _, s in self.columns] + [s for row in self.rows for s in row]
        return (
            min(s.x0 for s in segments),
            min(s.y0 for s in segments),
            max(s.x1 for s in segments),
            max(s.y1 for s in segments),
        )


def _is_suffix(word: str) -> bool:
    folded = fold(word).strip(":")
    return bool(_SUFFIX_RE.match(folded)) or word.strip("()[]:") in ISO_CODES


def header_cells(words: list[Word], page: int, line: int) -> list[tuple[str, Segment]]:
    """The words of a line grouped into header cells: the longest phrase naming a column, with
    any currency or unit suffix after it; other words form unnamed cells."""
    cells: list[tuple[str, list[Word]]] = []
    index = 0
    while index < len(words):
        kind, size = "", 1
        for length in range(min(_MAX_PHRASE, len(words) - index), 0, -1):
            phrase = words[index : index + length]
            if length > 1 and phrase[-1].bbox[0] - phrase[-2].bbox[2] > phrase[-1].size * 1.5:
                continue
            text = fold(" ".join(w.text for w in phrase))
            named = match_column(text) or ("position" if _POSITION_RE.match(text.strip()) else "")
            if named:
                kind, size = named, length
                break
        phrase = words[index : index + size]
        index += size
        while index < len(words) and _is_suffix(words[index].text):
            if words[index].bbox[0] - phrase[-1].bbox[2] > phrase[-1].size * 1.5:
                break
            phrase = [*phrase, words[index]]
            index += 1
        if not kind and cells and not cells[-1][0]:
            previous = cells[-1][1]
            if phrase[0].bbox[0] - previous[-1].bbox[2] < phrase[0].size * 0.8:
                previous.extend(phrase)
                continue
        cells.append((kind, phrase))
    return [(kind or "other", Segment(page, ws, line)) for kind, ws in cells]


def _line_words(line: list[Segment]) -> list[Word]:
    return [word for segment in line for word in segment.words]


def _is_header(kinds: set[str]) -> bool:
    return "description" in kinds and bool(kinds & {"quantity", "unit_price", "net_amount"})


def find_table(layout: PageLayout) -> Table | None:
    """The first line whose cells name a description, an amount and a quantity or price."""
    for index, line in enumerate(layout.lines):
        words = _line_words(line)
        if len(words) < 2:
            continue
        columns = header_cells(words, layout.number, index)
        kinds = {kind for kind, _ in columns}
        if not _is_header(kinds) or len(columns) < 3:
            continue
        if "net_amount" not in kinds:
            # A header wrapped over two lines ("Positions-" / "betrag"): the amount is the
            # rightmost column.
            if columns[-1][0] != "other":
                continue
            columns[-1] = ("net_amount", columns[-1][1])
        return Table(layout.number, index, columns, index)
    return None


def _bounds(columns: list[tuple[str, Segment]]) -> list[tuple[str, float, float]]:
    ordered = sorted(columns, key=lambda c: c[1].x0)
    spans = []
    for i, (kind, segment) in enumerate(ordered):
        left = -1e9 if i == 0 else (ordered[i - 1][1].x1 + segment.x0) / 2
        right = 1e9 if i == len(ordered) - 1 else (segment.x1 + ordered[i + 1][1].x0) / 2
        spans.append((kind, left, right))
    return spans


def _cells(
    line: list[Segment], spans: list[tuple[str, float, float]], starts: dict[str, float]
) -> dict[str, list[str]]:
    """The words of a line by column; `starts` is where each column's header begins."""
    cells: dict[str, list[str]] = defaultdict(list)
    for segment in line:
        previous = ""
        for word in segment.words:
            middle = (word.bbox[0] + word.bbox[2]) / 2
            kind = next((k for k, left, right in spans if left <= middle < right), "other")
            # Text that runs on from the description stays in it (long descriptions overflow),
            # and so do numbers in it ("48 pages") that end well left of their column's header.
            if previous == "description" and (
                not any(c.isdigit() for c in word.text) or word.bbox[2] < starts.get(kind, 0) - 4
            ):
                kind = "description"
            cells[kind].append(word.text)
            previous = kind
    return cells


def read_rows(table: Table, layout: PageLayout, decimal_hint: str | None) -> None:
    """Fill `table.items` from the lines under its header, stopping at the totals."""
    spans = _bounds(table.columns)
    starts = {kind: segment.x0 for kind, segment in table.columns}
    pitch = max(s.height for _, s in table.columns) or 10.0
    last_bottom = max(s.y1 for _, s in table.columns)
    # Header words on the next line (a wrapped header) are not an item.
    start = table.header_line + 1
    if start < len(layout.lines):
        line = layout.lines[start]
        if line[0].y0 - last_bottom < pitch * 0.6 and not any(
            find_money(s.text, decimal_hint) for s in line
        ):
            start += 1
            last_bottom = max(s.y1 for s in line)
    merging = False
    pending: tuple[dict[str, list[str]], str, int] | None = None
    for index in range(start, len(layout.lines)):
        line = [s for s in layout.lines[index] if s.x0 <= table.right]
        if not line:
            continue
        gap = line[0].y0 - last_bottom
        if gap > pitch * 6:
            break
        labels = [match_label(segment.folded) for segment in line]
        if any(label and label.field in _TOTAL_FIELDS for label in labels):
            break
        cells = _cells(line, spans, starts)
        amount = find_money(" ".join(cells["net_amount"]), decimal_hint)
        description = " ".join(cells["description"]).strip() or None
        if amount is None and description and _has_numbers(cells, decimal_hint):
            pending = (cells, description, index)  # the amount may be printed a line lower
        elif amount is not None and pending and pending[2] == index - 1 and gap < pitch:
            cells = defaultdict(list, {**pending[0], "net_amount": cells["net_amount"]})
            description = pending[1]
        if amount is not None and (table.items or gap < pitch * 4):
            pending = None
            table.items.append(_item(cells, description, amount[0], decimal_hint))
            table.rows.append(line)
            table.last_line = index
            last_bottom = max(s.y1 for s in line)
            merging = True
            continue
        if table.items and len({k for k, _ in header_cells(_line_words(line), 0, 0)}) >= 3:
            break  # another table
        if not table.items:
            if gap > pitch * 4:
                break
            continue
        if merging and description and gap < pitch * 0.9 and ":" not in description:
            previous = table.items[-1]
            previous.description = f"{previous.description or ''} {description}".strip()
            table.rows.append(line)
            table.last_line = index
        else:
            merging = False
        last_bottom = max(s.y1 for s in line)
        table.last_line = index
    table.checked = sum(
        1
        for item in table.items
        if item.quantity is not None
        and item.unit_price is not None
        and item.net_amount is not None
        and abs(item.quantity * item.unit_price - item.net_amount) <= Decimal("0.01")
    )


def _has_numbers(cells: dict[str, list[str]], hint: str | None) -> bool:
    return bool(find_numbers(" ".join(cells["quantity"] + cells["unit_price"]), hint))


def _item(
    cells: dict[str, list[str]], description: str | None, amount: Decimal, hint: str | None
) -> LineItem:
    quantity = find_numbers(" ".join(cells["quantity"]), hint)
    price_text = " ".join(cells["unit_price"])
    price = find_money(price_text, hint) or next(iter(find_numbers(price_text, hint)), None)
    return LineItem(
        description=description,
        quantity=quantity[0][0] if quantity else None,
        unit_price=price[0] if price else None,
        net_amount=amount,
    )
